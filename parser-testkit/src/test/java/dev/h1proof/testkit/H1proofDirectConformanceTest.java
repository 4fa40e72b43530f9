package dev.h1proof.testkit;

/**
 * h1proof's strict parser through the kit from a direct buffer: every applicable scenario, fed
 * whole, byte by byte and split at every offset, must be judged as from an array (every rule
 * enforced). Run with {@code -Dh1proof.simd=scalar|swar|vector256|vector512} (and {@code
 * -DargLine="--add-modules jdk.incubator.vector"} for the vector paths) to cover a forced path.
 */
class H1proofDirectConformanceTest extends ParserConformanceTest {
  @Override
  protected ParserUnderTest parser() {
    return new H1proofDirectParser();
  }
}
