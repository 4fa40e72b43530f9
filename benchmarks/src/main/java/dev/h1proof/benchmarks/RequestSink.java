package dev.h1proof.benchmarks;

/**
 * Receives what a parser extracted from each request, in the parser's native form: offsets into a
 * byte array (h1proof, Tomcat) or character sequences (Netty, Jetty, Undertow).
 *
 * <p>Exactly two implementations exist, {@link BlackholeSink} on the timed path and {@link
 * RecordingSink} for verification, so every call site stays at most bimorphic and inlines.
 */
public abstract class RequestSink {

  /**
   * Begins a request with its method as a character sequence.
   *
   * @param method the method
   */
  public abstract void method(CharSequence method);

  /**
   * Begins a request with its method as offsets into {@code buf}.
   *
   * @param buf the buffer holding the request-line
   * @param start index of the method
   * @param length length of the method
   */
  public abstract void method(byte[] buf, int start, int length);

  /**
   * Receives the request-target as character sequences.
   *
   * @param target the request-target, or its part before {@code ?} when {@code query} is not null
   * @param query the query after {@code ?}, for parsers that split the target (Undertow), else null
   */
  public abstract void target(CharSequence target, CharSequence query);

  /**
   * Receives the request-target as offsets into {@code buf}.
   *
   * @param buf the buffer holding the request-line
   * @param start index of the request-target
   * @param length length of the request-target
   */
  public abstract void target(byte[] buf, int start, int length);

  /**
   * Receives the HTTP version.
   *
   * @param major the major version
   * @param minor the minor version
   */
  public abstract void version(int major, int minor);

  /**
   * Receives one field line as character sequences.
   *
   * @param name the field name
   * @param value the field value
   */
  public abstract void field(CharSequence name, CharSequence value);

  /**
   * Receives one field line as offsets into {@code buf}.
   *
   * @param buf the buffer holding the field line
   * @param nameStart index of the name
   * @param nameLength length of the name
   * @param valueStart index of the value
   * @param valueLength length of the value
   */
  public abstract void field(
      byte[] buf, int nameStart, int nameLength, int valueStart, int valueLength);

  /**
   * Receives the body framing once the head is complete.
   *
   * @param framing the framing
   * @param contentLength the Content-Length, or -1 unless the framing is {@link
   *     Framing#CONTENT_LENGTH}
   */
  public abstract void framing(Framing framing, long contentLength);

  /**
   * Receives a run of content octets (possibly several per request).
   *
   * @param octets the number of octets
   */
  public abstract void content(int octets);

  /** Ends the current request. */
  public abstract void end();
}
