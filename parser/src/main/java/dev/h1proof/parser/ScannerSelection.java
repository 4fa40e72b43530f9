package dev.h1proof.parser;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;

/**
 * Chooses the {@link ByteScanner} once, at class initialisation, and says so in one log line.
 *
 * <p>The rule: {@code -Dh1proof.simd=vector512|vector256|swar|scalar} forces a path (a vector path
 * that is unavailable falls back to SWAR). Otherwise the vector path is used when the {@code
 * jdk.incubator.vector} module is readable, the JDK is at least {@value #VECTOR_MIN_FEATURE} and
 * the preferred species has at least 256 bits; else SWAR. The vector classes are loaded
 * reflectively, only in the first case, so a JVM without {@code --add-modules jdk.incubator.vector}
 * never links against them. Buffers without an accessible array take the chosen path's {@link
 * BufferScanner} twin.
 *
 * <p>Why (issue #16; on a 2-vCPU AMD EPYC with AVX2, see {@code benchmarks/README.md} for the runs
 * and the commands that repeat them):
 *
 * <ul>
 *   <li>Not the vector path before JDK 21: on JDK 17 the incubating API is not fully intrinsified;
 *       it allocates (up to 150 KB per {@code mix} operation) and was 1.2 to 2 times slower than
 *       SWAR in a quiet run.
 *   <li>SWAR rather than the table loop: the first SWAR version lost to the table loop on every
 *       input on JDK 17 in a quiet run, because C2 would not inline its shared word loop. With one
 *       inlined loop per class and cheaper masks ({@link SwarScanner}), it came out ahead of the
 *       table loop on every corpus input, on JDK 17 and 25, in alternating runs on a loaded machine
 *       (short requests by 4 to 30%, {@code large-headers-16k} by about half); the quiet JMH run is
 *       to confirm it.
 *   <li>The vector path rather than SWAR on JDK 21+: in the same runs it was ahead on long fields
 *       ({@code large-headers-16k}, {@code mix}) and level with SWAR, within the noise, on short
 *       requests. No input showed a clear loss, so no length threshold is applied.
 *   <li>Scalar is never chosen: it is the oracle the other paths are tested against.
 * </ul>
 */
final class ScannerSelection {

  /** The system property that forces a path. */
  static final String PROPERTY = "h1proof.simd";

  /** The oldest JDK feature release on which the vector path is chosen by default. */
  static final int VECTOR_MIN_FEATURE = 21;

  private static final String VECTOR_MODULE = "jdk.incubator.vector";

  /** The scanner every {@link RequestParser} uses unless a test passes its own. */
  static final ByteScanner DEFAULT;

  static {
    String[] why = new String[1];
    DEFAULT = select(System.getProperty(PROPERTY), why);
    String buffers = DEFAULT.buffers().name();
    String note =
        buffers.equals(DEFAULT.name())
            ? ""
            : "; buffers without an array: " + buffers + " (this JDK has no vector load from one)";
    System.getLogger("dev.h1proof.parser")
        .log(
            System.Logger.Level.DEBUG,
            "h1proof parser: " + DEFAULT.name() + " scanner; " + why[0] + note);
  }

  private ScannerSelection() {}

  static ByteScanner select(String forced, String[] why) {
    String f = forced == null ? "" : forced.trim();
    switch (f) {
      case "scalar":
        why[0] = "forced by -D" + PROPERTY;
        return ScalarScanner.INSTANCE;
      case "swar":
        why[0] = "forced by -D" + PROPERTY;
        return SwarScanner.INSTANCE;
      case "vector256":
      case "vector512":
        {
          ByteScanner v = vector(f.equals("vector512") ? 512 : 256);
          if (v != null) {
            why[0] = "forced by -D" + PROPERTY;
            return v;
          }
          why[0] = f + " was requested but " + enableHint();
          return SwarScanner.INSTANCE;
        }
      default:
        break;
    }
    String prefix = f.isEmpty() ? "" : "unknown -D" + PROPERTY + "=" + f + " ignored; ";
    int feature = Runtime.version().feature();
    if (!vectorModule().isPresent()) {
      why[0] = prefix + enableHint();
      return SwarScanner.INSTANCE;
    }
    if (feature < VECTOR_MIN_FEATURE) {
      why[0] =
          prefix
              + "the Vector API is slower than SWAR on JDK "
              + feature
              + " (vector path by default from JDK "
              + VECTOR_MIN_FEATURE
              + "; -D"
              + PROPERTY
              + "=vector256 forces it)";
      return SwarScanner.INSTANCE;
    }
    ByteScanner v = vector(0);
    if (v == null) {
      why[0] = prefix + "the preferred vector species is narrower than 256 bits";
      return SwarScanner.INSTANCE;
    }
    why[0] = prefix + "jdk.incubator.vector is enabled";
    return v;
  }

  private static String enableHint() {
    return "the vector path needs the incubator module: run with --add-modules " + VECTOR_MODULE;
  }

  private static Optional<Module> vectorModule() {
    Optional<Module> m = ModuleLayer.boot().findModule(VECTOR_MODULE);
    if (m.isPresent()) {
      Module self = ScannerSelection.class.getModule();
      if (!self.canRead(m.get())) {
        self.addReads(m.get());
      }
    }
    return m;
  }

  /** Loads the vector implementation for {@code bits} (0: preferred), or returns null. */
  static ByteScanner vector(int bits) {
    if (!vectorModule().isPresent()) {
      return null;
    }
    try {
      Class<?> c =
          Class.forName(
              "dev.h1proof.parser.VectorScanner", true, ScannerSelection.class.getClassLoader());
      MethodHandle create =
          MethodHandles.lookup()
              .findStatic(c, "create", MethodType.methodType(ByteScanner.class, int.class));
      return (ByteScanner) create.invoke(bits);
    } catch (Throwable t) {
      return null;
    }
  }
}
