package dev.h1proof.parser;

/**
 * The hot loops of the head parser: heap input goes to the {@link ByteScanner} of the chosen path
 * (vector, SWAR or scalar) with array indices; a direct or read-only buffer to the same path's
 * {@link BufferScanner} with buffer indices. On a path that classifies blocks (the vector paths),
 * the one-pass loops for the request-line and for ordinary field lines walk the {@link
 * StructuralIndex} of heap input instead.
 */
abstract class HeadScanning extends HeadParserState {

  /** The structural index, or null when the scanning path has none. */
  private final StructuralIndex index;

  /**
   * The fewest octets an array must hold from its base for the index to be used: one block where
   * the path classifies such an array octet by octet ({@link ByteScanner#classifiesShortArrays}).
   */
  private final int indexFrom;

  HeadScanning(ParserConfig config, ByteScanner scanner) {
    super(config, scanner);
    this.index = scanner.classifies() ? new StructuralIndex(scanner) : null;
    this.indexFrom = scanner.classifiesShortArrays() ? 0 : 64;
  }

  /**
   * The structural index over the current heap input, brought up to its end; null on a path without
   * one or for a direct buffer. Only loops that check the octet at each index it answers may use
   * it: a leniency may have written SP over an octet since it was classified, which leaves a bit
   * set for an octet that no longer stops anything.
   */
  final StructuralIndex index() {
    StructuralIndex x = index;
    byte[] a = in.array;
    if (x == null || a == null || a.length - in.base < indexFrom) {
      return null;
    }
    x.input(a, in.base, end);
    return x;
  }

  /**
   * Forgets the index of the last message.
   *
   * @param lastHead the octets of the last message's head, when it completed; 0 otherwise
   */
  final void resetIndex(int lastHead) {
    if (index != null) {
      if (lastHead > 0) {
        index.reset(lastHead);
      } else {
        index.reset();
      }
    }
  }

  // Heap input goes to the scanner with array indices; a buffer without array to its twin.

  /** Returns the first index in {@code [i, e)} that is not a target octet (pchar, "/", "?"). */
  int scanTarget(int i, int e) {
    byte[] a = in.array;
    if (a != null) {
      int base = in.base;
      return scanner.target(a, base + i, base + e) - base;
    }
    return scanner.buffers().target(in, i, e);
  }

  /** Returns the first index in {@code [i, e)} that is not a tchar. */
  int scanToken(int i, int e) {
    byte[] a = in.array;
    if (a != null) {
      int base = in.base;
      return scanner.token(a, base + i, base + e) - base;
    }
    return scanner.buffers().token(in, i, e);
  }

  /** Returns the first index in {@code [i, e)} that is not field-content (VCHAR, obs-text, WS). */
  int scanFieldContent(int i, int e) {
    byte[] a = in.array;
    if (a != null) {
      int base = in.base;
      return scanner.fieldContent(a, base + i, base + e) - base;
    }
    return scanner.buffers().fieldContent(in, i, e);
  }

  /** Returns the first index in {@code [i, e)} holding CR or LF, or {@code e}. */
  int scanCrLf(int i, int e) {
    byte[] a = in.array;
    if (a != null) {
      int base = in.base;
      return scanner.crLf(a, base + i, base + e) - base;
    }
    return scanner.buffers().crLf(in, i, e);
  }

  /** Returns the first index in {@code [i, e)} holding LF, or {@code e}. */
  int scanLineEnd(int i, int e) {
    while (i < e && in.at(i) != '\n') {
      i++;
    }
    return i;
  }

  static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  final boolean isLineWs(byte b) {
    return HttpTokens.is(b, HttpTokens.REQUEST_LINE_WS);
  }
}
