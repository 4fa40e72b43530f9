package dev.h1proof.benchmarks;

import dev.h1proof.parser.ParseStatus;
import dev.h1proof.parser.ParserConfig;
import dev.h1proof.parser.RequestParser;

/**
 * The work {@link PairedCompare} times: {@link HeadBenchmark#h1proofHead}'s, in a loop. Each build
 * under comparison loads its own copy of this class, in a class loader of its own, so that the copy
 * calls that build's parser.
 */
public final class PairedDriver {
  private static final RequestParser PARSER = new RequestParser(ParserConfig.strict());

  private PairedDriver() {}

  /**
   * Parses {@code head} {@code times} times.
   *
   * @param head one complete request head
   * @param times how many parses
   * @return the field lines counted over every parse, so the loop stays live
   * @throws IllegalStateException if a parse does not complete
   */
  public static long parse(byte[] head, int times) {
    RequestParser p = PARSER;
    long fields = 0;
    for (int i = 0; i < times; i++) {
      if (p.parse(head, 0, head.length) != ParseStatus.COMPLETE) {
        throw new IllegalStateException("not a complete head: " + p.violation());
      }
      fields += p.head().fieldCount();
    }
    return fields;
  }
}
