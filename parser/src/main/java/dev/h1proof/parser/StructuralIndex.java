package dev.h1proof.parser;

/**
 * The structural index of the head on the vector path: the head is classified in blocks of 64
 * octets, each block into two {@code long} bitmaps (bit {@code j} of block {@code k} stands for the
 * octet at buffer index {@code 64k + j}, as the parser counts: from the array's {@link
 * Input#base}), and the one-pass loops for the request-line and for ordinary field lines find what
 * they look for with bit arithmetic instead of a vector step per search.
 *
 * <ul>
 *   <li>{@code name}: the octets that are not ALPHA, DIGIT or "-". This holds every octet outside
 *       {@code tchar}, the colon after a field name among them, and the few tchar that are not
 *       letters, digits or "-" (such as "_"), which the walk hands to the {@link HttpTokens#CLASS}
 *       table.
 *   <li>{@code ctl}: the octets outside field-content (RFC 9110 §5.5), exactly: the CTLs other than
 *       HTAB, and DEL. CR and LF are among them, so the first one after a value's start is where
 *       the value ends or breaks.
 * </ul>
 *
 * <p>Every index at or past the end of the input so far is marked in both bitmaps, so a search
 * stops at the end when nothing comes before it: each search answers exactly what a scan of {@code
 * [i, end)} answers. The bitmaps live in two rings of {@value #RING} blocks, allocated with the
 * parser, and are filled lazily: a message's first window as large as the last message's head (see
 * {@link #reset(int)}), then {@value #CHUNK} blocks at a time as the walk moves on ({@value #FIRST}
 * where a window starts again after a long value). The parser walks the index only within the first
 * {@value #SPAN} octets of a message. A value that runs past the window is scanned by the scanner
 * instead of being classified, and the next line starts a new window; a search before the window
 * starts a new one too, so the ring never answers from a dropped block. When more input arrives,
 * the block that held the old end is classified again; blocks wholly before it never are.
 *
 * <p>Exactness: a bit set for an octet that is inside the class (a tchar in {@code name}, or an
 * octet a leniency has since overwritten with SP) only makes the walk stop and look at the octet
 * itself, and a walk that does not find exactly the shape it expects leaves the line to the general
 * path. An octet outside the class always has its bit set, because the bits are computed from the
 * octet (or, before the classification of a block, the block is not read at all). So the indexed
 * walk accepts exactly the lines the scanner-based walk accepts, with the same offsets.
 */
final class StructuralIndex {

  /** Blocks held at once; a power of two. */
  static final int RING = 64;

  /** Blocks classified per step when the window grows on from its last block. */
  static final int CHUNK = 8;

  /** Blocks classified when a window starts again after a value that ran past the last one. */
  static final int FIRST = 2;

  /**
   * How far into a message (in octets from its start) the parser walks the index; past it, lines
   * are walked by scans. Classifying a block into both bitmaps costs more than one scan step, so
   * the index pays where several lines share a block, and the head of an ordinary request fits
   * here; the long lines of very large heads are cheaper to scan.
   */
  static final int SPAN = 2048;

  private final ByteScanner classifier;
  private final long[] name = new long[RING];
  private final long[] ctl = new long[RING];
  private byte[] a;
  private int base;

  /** Buffer index of the end of the input the bitmaps were built for. */
  private int end;

  /** The blocks {@code [lo, hi)} are classified (and {@code hi - lo <= RING}). */
  private int lo;

  private int hi;

  /** Blocks in a message's first window (see {@link #reset(int)}). */
  private int opening = CHUNK;

  StructuralIndex(ByteScanner classifier) {
    this.classifier = classifier;
  }

  /** Forgets every block: a new message begins. */
  void reset() {
    lo = 0;
    hi = 0;
    end = 0;
    a = null;
  }

  /**
   * Forgets the last message, whose head took {@code headOctets}, and sizes the next message's
   * first window to it: one block more than such a head spans, at least {@value #FIRST} and at most
   * {@value #CHUNK}. Requests on one connection are alike, so the window usually holds the next
   * head without classifying what follows it (a body, the next pipelined request), and a larger
   * head is not split over several small windows.
   */
  void reset(int headOctets) {
    opening = Math.max(FIRST, Math.min(CHUNK, ((headOctets + 63) >> 6) + 1));
    reset();
  }

