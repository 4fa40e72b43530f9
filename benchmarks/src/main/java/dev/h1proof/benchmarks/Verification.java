package dev.h1proof.benchmarks;

import java.util.List;

/**
 * Checks that an adapter extracts from every message exactly what {@link ReferenceParser} does: the
 * same method, target, version, field lines (names compared case-insensitively), framing,
 * Content-Length and content octets. Run before timing and by the module's tests.
 */
public final class Verification {

  private Verification() {}

  /**
   * Verifies a loaded adapter on every message of an input, twice, so that state carried from one
   * run to the next (as in the timed loop) is covered too.
   *
   * @param adapter an adapter whose {@link ParserAdapter#load} received {@code messages}
   * @param input the input's name, for messages
   * @param messages the loaded messages
   * @throws IllegalStateException describing the first mismatch
   */
  public static void check(ParserAdapter adapter, String input, byte[][] messages) {
    List<String> labels = Corpus.MIX.equals(input) ? Corpus.mixFiles() : List.of(input + ".http");
    for (int round = 1; round <= 2; round++) {
      for (int i = 0; i < messages.length; i++) {
        String where =
            adapter.name()
                + " on corpus/valid/"
                + (Corpus.MIX.equals(input) ? "mix/" : "")
                + labels.get(i)
                + " (round "
                + round
                + ")";
        List<ParsedRequest> expected;
        try {
          expected = ReferenceParser.parseAll(messages[i]);
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException("invalid corpus file " + labels.get(i) + ": " + e, e);
        }
        List<ParsedRequest> actual;
        try {
          actual = adapter.record(i);
        } catch (RuntimeException e) {
          throw new IllegalStateException(where + ": the parser failed: " + e, e);
        }
        String mismatch = compare(expected, actual, adapter.keepsFieldOrder());
        if (mismatch != null) {
          throw new IllegalStateException(where + ": " + mismatch);
        }
      }
    }
  }

  /**
   * Compares two extractions.
   *
   * @param expected the reference extraction
   * @param actual the adapter's extraction
   * @param ordered whether field order across different names is significant
   * @return a description of the first difference, or null when they agree
   */
  static String compare(List<ParsedRequest> expected, List<ParsedRequest> actual, boolean ordered) {
    if (expected.size() != actual.size()) {
      return "expected " + expected.size() + " requests, got " + actual.size();
    }
    for (int r = 0; r < expected.size(); r++) {
      ParsedRequest e = expected.get(r).normalized(!ordered);
      ParsedRequest a = actual.get(r).normalized(!ordered);
      String at = "request " + (r + 1) + ": ";
      if (!e.method().equals(a.method())) {
        return at + "method: expected " + e.method() + ", got " + a.method();
      }
      if (!e.target().equals(a.target())) {
        return at + "target: expected " + e.target() + ", got " + a.target();
      }
      if (e.versionMajor() != a.versionMajor() || e.versionMinor() != a.versionMinor()) {
        return at
            + "version: expected "
            + e.versionMajor()
            + "."
            + e.versionMinor()
            + ", got "
            + a.versionMajor()
            + "."
            + a.versionMinor();
      }
      for (int f = 0; f < Math.max(e.fields().size(), a.fields().size()); f++) {
        ParsedRequest.Field ef = f < e.fields().size() ? e.fields().get(f) : null;
        ParsedRequest.Field af = f < a.fields().size() ? a.fields().get(f) : null;
        if (ef == null || !ef.equals(af)) {
          return at + "field " + (f + 1) + ": expected [" + ef + "], got [" + af + "]";
        }
      }
      if (e.framing() != a.framing() || e.contentLength() != a.contentLength()) {
        return at
            + "framing: expected "
            + e.framing()
            + " "
            + e.contentLength()
            + ", got "
            + a.framing()
            + " "
            + a.contentLength();
      }
      if (e.contentOctets() != a.contentOctets()) {
        return at + "content: expected " + e.contentOctets() + " octets, got " + a.contentOctets();
      }
    }
    return null;
  }
}
