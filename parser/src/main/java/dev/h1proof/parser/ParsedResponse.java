package dev.h1proof.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One response (interim or final) observed by {@link ResponseParser}; immutable once returned. */
public final class ParsedResponse {
  String versionText = "";
  int versionMajor = -1;
  int versionMinor = -1;
  int status = -1;
  String reason = "";
  final List<String> names = new ArrayList<>();
  final List<String> values = new ArrayList<>();
  BodyFraming framing = BodyFraming.NONE;
  long bodyLength;
  boolean complete;
  int startOffset;
  int endOffset;
  private int[] spans = new int[0];
  private int spanCount;
  String requestMethod;
  final List<ResponseDeviation> deviations = new ArrayList<>();

  ParsedResponse() {}

  /**
   * Returns the HTTP-version text of the status-line as received.
   *
   * @return e.g. {@code "HTTP/1.1"}
   */
  public String versionText() {
    return versionText;
  }

  /**
   * Returns the major version digit.
   *
   * @return the digit, or -1 if the version is malformed
   */
  public int versionMajor() {
    return versionMajor;
  }

  /**
   * Returns the minor version digit.
   *
   * @return the digit, or -1 if the version is malformed
   */
  public int versionMinor() {
    return versionMinor;
  }

  /**
   * Returns the status code.
   *
   * @return the three-digit code, or -1 if unreadable
   */
  public int status() {
    return status;
  }

  /**
   * Returns the reason phrase (ISO-8859-1 decoded).
   *
   * @return the reason, possibly empty
   */
  public String reason() {
    return reason;
  }

  /**
   * Tells whether this is a 1xx interim response.
   *
   * @return true for 100–199
   */
  public boolean isInterim() {
    return status >= 100 && status <= 199;
  }

  /**
   * Returns the number of header field lines.
   *
   * @return the count
   */
  public int fieldCount() {
    return names.size();
  }

  /**
   * Returns a field name in order of arrival.
   *
   * @param i the field index
   * @return the name, case preserved
   */
  public String fieldName(int i) {
    return names.get(i);
  }

  /**
   * Returns a field value (OWS trimmed) in order of arrival.
   *
   * @param i the field index
   * @return the value
   */
  public String fieldValue(int i) {
    return values.get(i);
  }

  /**
   * Returns the first value of a field, compared case-insensitively.
   *
   * @param name the field name
   * @return the value, or null
   */
  public String field(String name) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(name)) {
        return values.get(i);
      }
    }
    return null;
  }

  /**
   * Returns every value of a field in order, compared case-insensitively.
   *
   * @param name the field name
   * @return the values, possibly empty
   */
  public List<String> fields(String name) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(name)) {
        out.add(values.get(i));
      }
    }
    return out;
  }

  /**
   * Returns how the body was delimited.
   *
   * @return the framing
   */
  public BodyFraming framing() {
    return framing;
  }

  /**
   * Returns the length of the body received (decoded length for chunked).
   *
   * @return octets
   */
  public long bodyLength() {
    return bodyLength;
  }

  /**
   * Tells whether the whole response (head and body) was received.
   *
   * @return true if complete
   */
  public boolean complete() {
    return complete;
  }

  /**
   * Returns where the status-line starts.
   *
   * @return the absolute index in the array passed to {@link ResponseParser#parse}
   */
  public int startOffset() {
    return startOffset;
  }

  /**
   * Returns the index just after the response (after the body).
   *
   * @return the absolute index in the array passed to {@link ResponseParser#parse}
   */
  public int endOffset() {
    return endOffset;
  }

  /** Records a span of content (decoded from the chunked coding when chunked). */
  void content(int start, int length) {
    if (2 * spanCount == spans.length) {
      spans = java.util.Arrays.copyOf(spans, Math.max(8, 2 * spans.length));
    }
    spans[2 * spanCount] = start;
    spans[2 * spanCount + 1] = length;
    spanCount++;
    bodyLength += length;
  }

  /**
   * Returns the content received, decoded from the chunked coding when chunked (allocates).
   *
   * @param data the array that was passed to {@link ResponseParser#parse}
   * @return the content octets ({@link #bodyLength()} of them)
   */
  public byte[] content(byte[] data) {
    byte[] out = new byte[(int) bodyLength];
    int at = 0;
    for (int k = 0; k < spanCount; k++) {
      System.arraycopy(data, spans[2 * k], out, at, spans[2 * k + 1]);
      at += spans[2 * k + 1];
    }
    return out;
  }

  /**
   * Returns the method of the request this response answers.
   *
   * @return the method, or null for an unsolicited final response
   */
  public String requestMethod() {
    return requestMethod;
  }

  /**
   * Returns the deviations found in this response.
   *
   * @return an unmodifiable list
   */
  public List<ResponseDeviation> deviations() {
    return Collections.unmodifiableList(deviations);
  }

  @Override
  public String toString() {
    return versionText
        + ' '
        + status
        + ' '
        + reason
        + " framing="
        + framing
        + " body="
        + bodyLength
        + (complete ? "" : " incomplete")
        + " deviations="
        + deviations;
  }
}
