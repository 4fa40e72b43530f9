package dev.h1proof.parser;

import dev.h1proof.parser.lab.ParserConfigAccess;
import dev.h1proof.parser.lab.SharedSecrets;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Immutable, validated parser configuration: limits and RFC-permitted {@link Leniency leniencies}.
 * Each {@code with…} method returns a new instance.
 *
 * <p>{@link #strict()} (= {@link #defaults()}) enables no leniency. A configuration built through
 * this class's public methods never accepts a message that breaks a rule: the tolerated violations
 * a conformance suite uses to build wrong servers on purpose are set only through the non-exported
 * package {@code dev.h1proof.parser.lab}.
 */
public final class ParserConfig {

  static {
    // The test lab reaches the tolerated set through this hook, the way the JDK's shared secrets
    // reach package-private state: nothing public in this package can set it.
    SharedSecrets.setParserConfigAccess(
        new ParserConfigAccess() {
          @Override
          public ParserConfig withTolerated(ParserConfig config, Set<Violation> violations) {
            return config.withTolerated(violations);
          }

          @Override
          public Set<Violation> tolerated(ParserConfig config) {
            return config.tolerated();
          }
        });
  }

  private static final ParserConfig STRICT =
      new ParserConfig(
          8192,
          65536,
          100,
          16,
          8,
          4096,
          EnumSet.noneOf(Leniency.class),
          EnumSet.noneOf(Violation.class));

  private final int maxRequestLineLength;
  private final int maxHeaderSectionSize;
  private final int maxFieldCount;
  private final int maxChunkSizeDigits;
  private final int maxLeadingEmptyLines;
  private final int maxChunkExtensionLength;
  private final EnumSet<Leniency> leniencies;
  private final EnumSet<Violation> tolerated;

  private ParserConfig(
      int maxRequestLineLength,
      int maxHeaderSectionSize,
      int maxFieldCount,
      int maxChunkSizeDigits,
      int maxLeadingEmptyLines,
      int maxChunkExtensionLength,
      EnumSet<Leniency> leniencies,
      EnumSet<Violation> tolerated) {
    this.maxRequestLineLength = maxRequestLineLength;
    this.maxHeaderSectionSize = maxHeaderSectionSize;
    this.maxFieldCount = maxFieldCount;
    this.maxChunkSizeDigits = maxChunkSizeDigits;
    this.maxLeadingEmptyLines = maxLeadingEmptyLines;
    this.maxChunkExtensionLength = maxChunkExtensionLength;
    this.leniencies = leniencies;
    this.tolerated = tolerated;
  }

  /**
   * Returns the strict configuration: request-line 8192 octets, header section 65536 octets, 100
   * fields, 16 chunk-size digits, 8 leading empty lines, 4096 octets of chunk extensions per body,
   * no leniency, nothing tolerated.
   *
   * @return the strict configuration
   */
  public static ParserConfig strict() {
    return STRICT;
  }

  /**
   * Returns the default configuration, which is {@link #strict()}.
   *
   * @return the strict configuration
   */
  public static ParserConfig defaults() {
    return STRICT;
  }

  /**
   * Returns a copy with another request-line limit; a longer line gets {@link
   * Violation#REQUEST_LINE_TOO_LONG} (414). RFC 9112 §3 recommends supporting at least 8000.
   *
   * @param octets the maximum request-line length without CRLF, at least 16
   * @return the new configuration
   */
  public ParserConfig withMaxRequestLineLength(int octets) {
    return new ParserConfig(
        atLeast(octets, 16, "maxRequestLineLength"),
        maxHeaderSectionSize,
        maxFieldCount,
        maxChunkSizeDigits,
        maxLeadingEmptyLines,
        maxChunkExtensionLength,
        leniencies,
        tolerated);
  }

  /**
   * Returns a copy with another header-section limit (field lines and the final empty line, also
   * applied to a trailer section); a larger one gets {@link Violation#HEADER_SECTION_TOO_LARGE}
   * (431).
   *
   * @param octets the maximum size, at least 2
   * @return the new configuration
   */
  public ParserConfig withMaxHeaderSectionSize(int octets) {
    return new ParserConfig(
        maxRequestLineLength,
        atLeast(octets, 2, "maxHeaderSectionSize"),
        maxFieldCount,
        maxChunkSizeDigits,
        maxLeadingEmptyLines,
        maxChunkExtensionLength,
        leniencies,
        tolerated);
  }

  /**
   * Returns a copy with another field-line count limit (also applied to trailers); more get {@link
   * Violation#TOO_MANY_FIELDS} (431).
   *
   * @param count the maximum number of field lines, at least 1
   * @return the new configuration
   */
  public ParserConfig withMaxFieldCount(int count) {
    return new ParserConfig(
        maxRequestLineLength,
        maxHeaderSectionSize,
        atLeast(count, 1, "maxFieldCount"),
        maxChunkSizeDigits,
        maxLeadingEmptyLines,
        maxChunkExtensionLength,
        leniencies,
        tolerated);
  }

  /**
   * Returns a copy with another limit on chunk-size digits, leading zeros included; more get {@link
   * Violation#CHUNK_SIZE_TOO_MANY_DIGITS} (400).
   *
   * @param digits the maximum number of HEXDIG, at least 1
   * @return the new configuration
   */
  public ParserConfig withMaxChunkSizeDigits(int digits) {
    return new ParserConfig(
        maxRequestLineLength,
        maxHeaderSectionSize,
        maxFieldCount,
        atLeast(digits, 1, "maxChunkSizeDigits"),
        maxLeadingEmptyLines,
        maxChunkExtensionLength,
        leniencies,
        tolerated);
  }

  /**
   * Returns a copy with another limit on empty lines skipped before the request-line (RFC 9112 §2.2
   * asks to ignore at least one); more get {@link Violation#LEADING_EMPTY_LINE_FLOOD}.
   *
   * @param lines the maximum number of empty lines, at least 0 (0 rejects every empty line)
   * @return the new configuration
   */
  public ParserConfig withMaxLeadingEmptyLines(int lines) {
    return new ParserConfig(
        maxRequestLineLength,
        maxHeaderSectionSize,
        maxFieldCount,
        maxChunkSizeDigits,
        atLeast(lines, 0, "maxLeadingEmptyLines"),
        maxChunkExtensionLength,
        leniencies,
        tolerated);
  }

  /**
   * Returns a copy with another limit on the total length of the chunk extensions in one chunked
   * body; more gets {@link Violation#CHUNK_EXTENSION_TOO_LONG} (RFC 9112 §7.1.1: a server ought to
   * limit the total length of the extensions it receives in a request).
   *
   * @param octets the maximum total, counted from each {@code ;} to its line's end, at least 1
   * @return the new configuration
   */
  public ParserConfig withMaxChunkExtensionLength(int octets) {
    return new ParserConfig(
        maxRequestLineLength,
        maxHeaderSectionSize,
        maxFieldCount,
        maxChunkSizeDigits,
        maxLeadingEmptyLines,
        atLeast(octets, 1, "maxChunkExtensionLength"),
        leniencies,
        tolerated);
  }

  /**
   * Returns a copy that additionally enables the given leniencies.
   *
   * @param first a leniency to enable
   * @param more further leniencies to enable
   * @return the new configuration
   */
  public ParserConfig withLeniency(Leniency first, Leniency... more) {
    EnumSet<Leniency> set = EnumSet.copyOf(leniencies);
    set.add(Objects.requireNonNull(first, "first"));
    for (Leniency l : more) {
      set.add(Objects.requireNonNull(l, "leniency"));
    }
    return withLeniencies(set);
  }

  /**
   * Returns a copy whose enabled leniencies are exactly the given set.
   *
   * @param set the leniencies to enable (copied)
   * @return the new configuration
   */
  public ParserConfig withLeniencies(Set<Leniency> set) {
    EnumSet<Leniency> copy = EnumSet.noneOf(Leniency.class);
    copy.addAll(Objects.requireNonNull(set, "set"));
    return new ParserConfig(
        maxRequestLineLength,
        maxHeaderSectionSize,
        maxFieldCount,
        maxChunkSizeDigits,
        maxLeadingEmptyLines,
        maxChunkExtensionLength,
        copy,
        tolerated);
  }

  /**
   * Returns a copy that deliberately breaks exactly the given rules, the way lenient servers do
   * (see each constant's Javadoc for the recovery). Reached from outside this package only through
   * {@code dev.h1proof.parser.lab}, to check a conformance suite against a known-wrong server.
   *
   * @param violations the violations to tolerate (copied); replaces the previous set
   * @return the new configuration
   */
  ParserConfig withTolerated(Set<Violation> violations) {
    EnumSet<Violation> copy = EnumSet.noneOf(Violation.class);
    copy.addAll(Objects.requireNonNull(violations, "violations"));
    return new ParserConfig(
        maxRequestLineLength,
        maxHeaderSectionSize,
        maxFieldCount,
        maxChunkSizeDigits,
        maxLeadingEmptyLines,
        maxChunkExtensionLength,
        leniencies,
        copy);
  }

  /**
   * Returns the request-line length limit.
   *
   * @return octets, without the line terminator
   */
  public int maxRequestLineLength() {
    return maxRequestLineLength;
  }

  /**
   * Returns the header-section size limit.
   *
   * @return octets
   */
  public int maxHeaderSectionSize() {
    return maxHeaderSectionSize;
  }

  /**
   * Returns the field-line count limit.
   *
   * @return the maximum number of field lines
   */
  public int maxFieldCount() {
    return maxFieldCount;
  }

  /**
   * Returns the chunk-size digit limit.
   *
   * @return the maximum number of HEXDIG
   */
  public int maxChunkSizeDigits() {
    return maxChunkSizeDigits;
  }

  /**
   * Returns the limit on empty lines before the request-line.
   *
   * @return the maximum number of skipped empty lines
   */
  public int maxLeadingEmptyLines() {
    return maxLeadingEmptyLines;
  }

  /**
   * Returns the chunk-extension length limit per chunk line.
   *
   * @return octets
   */
  public int maxChunkExtensionLength() {
    return maxChunkExtensionLength;
  }

  /**
   * Returns the enabled leniencies.
   *
   * @return an unmodifiable view
   */
  public Set<Leniency> leniencies() {
    return Collections.unmodifiableSet(leniencies);
  }

  /**
   * Returns the tolerated violations (empty unless set through {@code dev.h1proof.parser.lab}).
   *
   * @return an unmodifiable view
   */
  Set<Violation> tolerated() {
    return Collections.unmodifiableSet(tolerated);
  }

  /**
   * Tells whether a leniency is enabled.
   *
   * @param leniency the leniency
   * @return true if enabled
   */
  public boolean allows(Leniency leniency) {
    return leniencies.contains(leniency);
  }

  /**
   * Tells whether a violation is tolerated.
   *
   * @param violation the violation
   * @return true if tolerated
   */
  boolean tolerates(Violation violation) {
    return tolerated.contains(violation);
  }

  private static int atLeast(int value, int min, String name) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ": " + value);
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ParserConfig)) {
      return false;
    }
    ParserConfig c = (ParserConfig) o;
    return maxRequestLineLength == c.maxRequestLineLength
        && maxHeaderSectionSize == c.maxHeaderSectionSize
        && maxFieldCount == c.maxFieldCount
        && maxChunkSizeDigits == c.maxChunkSizeDigits
        && maxLeadingEmptyLines == c.maxLeadingEmptyLines
        && maxChunkExtensionLength == c.maxChunkExtensionLength
        && leniencies.equals(c.leniencies)
        && tolerated.equals(c.tolerated);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        maxRequestLineLength,
        maxHeaderSectionSize,
        maxFieldCount,
        maxChunkSizeDigits,
        maxLeadingEmptyLines,
        maxChunkExtensionLength,
        leniencies,
        tolerated);
  }

  @Override
  public String toString() {
    return "ParserConfig{maxRequestLineLength="
        + maxRequestLineLength
        + ", maxHeaderSectionSize="
        + maxHeaderSectionSize
        + ", maxFieldCount="
        + maxFieldCount
        + ", maxChunkSizeDigits="
        + maxChunkSizeDigits
        + ", maxLeadingEmptyLines="
        + maxLeadingEmptyLines
        + ", maxChunkExtensionLength="
        + maxChunkExtensionLength
        + ", leniencies="
        + leniencies
        + ", tolerated="
        + tolerated
        + '}';
  }
}
