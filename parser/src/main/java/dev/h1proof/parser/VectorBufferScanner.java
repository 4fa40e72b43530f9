package dev.h1proof.parser;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link VectorScanner}'s loops over a {@link ByteBuffer} without an accessible array: the same
 * range compares and suspects, on vectors loaded from the buffer.
 *
 * <p>The load differs between JDKs, and the parser is compiled once, on JDK 17, for all of them:
 * JDK 17 and 18 have {@code ByteVector.fromByteBuffer}; from JDK 19 on it is gone, and a buffer is
 * loaded through {@code ByteVector.fromMemorySegment} of {@code MemorySegment.ofBuffer}. Neither
 * can be named in source that compiles on both, so each twin finds its load once, at class
 * initialisation, as a constant {@link MethodHandle} that C2 inlines like a direct call. When
 * neither is there, {@link #create} returns null and the SWAR twin serves the vector path's
 * buffers.
 *
 * <p>Two things keep this path at 0 B per request (measured on JDK 25, 256- and 512-bit): the
 * segment is made once per buffer, out of line, and kept in the parser's {@link Input} (made per
 * scan, it was not scalar-replaced at every call site, since its session's constructor was not
 * always inlined); and the load is written out in each loop rather than in a helper returning the
 * vector (such a helper was not always inlined, "callee uses too much stack", and then every vector
 * operation fell back to arrays, about 300 B per request on {@code mix}).
 *
 * <p>Loaded only reflectively, by {@link BufferScanner#vector}, when the incubator module is
 * readable.
 */
abstract class VectorBufferScanner extends BufferScanner {

  /** The twin for {@code bits} (256 or 512), or null when this JDK offers no load from a buffer. */
  static BufferScanner create(int bits) {
    if (bits >= 512) {
      return Vector512.LOAD != null ? new Vector512() : null;
    }
    return Vector256.LOAD != null ? new Vector256() : null;
  }

  /** Whether the loads take a segment of the buffer rather than the buffer itself. */
  static final boolean SEGMENT;

  /** {@code (ByteBuffer) -> Object}: what the loads read from, once per scan. */
  static final MethodHandle SOURCE;

  static {
    MethodHandle source = null;
    boolean segment = false;
    MethodHandles.Lookup l = MethodHandles.lookup();
    try {
      l.findStatic(
          ByteVector.class,
          "fromByteBuffer",
          MethodType.methodType(
              ByteVector.class, VectorSpecies.class, ByteBuffer.class, int.class, ByteOrder.class));
      source =
          MethodHandles.identity(ByteBuffer.class)
              .asType(MethodType.methodType(Object.class, ByteBuffer.class));
    } catch (ReflectiveOperationException | RuntimeException e) {
      try {
        Class<?> ms = Class.forName("java.lang.foreign.MemorySegment");
        source =
            l.findStatic(ms, "ofBuffer", MethodType.methodType(ms, Buffer.class))
                .asType(MethodType.methodType(Object.class, ByteBuffer.class));
        segment = true;
      } catch (ReflectiveOperationException | RuntimeException | LinkageError e2) {
        source = null;
      }
    }
    SOURCE = source;
    SEGMENT = segment;
  }

  /**
   * {@code (Object source, long offset) -> ByteVector} for species {@code s}, little-endian (the
   * order does not matter for bytes), or null.
   */
  static MethodHandle loader(VectorSpecies<Byte> s) {
    if (SOURCE == null) {
      return null;
    }
    try {
      MethodHandles.Lookup l = MethodHandles.lookup();
      MethodHandle h;
      if (SEGMENT) {
        Class<?> ms = Class.forName("java.lang.foreign.MemorySegment");
        h =
            l.findStatic(
                ByteVector.class,
                "fromMemorySegment",
                MethodType.methodType(
                    ByteVector.class, VectorSpecies.class, ms, long.class, ByteOrder.class));
      } else {
        h =
            l.findStatic(
                ByteVector.class,
                "fromByteBuffer",
                MethodType.methodType(
                    ByteVector.class,
                    VectorSpecies.class,
                    ByteBuffer.class,
                    int.class,
                    ByteOrder.class));
      }
      h = MethodHandles.insertArguments(h, 3, ByteOrder.LITTLE_ENDIAN);
      h = MethodHandles.insertArguments(h, 0, s);
      return MethodHandles.explicitCastArguments(
          h, MethodType.methodType(ByteVector.class, Object.class, long.class));
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return null;
    }
  }

  /**
   * What the loads of a scan of {@code in}'s buffer read from, at absolute indices: the buffer
   * itself on JDK 17 and 18; from JDK 19 on, a segment of the whole buffer (a duplicate with
   * position 0 and limit at capacity, so that segment offsets are buffer indices), made on the
   * first scan of a buffer and kept in the {@link Input} for the next calls with the same buffer.
   */
  static Object source(Input in) {
    ByteBuffer b = in.buffer;
    return !SEGMENT ? b : in.sourceOf == b ? in.source : newSource(in);
  }

  /** Makes and keeps the segment of {@code in}'s buffer; out of line, once per buffer. */
  private static Object newSource(Input in) {
    ByteBuffer b = in.buffer;
    Object segment;
    try {
      segment = (Object) SOURCE.invokeExact(b.duplicate().clear());
    } catch (Throwable t) {
      throw rethrow(t);
    }
    in.source = segment;
    in.sourceOf = b;
    return segment;
  }

  static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException) {
      throw (RuntimeException) t;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    throw new IllegalStateException(t);
  }

  // Range tests are written out where they are used, for the reason given in VectorScanner.

  /** The first suspect lane of the block at {@code w} that the table puts outside {@code cls}. */
  private static int firstOutside(ByteBuffer b, int w, long suspects, int cls) {
    int[] table = HttpTokens.CLASS;
    while (suspects != 0) {
      int j = w + Long.numberOfTrailingZeros(suspects);
      if ((table[b.get(j) & 0xFF] & cls) == 0) {
        return j;
      }
      suspects &= suspects - 1;
    }
    return -1;
  }

  /**
   * 256-bit vectors; a twin of {@link Vector512} line for line but for the species, which must be a
   * static constant for C2 to intrinsify the operations (see {@link VectorScanner.Vector256}).
   */
  static final class Vector256 extends VectorBufferScanner {
    private static final VectorSpecies<Byte> S = ByteVector.SPECIES_256;
    private static final int STEP = 32;
    static final MethodHandle LOAD = loader(S);

    @Override
    int token(Input in, int i, int e) {
      ByteBuffer b = in.buffer;
      int last = e - STEP;
      if (last < 0) {
        return scan(b, i, e, HttpTokens.TCHAR);
      }
      Object src = source(in);
      while (i < e) {
        int w = Math.min(i, last);
        ByteVector v;
        try {
          v = (ByteVector) LOAD.invokeExact(src, (long) w);
        } catch (Throwable t) {
          throw rethrow(t);
        }
        long suspects =
            v.or((byte) 0x20)
                    .sub((byte) ('a' + 128))
                    .compare(VectorOperators.LT, (byte) (26 - 128))
                    .or(v.sub((byte) ('0' + 128)).compare(VectorOperators.LT, (byte) (10 - 128)))
                    .or(v.compare(VectorOperators.EQ, '-'))
                    .not()
                    .toLong()
                & (-1L << (i - w));
        if (suspects != 0) {
          int j = firstOutside(b, w, suspects, HttpTokens.TCHAR);
          if (j >= 0) {
            return j;
          }
        }
        i = w + STEP;
      }
      return e;
    }

    @Override
    int fieldContent(Input in, int i, int e) {
      ByteBuffer b = in.buffer;
      int last = e - STEP;
      if (last < 0) {
        return scan(b, i, e, HttpTokens.FIELD_CONTENT);
      }
      Object src = source(in);
      while (i < e) {
        int w = Math.min(i, last);
        ByteVector v;
        try {
          v = (ByteVector) LOAD.invokeExact(src, (long) w);
        } catch (Throwable t) {
          throw rethrow(t);
        }
        long outside =
            v.sub((byte) (0 + 128))
                    .compare(VectorOperators.LT, (byte) (0x20 - 128))
                    .andNot(v.compare(VectorOperators.EQ, '\t'))
                    .or(v.compare(VectorOperators.EQ, (byte) 0x7F))
                    .toLong()
                & (-1L << (i - w));
        if (outside != 0) {
          return w + Long.numberOfTrailingZeros(outside);
        }
        i = w + STEP;
      }
      return e;
    }

    @Override
    int target(Input in, int i, int e) {
      ByteBuffer b = in.buffer;
      int last = e - STEP;
      if (last < 0) {
        return scan(b, i, e, HttpTokens.TARGET);
      }
      Object src = source(in);
      while (i < e) {
        int w = Math.min(i, last);
        ByteVector v;
        try {
          v = (ByteVector) LOAD.invokeExact(src, (long) w);
        } catch (Throwable t) {
          throw rethrow(t);
        }
        long suspects =
            v.sub((byte) ('&' + 128))
                    .compare(VectorOperators.LT, (byte) (';' - '&' + 1 - 128))
                    .or(
                        v.sub((byte) ('?' + 128))
                            .compare(VectorOperators.LT, (byte) ('Z' - '?' + 1 - 128)))
                    .or(v.sub((byte) ('a' + 128)).compare(VectorOperators.LT, (byte) (26 - 128)))
                    .or(v.compare(VectorOperators.EQ, '_'))
                    .or(v.compare(VectorOperators.EQ, '='))
                    .or(v.compare(VectorOperators.EQ, '~'))
                    .not()
                    .toLong()
                & (-1L << (i - w));
        if (suspects != 0) {
          int j = firstOutside(b, w, suspects, HttpTokens.TARGET);
          if (j >= 0) {
            return j;
          }
        }
        i = w + STEP;
      }
      return e;
    }

    @Override
    int crLf(Input in, int i, int e) {
      ByteBuffer b = in.buffer;
      int last = e - STEP;
      if (last < 0) {
        return scanCrLf(b, i, e);
      }
      Object src = source(in);
      while (i < e) {
        int w = Math.min(i, last);
        ByteVector v;
        try {
          v = (ByteVector) LOAD.invokeExact(src, (long) w);
        } catch (Throwable t) {
          throw rethrow(t);
        }
        long hits =
            v.compare(VectorOperators.EQ, '\r').or(v.compare(VectorOperators.EQ, '\n')).toLong()
                & (-1L << (i - w));
        if (hits != 0) {
          return w + Long.numberOfTrailingZeros(hits);
        }
        i = w + STEP;
      }
      return e;
    }

    @Override
    String name() {
      return "vector256";
    }
  }

  /**
   * 512-bit vectors; a twin of {@link Vector256} line for line but for the species, which must be a
   * static constant for C2 to intrinsify the operations (see {@link VectorScanner.Vector512}).
   */
  static final class Vector512 extends VectorBufferScanner {
    private static final VectorSpecies<Byte> S = ByteVector.SPECIES_512;
    private static final int STEP = 64;
    static final MethodHandle LOAD = loader(S);

    @Override
    int token(Input in, int i, int e) {
      ByteBuffer b = in.buffer;
      int last = e - STEP;
      if (last < 0) {
        return scan(b, i, e, HttpTokens.TCHAR);
      }
      Object src = source(in);
      while (i < e) {
        int w = Math.min(i, last);
        ByteVector v;
        try {
          v = (ByteVector) LOAD.invokeExact(src, (long) w);
        } catch (Throwable t) {
          throw rethrow(t);
        }
        long suspects =
            v.or((byte) 0x20)
                    .sub((byte) ('a' + 128))
                    .compare(VectorOperators.LT, (byte) (26 - 128))
                    .or(v.sub((byte) ('0' + 128)).compare(VectorOperators.LT, (byte) (10 - 128)))
                    .or(v.compare(VectorOperators.EQ, '-'))
                    .not()
                    .toLong()
                & (-1L << (i - w));
        if (suspects != 0) {
          int j = firstOutside(b, w, suspects, HttpTokens.TCHAR);
          if (j >= 0) {
            return j;
          }
        }
        i = w + STEP;
      }
      return e;
    }

    @Override
    int fieldContent(Input in, int i, int e) {
      ByteBuffer b = in.buffer;
      int last = e - STEP;
      if (last < 0) {
        return scan(b, i, e, HttpTokens.FIELD_CONTENT);
      }
      Object src = source(in);
      while (i < e) {
        int w = Math.min(i, last);
        ByteVector v;
        try {
          v = (ByteVector) LOAD.invokeExact(src, (long) w);
        } catch (Throwable t) {
          throw rethrow(t);
        }
        long outside =
            v.sub((byte) (0 + 128))
                    .compare(VectorOperators.LT, (byte) (0x20 - 128))
                    .andNot(v.compare(VectorOperators.EQ, '\t'))
                    .or(v.compare(VectorOperators.EQ, (byte) 0x7F))
                    .toLong()
                & (-1L << (i - w));
        if (outside != 0) {
          return w + Long.numberOfTrailingZeros(outside);
        }
        i = w + STEP;
      }
      return e;
    }

    @Override
    int target(Input in, int i, int e) {
      ByteBuffer b = in.buffer;
      int last = e - STEP;
      if (last < 0) {
        return scan(b, i, e, HttpTokens.TARGET);
      }
      Object src = source(in);
      while (i < e) {
        int w = Math.min(i, last);
        ByteVector v;
        try {
          v = (ByteVector) LOAD.invokeExact(src, (long) w);
        } catch (Throwable t) {
          throw rethrow(t);
        }
        long suspects =
            v.sub((byte) ('&' + 128))
                    .compare(VectorOperators.LT, (byte) (';' - '&' + 1 - 128))
                    .or(
                        v.sub((byte) ('?' + 128))
                            .compare(VectorOperators.LT, (byte) ('Z' - '?' + 1 - 128)))
                    .or(v.sub((byte) ('a' + 128)).compare(VectorOperators.LT, (byte) (26 - 128)))
                    .or(v.compare(VectorOperators.EQ, '_'))
                    .or(v.compare(VectorOperators.EQ, '='))
                    .or(v.compare(VectorOperators.EQ, '~'))
                    .not()
                    .toLong()
                & (-1L << (i - w));
        if (suspects != 0) {
          int j = firstOutside(b, w, suspects, HttpTokens.TARGET);
          if (j >= 0) {
            return j;
          }
        }
        i = w + STEP;
      }
      return e;
    }

    @Override
    int crLf(Input in, int i, int e) {
      ByteBuffer b = in.buffer;
      int last = e - STEP;
      if (last < 0) {
        return scanCrLf(b, i, e);
      }
      Object src = source(in);
      while (i < e) {
        int w = Math.min(i, last);
        ByteVector v;
        try {
          v = (ByteVector) LOAD.invokeExact(src, (long) w);
        } catch (Throwable t) {
          throw rethrow(t);
        }
        long hits =
            v.compare(VectorOperators.EQ, '\r').or(v.compare(VectorOperators.EQ, '\n')).toLong()
                & (-1L << (i - w));
        if (hits != 0) {
          return w + Long.numberOfTrailingZeros(hits);
        }
        i = w + STEP;
      }
      return e;
    }

    @Override
    String name() {
      return "vector512";
    }
  }
}
