package dev.h1proof.rulebook;

import java.util.ArrayList;
import java.util.List;

/**
 * What a target did with a scenario's bytes: every response in order (1xx included), how the
 * connection ended, and every response-syntax deviation.
 *
 * @param received every byte the target sent
 * @param responses the responses parsed from those bytes, in order
 * @param connection the connection's state when observation ended
 * @param deviations response-syntax deviations, each "rule-id: detail"
 * @param elapsedMillis time from the first write to the end of observation
 */
public record Observation(
    byte[] received,
    List<Response> responses,
    ConnectionState connection,
    List<String> deviations,
    long elapsedMillis) {

  /** How the connection stood when the observation ended. */
  public enum ConnectionState {
    /** Still open: the target neither closed nor reset it within the wait. */
    OPEN,
    /** The target closed it (FIN). */
    CLOSED,
    /** The target reset it (RST). */
    RESET;

    /** True for a FIN or a reset. */
    public boolean closed() {
      return this != OPEN;
    }
  }

  /**
   * One response.
   *
   * @param status the status code
   * @param interim true for a 1xx response
   * @param fields the header fields as received, in order
   * @param body the body bytes (empty when there is none)
   */
  public record Response(int status, boolean interim, List<Field> fields, byte[] body) {}

  /** A header field line as received. */
  public record Field(String name, String value) {}

  /** The same observation with only these deviations. */
  public Observation withDeviations(List<String> kept) {
    return new Observation(received, responses, connection, List.copyOf(kept), elapsedMillis);
  }

  /** The final (non-1xx) responses, in order. */
  public List<Response> finalResponses() {
    List<Response> finals = new ArrayList<>();
    for (Response r : responses) {
      if (!r.interim()) {
        finals.add(r);
      }
    }
    return finals;
  }

  /** No byte arrived and the connection is still open: the target stayed silent. */
  public boolean silent() {
    return received.length == 0 && connection == ConnectionState.OPEN;
  }

  /** A short, human-readable account, e.g. "status 400, connection closed". */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    if (responses.isEmpty()) {
      sb.append(received.length == 0 ? "no response" : "unparseable bytes");
    }
    for (int i = 0; i < responses.size(); i++) {
      Response r = responses.get(i);
      if (i > 0) {
        sb.append(" then ");
      }
      sb.append(r.interim() ? "interim " : "status ").append(r.status());
    }
    sb.append(
        switch (connection) {
          case OPEN -> ", connection open";
          case CLOSED -> ", connection closed";
          case RESET -> ", connection reset";
        });
    if (!deviations.isEmpty()) {
      sb.append(", ").append(deviations.size()).append(" response deviation(s)");
    }
    return sb.toString();
  }
}
