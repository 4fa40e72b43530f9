package dev.h1proof.strictness;

import dev.h1proof.testkit.H1proofParser;
import dev.h1proof.testkit.ParserConformanceTest;
import dev.h1proof.testkit.ParserUnderTest;
import java.util.Set;
import org.junit.jupiter.api.Nested;

/**
 * The kit on the five parsers, each expected to break exactly the rules reports/parsers.json says
 * it does not enforce: a parser upgrade, an adapter change or a rulebook change that moves a rule
 * fails here until the report is regenerated ({@code mvn -B -pl parser-strictness -am
 * process-classes -Pparsers-report}).
 */
class PeerConformanceTest {

  abstract static class Published extends ParserConformanceTest {
    @Override
    protected Set<String> knownViolations() {
      return dev.h1proof.strictness.Published.notEnforced(parser().name());
    }
  }

  @Nested
  class H1proof extends Published {
    @Override
    protected ParserUnderTest parser() {
      return new H1proofParser();
    }
  }

  @Nested
  class Netty extends Published {
    @Override
    protected ParserUnderTest parser() {
      return new NettyParser();
    }
  }

  @Nested
  class Jetty extends Published {
    @Override
    protected ParserUnderTest parser() {
      return new JettyParser();
    }
  }

  @Nested
  class Undertow extends Published {
    @Override
    protected ParserUnderTest parser() {
      return new UndertowParser();
    }
  }

  @Nested
  class Tomcat extends Published {
    @Override
    protected ParserUnderTest parser() {
      return new TomcatParser();
    }
  }
}
