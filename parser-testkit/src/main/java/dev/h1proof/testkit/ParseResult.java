package dev.h1proof.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * What a parser made of one connection's bytes: the requests it read, in order, then how it
 * stopped.
 *
 * @param requests every request the parser read completely, head and body
 * @param end how the parser stopped
 * @param status for {@link End#REJECTED}: the status the parser's server would answer with, or 0
 *     when the parser does not say (the kit then answers 400)
 * @param reason for {@link End#REJECTED}: the parser's own words; otherwise empty
 */
public record ParseResult(List<Request> requests, End end, int status, String reason) {

  /** How the parser stopped. */
  public enum End {
    /** Every byte belongs to a complete request: the parser waits for the next one. */
    IDLE,
    /** A request is incomplete: the parser waits for more bytes. */
    NEEDS_MORE,
    /** The parser refused the bytes after the last complete request. */
    REJECTED,
    /**
     * The adapter cannot follow this body (the parser leaves the body to code outside it), so what
     * happens after the head is unknown: the kit judges nothing from such a result.
     */
    BODY_NOT_FOLLOWED
  }

  /** How a request's content is delimited (RFC 9112 §6.3). */
  public enum Framing {
    /** Neither Content-Length nor Transfer-Encoding: no content. */
    NONE,
    /** Content-Length gives the content's size. */
    CONTENT_LENGTH,
    /** The chunked transfer coding delimits the content. */
    CHUNKED
  }

  /**
   * One request as the parser read it.
   *
   * @param method the method
   * @param target the request-target
   * @param framing how the parser delimited its content
   * @param contentLength the Content-Length for {@link Framing#CONTENT_LENGTH}, otherwise -1
   * @param end the offset just past the request's last byte in the connection's bytes, or -1 when
   *     the adapter cannot tell
   */
  public record Request(
      String method, String target, Framing framing, long contentLength, long end) {}

  public ParseResult {
    requests = List.copyOf(requests);
    reason = reason == null ? "" : reason;
  }

  /** A one-line account, e.g. {@code 2 requests (CONTENT_LENGTH, NONE), then REJECTED 400}. */
  public String summary() {
    List<String> framings = new ArrayList<>();
    for (Request r : requests) {
      framings.add(
          r.framing() == Framing.CONTENT_LENGTH
              ? "Content-Length " + r.contentLength()
              : r.framing().name().toLowerCase(java.util.Locale.ROOT));
    }
    String head = requests.size() + (requests.size() == 1 ? " request" : " requests");
    if (!framings.isEmpty()) {
      head += " (" + String.join(", ", framings) + ")";
    }
    String tail =
        switch (end) {
          case IDLE -> "then idle";
          case NEEDS_MORE -> "then needs more bytes";
          case REJECTED ->
              "then rejected"
                  + (status > 0 ? " with " + status : "")
                  + (reason.isEmpty() ? "" : " (" + reason + ")");
          case BODY_NOT_FOLLOWED -> "then a body the adapter cannot follow";
        };
    return head + ", " + tail;
  }

  /** Collects a result as an adapter parses. */
  public static final class Builder {
    private final List<Request> requests = new ArrayList<>();

    /** Records one complete request. */
    public Builder request(
        String method, String target, Framing framing, long contentLength, long end) {
      requests.add(new Request(method, target, framing, contentLength, end));
      return this;
    }

    /** Ends with every byte used. */
    public ParseResult idle() {
      return new ParseResult(requests, End.IDLE, 0, "");
    }

    /** Ends waiting for more bytes. */
    public ParseResult needsMore() {
      return new ParseResult(requests, End.NEEDS_MORE, 0, "");
    }

    /** Ends with a rejection; {@code status} 0 when the parser gives none. */
    public ParseResult rejected(int status, String reason) {
      return new ParseResult(requests, End.REJECTED, status, reason);
    }

    /** Ends at a body the adapter cannot follow. */
    public ParseResult bodyNotFollowed() {
      return new ParseResult(requests, End.BODY_NOT_FOLLOWED, 0, "");
    }
  }
}
