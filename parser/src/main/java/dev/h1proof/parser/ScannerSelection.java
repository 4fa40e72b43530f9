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
 * jdk.incubator.vector} module is readable, the JDK is at least {@value #VECTOR_MIN_FEATURE} (on
 * older JDKs the incubating API measured slower than SWAR) and the preferred species has at least
 * 256 bits; else SWAR. The vector classes are loaded reflectively, only in the first case, so a JVM
 * without {@code --add-modules jdk.incubator.vector} never links against them.
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
    System.getLogger("dev.h1proof.parser")
        .log(
            System.Logger.Level.DEBUG, "h1proof parser: " + DEFAULT.name() + " scanner; " + why[0]);
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
