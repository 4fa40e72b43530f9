package dev.h1proof.parser;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The caller's bytes, heap array or direct buffer, read and (for the write-in-place leniencies)
 * written by absolute index without copying.
 */
final class Input {
  /** The heap array, or null for a direct buffer; read by the parser's hot loops directly. */
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

  void set(byte[] array) {
    this.array = array;
    this.base = 0;
    this.buffer = null;
  }

  void set(ByteBuffer buffer) {
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

  void clear() {
    array = null;
    buffer = null;
    source = null;
    sourceOf = null;
  }

  byte at(int i) {
    byte[] a = array;
    return a != null ? a[base + i] : buffer.get(i);
  }

  void put(int i, byte b) {
    if (array != null) {
      array[base + i] = b;
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
