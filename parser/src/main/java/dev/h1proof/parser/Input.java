package dev.h1proof.parser;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The caller's bytes, heap array or direct buffer, read and (for the write-in-place leniencies)
 * written by absolute index. A heap array is read where it is; a buffer without accessible array is
 * read either in place, through a {@link BufferScanner}, or through the stage: a copy of the
 * message's octets in an array of this object's, made as they arrive (see {@link #stage}).
 */
final class Input {
  /** The largest stage, in octets of one message; past it a message is read in place. */
  static final int STAGE_MAX = 16 * 1024;

  /**
   * Octets of the stage past the last one copied: {@link StructuralIndex} reads the block holding
   * the end whole when the array has room for it, and marks what lies past the end itself.
   */
  private static final int ROOM = 64;

  /**
   * The heap array (the caller's, or the stage), or null for a buffer read in place; read by the
   * parser's hot loops directly.
   */
  byte[] array;

  /** The array index of buffer index 0. */
  int base;

  /**
   * The buffer when it has no accessible array (direct or read-only), else null; read by the
   * parser's hot loops through a {@link BufferScanner}.
   */
  ByteBuffer buffer;

  /**
   * What {@code VectorBufferScanner} loads from for {@link #sourceOf}, kept across calls so that a
   * parser reading the same buffer again allocates nothing: a segment of the whole buffer on JDKs
   * that load vectors from segments. Managed by that class only.
   */
  Object source;

  /** The buffer {@link #source} was made for, or null. */
  ByteBuffer sourceOf;

  /** The caller's buffer while {@link #array} is the stage, so that writes reach it; else null. */
  private ByteBuffer mirror;

  /** The stage; empty until the first buffer is staged, then as large as the largest head. */
  private byte[] stage = new byte[0];

  void set(byte[] array) {
    this.array = array;
    this.base = 0;
    this.buffer = null;
    this.mirror = null;
  }

  void set(ByteBuffer buffer) {
    this.mirror = null;
    if (buffer.hasArray()) {
      this.array = buffer.array();
      this.base = buffer.arrayOffset();
      this.buffer = null;
    } else {
      this.array = null;
      this.base = 0;
      this.buffer = buffer;
    }
  }

  /**
   * Copies the octets {@code [from, to)} of a buffer without accessible array into the stage and
   * reads the buffer through it from now on: {@link #array} is the stage, which holds buffer index
   * {@code i} at {@code i - (start & ~63)}, so the structural index's blocks fall where they fall
   * in the buffer. The octets {@code [start, from)} must have been staged by the calls before, for
   * the same message; none before {@code start} is ever read from the buffer. The caller keeps
   * {@code to - start} within {@link #STAGE_MAX}.
   *
   * <p>Why: the parser's fast paths (the structural index, the request-line and field-line walks)
   * read arrays. Read in place, a buffer is scanned by the {@link BufferScanner} twins, but every
   * other octet is a bounds-checked {@code get} call, and a request took about twice as long as
   * from an array; with the copy it takes 0.97 to 1.26 times as long ({@code
   * benchmarks/RESULTS.md}, round 7).
   */
  void stage(ByteBuffer buf, int start, int from, int to) {
    int origin = start & ~63;
    byte[] s = stage;
    if (to - origin + ROOM > s.length) {
      int need = to - origin + ROOM;
      int size =
          Math.min(STAGE_MAX + 64 + ROOM, Math.max(1024, Integer.highestOneBit(need - 1) << 1));
      byte[] grown = new byte[size];
      if (from > start) {
        System.arraycopy(s, start - origin, grown, start - origin, from - start);
      }
      stage = s = grown;
    }
    buf.get(from, s, from - origin, to - from);
    array = s;
    base = -origin;
    buffer = null;
    mirror = buf;
  }

  byte at(int i) {
    byte[] a = array;
    return a != null ? a[base + i] : buffer.get(i);
  }

  void put(int i, byte b) {
    if (array != null) {
      array[base + i] = b;
      if (mirror != null) {
        mirror.put(i, b);
      }
    } else {
      buffer.put(i, b);
    }
  }

  String string(int start, int length) {
    if (array != null) {
      return new String(array, base + start, length, StandardCharsets.ISO_8859_1);
    }
    char[] chars = new char[length];
    for (int k = 0; k < length; k++) {
      chars[k] = (char) (buffer.get(start + k) & 0xFF);
    }
    return new String(chars);
  }

  /** Compares {@code [start, start + length)} with an ASCII name, ignoring ASCII case. */
  boolean equalsIgnoreCase(int start, int length, String name) {
    if (length != name.length()) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (HttpTokens.lower(at(start + k) & 0xFF) != HttpTokens.lower(name.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Compares {@code [start, start + length)} with an ISO-8859-1 string exactly. */
  boolean equalsExactly(int start, int length, String text) {
    if (length != text.length()) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if ((at(start + k) & 0xFF) != text.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
