package dev.h1proof.parser;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.TreeSet;

/**
 * One fuzzer input split into the message and a trailer of {@value #CONTROL} control octets that
 * choose the configuration, the split points and (for responses) the request methods.
 *
 * <p>The control octets sit at the end so that a seed is a readable message followed by eight
 * octets (see {@code corpus/fuzz/README.md}); an input shorter than that is all control, padded
 * with zeros in front, and an empty message. Control octet by octet:
 *
 * <ol>
 *   <li>{@code c[0]}: the {@link Leniency} set, bit {@code k} for {@code Leniency.values()[k]};
 *   <li>{@code c[1]}: which violations are tolerated: bits 7-6 select none, all, only the one at
 *       index {@code c[2]}, or all but that one;
 *   <li>{@code c[2]}: that violation's index, modulo the number of violations;
 *   <li>{@code c[3]}: bit 0 selects tiny limits (so short inputs reach every limit), bits 1-7 are
 *       free for the target;
 *   <li>{@code c[4]} to {@code c[7]}: split points, each a fraction {@code c/256} of the message
 *       length; for responses also the methods and the end-of-stream flag.
 * </ol>
 */
final class FuzzInput {

  /** The number of control octets at the end of each input. */
  static final int CONTROL = 8;

  /**
   * Longer messages are cut here, so that every input is bounded work (the splitting checks feed
   * the message several times on every scanning path).
   */
  static final int MAX_MESSAGE = 16 * 1024;

  /** Messages up to this length are also fed one octet at a time. */
  static final int BYTEWISE_MAX = 384;

  private static final Violation[] VIOLATIONS = Violation.values();
  private static final Leniency[] LENIENCIES = Leniency.values();

  final byte[] message;
  private final int[] control = new int[CONTROL];

  FuzzInput(byte[] data) {
    int n = Math.max(0, data.length - CONTROL);
    message = Arrays.copyOf(data, Math.min(n, MAX_MESSAGE));
    for (int k = 0; k < CONTROL; k++) {
      int at = data.length - CONTROL + k;
      control[k] = at >= 0 ? data[at] & 0xFF : 0;
    }
  }

  /** Control octet {@code k}, 0 to 255. */
  int control(int k) {
    return control[k];
  }

  /** The configuration chosen by control octets 0 to 3. */
  ParserConfig config() {
    EnumSet<Leniency> leniencies = EnumSet.noneOf(Leniency.class);
    for (int k = 0; k < LENIENCIES.length && k < 8; k++) {
      if ((control[0] & (1 << k)) != 0) {
        leniencies.add(LENIENCIES[k]);
      }
    }
    Violation one = VIOLATIONS[control[2] % VIOLATIONS.length];
    EnumSet<Violation> tolerated;
    switch (control[1] >>> 6) {
      case 1:
        tolerated = EnumSet.allOf(Violation.class);
        break;
      case 2:
        tolerated = EnumSet.of(one);
        break;
      case 3:
        tolerated = EnumSet.complementOf(EnumSet.of(one));
        break;
      default:
        tolerated = EnumSet.noneOf(Violation.class);
        break;
    }
    ParserConfig config = ParserConfig.strict().withLeniencies(leniencies).withTolerated(tolerated);
    if ((control[3] & 1) != 0) {
      config =
          config
              .withMaxRequestLineLength(24)
              .withMaxHeaderSectionSize(96)
              .withMaxFieldCount(3)
              .withMaxChunkSizeDigits(3)
              .withMaxLeadingEmptyLines(1)
              .withMaxChunkExtensionLength(12);
    }
    return config;
  }

  /**
   * Cumulative delivery points for a message of {@code n} octets: the split points chosen by
   * control octets 4 to 7, then {@code n}. Every feeding strategy ends with the whole message.
   */
  int[] splits(int n) {
    TreeSet<Integer> points = new TreeSet<>();
    for (int k = 4; k < CONTROL; k++) {
      int p = (int) ((long) control[k] * n / 256);
      if (p > 0 && p < n) {
        points.add(p);
      }
    }
    points.add(n);
    return points.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Cumulative delivery points one octet at a time: 1, 2, ..., n. */
  static int[] bytewise(int n) {
    int[] steps = new int[n];
    for (int k = 0; k < n; k++) {
      steps[k] = k + 1;
    }
    return steps;
  }
}
