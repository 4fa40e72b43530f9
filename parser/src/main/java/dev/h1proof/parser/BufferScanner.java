package dev.h1proof.parser;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The {@link ByteScanner} scans for a {@link ByteBuffer} without an accessible array: a direct
 * buffer (what NIO servers read into) or a read-only heap buffer, {@link Input#buffer}. Indices are
 * absolute buffer indices, and a scan reads only inside {@code [i, e)} or, for its last word or
 * vector, the octets just before {@code e}, never past {@code e} (so never past the buffer's
 * limit). The buffer's position, limit and byte order are left alone.
 *
 * <p>Each {@link ByteScanner} has its twin here ({@link ByteScanner#buffers()}), with the same
 * masks and the same answers: {@link Scalar} reads octet by octet, {@link Swar} reads eight octets
 * at a time through a little-endian {@link MethodHandles#byteBufferViewVarHandle view} (so the
 * buffer's own {@link ByteBuffer#order() order} does not matter), and {@code VectorBufferScanner}
 * loads vectors from the buffer.
 */
abstract class BufferScanner {

  /** Returns the first index in {@code [i, e)} that is not a {@code tchar}, or {@code e}. */
  abstract int token(Input in, int i, int e);

  /** Returns the first index in {@code [i, e)} that is not field-content, or {@code e}. */
  abstract int fieldContent(Input in, int i, int e);

  /** Returns the first index in {@code [i, e)} that is not a target octet, or {@code e}. */
  abstract int target(Input in, int i, int e);

  /** Returns the first index in {@code [i, e)} holding CR or LF, or {@code e}. */
  abstract int crLf(Input in, int i, int e);

  /** The name of the {@link ByteScanner} path this is the twin of. */
  abstract String name();

  /** The twin of the path called {@code name}. */
  static BufferScanner forPath(String name) {
    switch (name) {
      case "scalar":
        return Scalar.INSTANCE;
      case "vector256":
      case "vector512":
        {
          BufferScanner v = vector(name.equals("vector512") ? 512 : 256);
          return v != null ? v : Swar.INSTANCE;
        }
      default:
        return Swar.INSTANCE;
    }
  }

  /**
   * Loads the vector twin for {@code bits}, or returns null (module not readable, or no vector load
   * from a buffer on this JDK): the SWAR twin then serves the vector path's buffers.
   */
  static BufferScanner vector(int bits) {
    if (ScannerSelection.vector(bits) == null) {
      return null;
    }
    try {
      Class<?> c =
          Class.forName(
              "dev.h1proof.parser.VectorBufferScanner", true, BufferScanner.class.getClassLoader());
      MethodHandle create =
          MethodHandles.lookup()
              .findStatic(c, "create", MethodType.methodType(BufferScanner.class, int.class));
      return (BufferScanner) create.invoke(bits);
    } catch (Throwable t) {
      return null;
    }
  }

  /** The first index in {@code [i, e)} whose octet is not in {@code cls}, octet by octet. */
  static int scan(ByteBuffer b, int i, int e, int cls) {
    int[] table = HttpTokens.CLASS;
    while (i < e && (table[b.get(i) & 0xFF] & cls) != 0) {
      i++;
    }
    return i;
  }

  static int scanCrLf(ByteBuffer b, int i, int e) {
    while (i < e) {
      byte c = b.get(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
      i++;
    }
    return e;
  }

  /** The reference: one table lookup per octet. */
  static final class Scalar extends BufferScanner {
    static final Scalar INSTANCE = new Scalar();

    private Scalar() {}

    @Override
    int token(Input in, int i, int e) {
      ByteBuffer b = in.buffer;
      return scan(b, i, e, HttpTokens.TCHAR);
    }

    @Override
    int fieldContent(Input in, int i, int e) {
      ByteBuffer b = in.buffer;
      return scan(b, i, e, HttpTokens.FIELD_CONTENT);
    }

    @Override
    int target(Input in, int i, int e) {
      ByteBuffer b = in.buffer;
      return scan(b, i, e, HttpTokens.TARGET);
    }

    @Override
    int crLf(Input in, int i, int e) {
      ByteBuffer b = in.buffer;
      return scanCrLf(b, i, e);
    }

    @Override
    String name() {
      return "scalar";
    }
  }

  /**
   * {@link SwarScanner}'s loops over a buffer: the same masks on the same little-endian words, read
   * with a byte-buffer view instead of a byte-array view.
   */
  static final class Swar extends BufferScanner {
    static final Swar INSTANCE = new Swar();

    private static final VarHandle LONGS =
        MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Swar() {}

    /** The eight octets at {@code i}, the first in the lowest byte, whatever the buffer's order. */
    static long word(ByteBuffer b, int i) {
      return (long) LONGS.get(b, i);
    }

    private static long from(int i, int w) {
      return -1L << ((i - w) << 3);
    }

    private static int firstOutside(ByteBuffer b, int w, long suspects, int cls) {
      int[] table = HttpTokens.CLASS;
      while (suspects != 0) {
        int j = w + (Long.numberOfTrailingZeros(suspects) >>> 3);
        if ((table[b.get(j) & 0xFF] & cls) == 0) {
          return j;
        }
        suspects &= suspects - 1;
      }
      return -1;
    }

    private static int firstCrLf(ByteBuffer b, int w, long suspects) {
      while (suspects != 0) {
        int j = w + (Long.numberOfTrailingZeros(suspects) >>> 3);
        byte c = b.get(j);
        if (c == '\r' || c == '\n') {
          return j;
        }
        suspects &= suspects - 1;
      }
      return -1;
    }

    @Override
    int token(Input in, int i, int e) {
      ByteBuffer b = in.buffer;
      int stop = Math.min(e, i + ScalarScanner.PROBE);
      int j = scan(b, i, stop, HttpTokens.TCHAR);
      if (j < stop || stop == e) {
        return j;
      }
      for (i = stop; i + 8 <= e; i += 8) {
        long s = SwarScanner.tokenSuspects(word(b, i));
        if (s != 0) {
          j = firstOutside(b, i, s, HttpTokens.TCHAR);
          if (j >= 0) {
            return j;
          }
        }
      }
      if (i >= e) {
        return i;
      }
      int w = e - 8; // >= 0: at least PROBE octets precede e
      j = firstOutside(b, w, SwarScanner.tokenSuspects(word(b, w)) & from(i, w), HttpTokens.TCHAR);
      return j >= 0 ? j : e;
    }

    @Override
    int fieldContent(Input in, int i, int e) {
      ByteBuffer b = in.buffer;
      for (; i + 8 <= e; i += 8) {
        long s = SwarScanner.contentSuspects(word(b, i));
        if (s != 0) {
          int j = firstOutside(b, i, s, HttpTokens.FIELD_CONTENT);
          if (j >= 0) {
            return j;
          }
        }
      }
      if (i >= e) {
        return i;
      }
      int w = e - 8;
      if (w < 0) {
        return scan(b, i, e, HttpTokens.FIELD_CONTENT);
      }
      long s = SwarScanner.contentSuspects(word(b, w)) & from(i, w);
      int j = firstOutside(b, w, s, HttpTokens.FIELD_CONTENT);
      return j >= 0 ? j : e;
    }

    @Override
    int target(Input in, int i, int e) {
      ByteBuffer b = in.buffer;
      for (; i + 8 <= e; i += 8) {
        long s = SwarScanner.targetSuspects(word(b, i));
        if (s != 0) {
          int j = firstOutside(b, i, s, HttpTokens.TARGET);
          if (j >= 0) {
            return j;
          }
        }
      }
      if (i >= e) {
        return i;
      }
      int w = e - 8;
      if (w < 0) {
        return scan(b, i, e, HttpTokens.TARGET);
      }
      long s = SwarScanner.targetSuspects(word(b, w)) & from(i, w);
      int j = firstOutside(b, w, s, HttpTokens.TARGET);
      return j >= 0 ? j : e;
    }

    @Override
    int crLf(Input in, int i, int e) {
      ByteBuffer b = in.buffer;
      for (; i + 8 <= e; i += 8) {
        long s = SwarScanner.crLfSuspects(word(b, i));
        if (s != 0) {
          int j = firstCrLf(b, i, s);
          if (j >= 0) {
            return j;
          }
        }
      }
      if (i >= e) {
        return i;
      }
      int w = e - 8;
      if (w < 0) {
        return scanCrLf(b, i, e);
      }
      int j = firstCrLf(b, w, SwarScanner.crLfSuspects(word(b, w)) & from(i, w));
      return j >= 0 ? j : e;
    }

    @Override
    String name() {
      return "swar";
    }
  }
}
