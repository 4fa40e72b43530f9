package dev.h1proof.testkit;

/** h1proof's own strict parser through the kit: it enforces every applicable rule. */
class H1proofConformanceTest extends ParserConformanceTest {
  @Override
  protected ParserUnderTest parser() {
    return new H1proofParser();
  }
}
