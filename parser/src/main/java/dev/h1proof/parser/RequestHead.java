package dev.h1proof.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A view of the request head parsed by a {@link RequestParser}, valid until its next {@code parse}
 * or {@code reset} call.
 *
 * <p>Offsets follow the parser's one convention: every {@code …Start()} (like every offset the
 * library reports) is an absolute index into the caller's buffer (the byte array index, or the
 * {@link java.nio.ByteBuffer} index, never a distance from the message start), and every {@code
 * …Length()} is a count of octets; nothing is copied. The String conveniences decode octets as
 * ISO-8859-1 and allocate.
 */
public final class RequestHead {
  private final RequestParser p;

  RequestHead(RequestParser parser) {
    this.p = parser;
  }

  /**
   * Returns the number of octets from the {@code start} passed to {@code parse} up to and including
   * the empty line ending the head (leading empty lines included); the content, if any, starts at
   * {@code start + headLength()}.
   *
   * @return the head length in octets
   */
  public int headLength() {
    return p.headEnd - p.start;
  }

  /**
   * Returns the index of the method's first octet.
   *
   * @return the absolute index
   */
  public int methodStart() {
    return p.methodStart;
  }

  /**
   * Returns the method's length.
   *
   * @return octets
   */
  public int methodLength() {
    return p.methodEnd - p.methodStart;
  }

  /**
   * Returns the method as a String (allocates).
   *
   * @return the method, case preserved (methods are case-sensitive)
   */
  public String method() {
    return p.in.string(p.methodStart, methodLength());
  }

  /**
   * Compares the method with a name, case-sensitively, without allocating.
   *
   * @param method the method name, e.g. {@code "GET"}
   * @return true if equal
   */
  public boolean isMethod(String method) {
    return p.in.equalsExactly(p.methodStart, methodLength(), method);
  }

  /**
   * Returns the index of the request-target's first octet.
   *
   * @return the absolute index
   */
  public int targetStart() {
    return p.targetStart;
  }

  /**
   * Returns the request-target's length.
   *
   * @return octets
   */
  public int targetLength() {
    return p.targetEnd - p.targetStart;
  }

  /**
   * Returns the request-target as a String (allocates).
   *
   * @return the target exactly as received
   */
  public String target() {
    return p.in.string(p.targetStart, targetLength());
  }

  /**
   * Returns the form of the request-target (RFC 9112 §3.2).
   *
   * @return the form
   */
  public TargetForm targetForm() {
    return p.targetForm;
  }

  /**
   * Returns the major version digit as received.
   *
   * @return 1 unless a major-version violation was tolerated
   */
  public int versionMajor() {
    return p.versionMajor;
  }

  /**
   * Returns the minor version digit as received; HTTP/1.x with x greater than 1 is processed as
   * HTTP/1.1 (RFC 9110 §6.2).
   *
   * @return the minor version digit
   */
  public int versionMinor() {
    return p.versionMinor;
  }

  /**
   * Returns the HTTP-version as received, for example {@code "HTTP/1.1"} (allocates).
   *
   * @return the version, {@code HTTP/major.minor}
   */
  public String version() {
    return "HTTP/" + p.versionMajor + '.' + p.versionMinor;
  }

  /**
   * Returns the value of the first field line with the given name (allocates).
   *
   * @param name the field name in any case (ASCII)
   * @return the value, OWS trimmed, or null when there is no such field
   */
  public String field(String name) {
    int i = indexOfField(name);
    return i < 0 ? null : fieldValue(i);
  }

  /**
   * Returns the values of every field line with the given name, in order of arrival (allocates).
   * Lines are not combined: a list-based field sent on two lines gives two values.
   *
   * @param name the field name in any case (ASCII)
   * @return the values, empty when there is no such field
   */
  public List<String> fields(String name) {
    List<String> values = new ArrayList<>(2);
    for (int i = indexOfField(name); i >= 0; i = indexOfField(name, i + 1)) {
      values.add(fieldValue(i));
    }
    return values;
  }

  /**
   * Returns the number of field lines, in order of arrival (duplicates are kept as separate lines).
   *
   * @return the field count
   */
  public int fieldCount() {
    return p.fieldCount;
  }

  /**
   * Returns the index of a field name's first octet.
   *
   * @param i the field index, from 0 to {@link #fieldCount()} - 1
   * @return the absolute index
   */
  public int fieldNameStart(int i) {
    return p.nameStart[check(i)];
  }

