package dev.h1proof.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one parser extracted from one request: the request-line, every field line in order, the body
 * framing and the number of content octets it delivered. Used only to check adapters against the
 * reference, never on the timed path.
 *
 * @param method the method token
 * @param target the request-target, exactly as sent
 * @param versionMajor the HTTP major version
 * @param versionMinor the HTTP minor version
 * @param fields the field lines in wire order
 * @param framing how the content is delimited
 * @param contentLength the Content-Length, or -1 when the framing is not {@link
 *     Framing#CONTENT_LENGTH}
 * @param contentOctets the content octets delivered (decoded, for chunked)
 */
public record ParsedRequest(
    String method,
    String target,
    int versionMajor,
    int versionMinor,
    List<Field> fields,
    Framing framing,
    long contentLength,
    long contentOctets) {

  /**
   * One field line.
   *
   * @param name the field name as the parser reports it (compared case-insensitively)
   * @param value the field value without leading or trailing whitespace
   */
  public record Field(String name, String value) {

    /**
     * Returns the field with its name lower-cased, the form in which names are compared.
     *
     * @return the normalised field
     */
    public Field normalized() {
      return new Field(name.toLowerCase(Locale.ROOT), value);
    }

    @Override
    public String toString() {
      return name + ": " + value;
    }
  }

  /**
   * Returns a copy whose field names are lower-cased and, when {@code groupByName} is set, whose
   * fields are stably sorted by name, for parsers (Undertow) whose header map forgets the order
   * between different names but keeps it among values of one name.
   *
   * @param groupByName whether to sort the fields by name
   * @return the normalised request
   */
  public ParsedRequest normalized(boolean groupByName) {
    List<Field> normalizedFields = new ArrayList<>(fields.size());
    for (Field f : fields) {
      normalizedFields.add(f.normalized());
    }
    if (groupByName) {
      normalizedFields.sort((a, b) -> a.name().compareTo(b.name()));
    }
    return new ParsedRequest(
        method,
        target,
        versionMajor,
        versionMinor,
        List.copyOf(normalizedFields),
        framing,
        contentLength,
        contentOctets);
  }
}
