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
 * @param reception what kind of answer the bytes make up
 * @param discarded how many bytes arrived after {@code received} filled up: read past and counted
 *     (their framing is still followed), but not kept
 * @param idleClose when the target closed only at its own idle timeout, long after its responses:
 *     the times that show it; otherwise null
 */
public record Observation(
    byte[] received,
    List<Response> responses,
    ConnectionState connection,
    List<String> deviations,
    long elapsedMillis,
    Reception reception,
    long discarded,
    IdleClose idleClose) {

  /** An observation whose close, if any, was not at the target's idle timeout. */
  public Observation(
      byte[] received,
      List<Response> responses,
      ConnectionState connection,
      List<String> deviations,
      long elapsedMillis,
      Reception reception,
      long discarded) {
    this(received, responses, connection, deviations, elapsedMillis, reception, discarded, null);
  }

  /**
   * A close that came at the target's idle timeout: as long after this exchange's responses as the
   * target keeps an idle persistent connection open after a valid response on another connection.
   * Such a close says nothing about the request: the target would have closed any idle connection
   * then.
   *
   * @param afterMillis how long after the expected responses the target closed this connection
   * @param idleTimeoutMillis how long the target kept another, idle connection open after a valid
   *     response
   */
  public record IdleClose(long afterMillis, long idleTimeoutMillis) {
    /** One line for a verdict's reason. */
    public String describe() {
      return "the target closed "
          + afterMillis
          + " ms after its response, at its idle timeout (it closed an idle connection "
          + idleTimeoutMillis
          + " ms after a valid response)";
    }
  }

  /**
   * An observation of bytes kept whole: nothing when none arrived, otherwise complete responses.
   * For targets that parse everything they receive and cannot be cut short (the in-process engine,
   * hand-made observations in tests).
   */
  public Observation(
      byte[] received,
      List<Response> responses,
      ConnectionState connection,
      List<String> deviations,
      long elapsedMillis) {
    this(
        received,
        responses,
        connection,
        deviations,
        elapsedMillis,
        received.length == 0 ? Reception.NOTHING : Reception.COMPLETE,
        0);
  }

  /** What the bytes a target sent amount to, before any scenario's judgement. */
  public enum Reception {
    /** Not a byte arrived. */
    NOTHING,
    /** Every byte belongs to a complete response (after a 101 or CONNECT 2xx: to the tunnel). */
    COMPLETE,
    /** A response began but had not ended when the connection ended or the deadline passed. */
    INCOMPLETE,
    /** Bytes that are not an HTTP/1.x response arrived where a status-line should begin. */
    NOT_HTTP,
    /** A header section went on past the bound without its empty line. */
    HEADER_SECTION_TOO_LARGE
  }

  /**
   * Why these bytes cannot be judged against any outcome, or null when they can: the verdict then
   * follows from the reason alone. Bytes that are not a complete response never count as a
   * response, let alone an accepted one.
   */
  public Unusable unusable() {
    return switch (reception) {
      case NOTHING, COMPLETE -> null;
      case NOT_HTTP ->
          new Unusable(
              true,
              "not an HTTP/1.x response: "
                  + (deviations.isEmpty()
                      ? "no status-line"
                      : deviations.get(deviations.size() - 1)));
      case HEADER_SECTION_TOO_LARGE ->
          new Unusable(
              true,
              "the header section did not end within the bound ("
                  + (received.length + discarded)
                  + " bytes received; RFC 9112 §2.1: a header section ends with an empty line)");
      case INCOMPLETE ->
          switch (connection) {
            case CLOSED ->
                new Unusable(
                    true,
                    "the connection closed in the middle of a response ("
                        + (received.length + discarded)
                        + " bytes received; RFC 9112 §8: an incomplete message)");
            case RESET ->
                new Unusable(
                    false,
                    "the connection was reset in the middle of a response (a reset may discard"
                        + " what the server sent before it)");
            case OPEN ->
                new Unusable(
                    false,
                    "a response was still incomplete when the wait for it ended ("
                        + (received.length + discarded)
                        + " bytes received)");
          };
    };
  }

  /**
   * True when the bytes begin with an HTTP/2 frame header of a SETTINGS frame on stream 0 (RFC 9113
   * §4.1, §6.5): a length that is a multiple of 6, type 0x4, flags 0 or ACK, stream identifier 0.
   */
  public boolean startsWithHttp2Settings() {
    if (received.length < 9) {
      return false;
    }
    int length = (received[0] & 0xff) << 16 | (received[1] & 0xff) << 8 | (received[2] & 0xff);
    return length % 6 == 0
        && received[3] == 0x04
        && (received[4] == 0 || received[4] == 1)
        && received[5] == 0
        && received[6] == 0
        && received[7] == 0
        && received[8] == 0;
  }

  /**
   * Why an observation is unusable.
   *
   * @param broken true when the bytes themselves break HTTP/1.1 (a FAIL); false when nothing usable
   *     arrived in time (INCONCLUSIVE)
   * @param reason a one-line account
   */
  public record Unusable(boolean broken, String reason) {}

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
   * @param body the body bytes (empty when there is none); only a prefix of them when the exchange
   *     sent more than the evidence bound (see {@code discarded})
   */
  public record Response(int status, boolean interim, List<Field> fields, byte[] body) {}

  /** A header field line as received. */
  public record Field(String name, String value) {}

  /** The same observation with only these deviations. */
  public Observation withDeviations(List<String> kept) {
    return new Observation(
        received,
        responses,
        connection,
        List.copyOf(kept),
        elapsedMillis,
        reception,
        discarded,
        idleClose);
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

  /** The same observation with the connection in another state. */
  public Observation withConnection(ConnectionState state) {
    return new Observation(
        received,
        responses,
        state,
        deviations,
        elapsedMillis,
        reception,
        discarded,
        state == ConnectionState.CLOSED ? idleClose : null);
  }

  /** No byte arrived and the connection is still open: the target stayed silent. */
  public boolean silent() {
    return received.length == 0 && connection == ConnectionState.OPEN;
  }

  /** A short, human-readable account, e.g. "status 400, connection closed". */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    if (responses.isEmpty()) {
      sb.append(
          switch (reception) {
            case NOTHING -> "no response";
            case INCOMPLETE -> "an incomplete response";
            case HEADER_SECTION_TOO_LARGE -> "a header section without end";
            default -> "bytes that are not HTTP";
          });
    }
    for (int i = 0; i < responses.size(); i++) {
      Response r = responses.get(i);
      if (i > 0) {
        sb.append(" then ");
      }
      sb.append(r.interim() ? "interim " : "status ").append(r.status());
    }
    if (!responses.isEmpty()) {
      switch (reception) {
        case INCOMPLETE -> sb.append(" (incomplete)");
        case NOT_HTTP -> sb.append(" then bytes that are not HTTP");
        case HEADER_SECTION_TOO_LARGE -> sb.append(" then a header section without end");
        default -> {}
      }
    }
    if (discarded > 0) {
      sb.append(", ")
          .append(received.length + discarded)
          .append(" bytes (")
          .append(discarded)
          .append(" past the evidence prefix read and not kept)");
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