  /**
   * Sets the input (the array may be a copy of the last one, holding the same octets at the same
   * buffer indices) and its end. A block classified while it held the old end is dropped.
   */
  void input(byte[] array, int arrayBase, int bufferEnd) {
    a = array;
    base = arrayBase;
    if (bufferEnd != end) {
      int whole = end >> 6;
      if (hi > whole) {
        hi = whole;
        if (lo > hi) {
          lo = hi;
        }
      }
      end = bufferEnd;
    }
  }

  /**
   * The first index at or after {@code i} not ALPHA, DIGIT or "-", or the end when there is none.
   */
  int nextName(int i) {
    return next(name, i);
  }

  /** The first index at or after {@code i} not field-content, or the end when there is none. */
  int nextCtl(int i) {
    return next(ctl, i);
  }

  /**
   * As {@link #nextCtl}, but past the classified window the rest is scanned by the scanner instead
   * of being classified: a value longer than the window is one vector scan, as on the scan-based
   * walk, and the next line starts a new window.
   */
  int valueEnd(int i) {
    int k = i >> 6;
    long w = word(ctl, k) & (-1L << i);
    while (w == 0) {
      if (++k >= hi) {
        return classifier.fieldContent(a, base + (k << 6), base + end) - base;
      }
      w = ctl[k & (RING - 1)];
    }
    return (k << 6) + Long.numberOfTrailingZeros(w);
  }

  /**
   * The first index at or after {@code i} that is not a tchar (the table decides the suspects), or
   * the end when there is none.
   */
  int tokenEnd(int i) {
    int n = next(name, i);
    int[] table = HttpTokens.CLASS;
    byte[] a = this.a;
    int b = base;
    int e = end;
    while (n < e && (table[a[b + n] & 0xFF] & HttpTokens.TCHAR) != 0) {
      n = next(name, n + 1);
    }
    return n;
  }

  private int next(long[] map, int i) {
    int k = i >> 6;
    long w = word(map, k) & (-1L << i);
    while (w == 0) {
      w = word(map, ++k);
    }
    return (k << 6) + Long.numberOfTrailingZeros(w);
  }

  private long word(long[] map, int k) {
    if (k >= hi || k < lo) {
      fill(k);
    }
    return map[k & (RING - 1)];
  }

  private void fill(int k) {
    int chunk = hi == 0 ? opening : CHUNK; // a message's first window, or one more
    if (k < lo || k > hi) {
      if (hi != 0) {
        chunk = FIRST; // a window after a long value
      }
      lo = k;
    }
    int n = Math.max(1, Math.min(chunk, ((end + 63) >> 6) - k));
    classifier.classify(a, base, k, n, end, name, ctl);
    hi = k + n;
    if (hi - lo > RING) {
      lo = hi - RING;
    }
  }

  /**
   * The bitmaps of block {@code k} octet by octet, for input too short for one vector in an array
   * without room for one past it; bits at or past {@code end} are set. Returns {@code name} and
   * stores {@code ctl} at {@code ctlOut[slot]}.
   */
  static long scalarBlock(byte[] a, int base, int k, int end, long[] ctlOut, int slot) {
    int w = k << 6;
    int have = Math.max(0, Math.min(64, end - w));
    long stops = have == 64 ? 0 : -1L << have;
    long n = stops;
    long c = stops;
    int[] table = HttpTokens.CLASS;
    for (int j = 0; j < have; j++) {
      int b = a[base + w + j] & 0xFF;
      boolean alnumDash = (table[b] & (HttpTokens.ALPHA | HttpTokens.DIGIT)) != 0 || b == '-';
      if (!alnumDash) {
        n |= 1L << j;
      }
      if ((table[b] & HttpTokens.FIELD_CONTENT) == 0) {
        c |= 1L << j;
      }
    }
    ctlOut[slot] = c;
    return n;
  }
}
