package dev.h1proof.rulebook;

import java.util.ArrayList;
import java.util.List;

/**
 * What a capture back end received while one scenario went through an intermediary: the bytes of
 * every connection the intermediary opened, in the order they were accepted.
 *
 * @param connections the bytes of each connection (each kept up to the capture bound)
 * @param truncated whether some connection sent more than the bound, or opened past the limit
 */
public record BackEndObservation(List<byte[]> connections, boolean truncated) {

  /** Each connection's bytes as a strict back end frames them. */
  public List<ForwardedMessages> framed() {
    List<ForwardedMessages> framed = new ArrayList<>();
    for (byte[] c : connections) {
      framed.add(ForwardedMessages.parse(c, c.length));
    }
    return framed;
  }

  /** Every complete request, connection by connection. */
  public List<ForwardedMessages.Request> requests() {
    List<ForwardedMessages.Request> all = new ArrayList<>();
    framed().forEach(f -> all.addAll(f.requests()));
    return all;
  }

  /** The first violation in what was forwarded, as "RULE-ID (description) at offset N", or null. */
  public String violation() {
    for (ForwardedMessages f : framed()) {
      if (f.violation() != null) {
        return f.violation().ruleId()
            + " ("
            + f.violation().summary()
            + ") at offset "
            + f.violationOffset();
      }
    }
    return null;
  }

  /** One line: how many connections, requests and what stands out. */
  public String summary() {
    long bytes = connections.stream().mapToLong(c -> c.length).sum();
    if (bytes == 0) {
      return "back end received nothing"
          + (connections.isEmpty() ? "" : " (" + connections.size() + " empty connection(s))");
    }
    List<ForwardedMessages> framed = framed();
    int requests = 0;
    int leftover = 0;
    for (ForwardedMessages f : framed) {
      requests += f.requests().size();
      leftover += f.violation() == null ? f.leftover() : 0;
    }
    StringBuilder sb = new StringBuilder("back end received ");
    sb.append(requests).append(requests == 1 ? " request" : " requests");
    sb.append(" on ").append(connections.size()).append(" connection(s)");
    String violation = violation();
    if (violation != null) {
      sb.append(", then bytes a strict back end rejects: ").append(violation);
    }
    if (leftover > 0) {
      sb.append(", and ").append(leftover).append(" bytes of an incomplete request");
    }
    if (truncated) {
      sb.append(" (capture bound reached)");
    }
    return sb.toString();
  }
}