  /**
   * Returns a field name's length.
   *
   * @param i the field index
   * @return octets
   */
  public int fieldNameLength(int i) {
    return p.nameEnd[check(i)] - p.nameStart[i];
  }

  /**
   * Returns the index of a field value's first octet, after leading OWS.
   *
   * @param i the field index
   * @return the absolute index
   */
  public int fieldValueStart(int i) {
    return p.valueStart[check(i)];
  }

  /**
   * Returns a field value's length, without leading and trailing OWS.
   *
   * @param i the field index
   * @return octets
   */
  public int fieldValueLength(int i) {
    return p.valueEnd[check(i)] - p.valueStart[i];
  }

  /**
   * Returns a field name as a String (allocates), case preserved.
   *
   * @param i the field index
   * @return the name
   */
  public String fieldName(int i) {
    return p.in.string(fieldNameStart(i), fieldNameLength(i));
  }

  /**
   * Returns a field value as a String (allocates), OWS trimmed.
   *
   * @param i the field index
   * @return the value
   */
  public String fieldValue(int i) {
    return p.in.string(fieldValueStart(i), fieldValueLength(i));
  }

  /**
   * Returns the index of the first field with the given name, compared case-insensitively without
   * allocating.
   *
   * @param name the field name in any case (ASCII)
   * @return the field index, or -1
   */
  public int indexOfField(String name) {
    return indexOfField(name, 0);
  }

  /**
   * Returns the index of the next field with the given name at or after {@code from}.
   *
   * @param name the field name in any case (ASCII)
   * @param from the first field index to consider
   * @return the field index, or -1
   */
  public int indexOfField(String name, int from) {
    for (int i = Math.max(0, from); i < p.fieldCount; i++) {
      if (p.in.equalsIgnoreCase(p.nameStart[i], p.nameEnd[i] - p.nameStart[i], name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns the index of the effective authority's first octet: the authority of an absolute-form
   * or authority-form target when present (RFC 9112 §3.2.2), otherwise the Host field value.
   *
   * @return the absolute index, or -1 when the request has no authority
   */
  public int hostStart() {
    return p.hostStart;
  }

  /**
   * Returns the effective authority's length ({@code uri-host [ ":" port ]}, userinfo excluded).
   *
   * @return octets, 0 when there is none
   */
  public int hostLength() {
    return p.hostStart < 0 ? 0 : p.hostEnd - p.hostStart;
  }

  /**
   * Returns the effective authority as a String (allocates).
   *
   * @return the authority, or null when the request has none (e.g. HTTP/1.0 without Host)
   */
  public String host() {
    return p.hostStart < 0 ? null : p.in.string(p.hostStart, hostLength());
  }

  /**
   * Returns how the request's content is delimited (RFC 9112 §6.3).
   *
   * @return the framing
   */
  public BodyFraming bodyFraming() {
    return p.framing;
  }

  /**
   * Returns the Content-Length when {@link #bodyFraming()} is {@link BodyFraming#CONTENT_LENGTH}.
   *
   * @return the content length in octets, or -1
   */
  public long contentLength() {
    return p.framing == BodyFraming.CONTENT_LENGTH ? p.contentLength : -1;
  }

  /**
   * Tells whether the connection may stay open after the response (RFC 9112 §9.3): HTTP/1.1 unless
   * a {@code close} connection option is present, HTTP/1.0 only with {@code keep-alive}, never when
   * {@link #mustClose()}.
   *
   * @return true if the connection persists
   */
  public boolean keepAlive() {
    return p.keepAlive;
  }

  /**
   * Tells whether an HTTP/1.1 request carries the {@code 100-continue} expectation (RFC 9110
   * §10.1.1); always false for HTTP/1.0.
   *
   * @return true if the client waits for 100 (Continue)
   */
  public boolean expectContinue() {
    return p.expectContinue;
  }

  /**
   * Tells whether the RFC requires closing the connection after responding even though the request
   * was processed: Transfer-Encoding together with Content-Length, or Transfer-Encoding in an
   * HTTP/1.0 request (RFC 9112 §6.1), accepted by a leniency or toleration.
   *
   * @return true if the connection must close
   */
  public boolean mustClose() {
    return p.mustClose;
  }

  private int check(int i) {
    return Objects.checkIndex(i, p.fieldCount);
  }

  @Override
  public String toString() {
    return "RequestHead{"
        + method()
        + ' '
        + target()
        + " HTTP/"
        + p.versionMajor
        + '.'
        + p.versionMinor
        + ", fields="
        + p.fieldCount
        + ", framing="
        + p.framing
        + '}';
  }
}
