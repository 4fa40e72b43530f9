package dev.h1proof.parser;

/** How the length of a message's content is determined (RFC 9112 §6.3). */
public enum BodyFraming {
  /** Neither Content-Length nor Transfer-Encoding: the request has no content (§6.3 item 7). */
  NONE,
  /** The content is exactly {@link RequestHead#contentLength()} octets (§6.3 item 6). */
  CONTENT_LENGTH,
  /**
   * The content uses the chunked transfer coding; read it with {@link RequestReader} or {@link
   * BodyReader} (which drive {@link ChunkedDecoder}).
   */
  CHUNKED,
  /**
   * Responses only (RFC 9112 §6.3 item 8): the content extends to the end of the connection. Never
   * returned for a request, which is never close-delimited.
   */
  CLOSE_DELIMITED
}
