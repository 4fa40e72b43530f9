package example.toy;

import dev.h1proof.testkit.ParserConformanceTest;
import dev.h1proof.testkit.ParserUnderTest;
import java.util.Set;

/**
 * The h1proof rulebook on the toy parser. The list below is exactly the rules it breaks: the kit
 * fails this test if the parser breaks one more, or stops breaking one of them.
 */
class ToyParserConformanceTest extends ParserConformanceTest {
  @Override
  protected ParserUnderTest parser() {
    return new ToyParserAdapter();
  }

  @Override
  protected Set<String> knownViolations() {
    return Set.of(
        "RFC9110-4.2.1-http-URI-with-empty-host",
        "RFC9110-5.5-NUL-in-field-value",
        "RFC9112-2.2-bare-CR-in-field-line",
        "RFC9112-2.2-bare-CR-in-request-line",
        "RFC9112-2.2-no-processing-after-framing-error",
        "RFC9112-3.2-Host-comma-list",
        "RFC9112-3.2-Host-duplicate",
        "RFC9112-3.2-Host-duplicate-HTTP10",
        "RFC9112-3.2-Host-invalid-IP-literal",
        "RFC9112-3.2-Host-invalid-characters",
        "RFC9112-3.2-Host-invalid-port",
        "RFC9112-3.2-Host-missing-HTTP11",
        "RFC9112-3.2-Host-with-path-query-fragment",
        "RFC9112-3.2-Host-with-userinfo",
        "RFC9112-5-field-name-not-a-token",
        "RFC9112-5.1-whitespace-before-colon",
        "RFC9112-5.2-obs-fold",
        "RFC9112-5.2-obs-fold-in-framing-field",
        "RFC9112-6.1-TE-and-CL-together",
        "RFC9112-6.1-TE-chunked-twice",
        "RFC9112-6.1-TE-in-HTTP10-request",
        "RFC9112-6.3-CL-differing-values",
        "RFC9112-6.3-CL-invalid-syntax",
        "RFC9112-6.3-TE-chunked-not-final",
        "RFC9112-6.3-TE-empty-or-malformed-value",
        "RFC9112-6.3-TE-overrides-CL",
        "RFC9112-7.1-chunk-lines-bare-CR",
        "RFC9112-7.1.1-chunk-ext-malformed");
  }
}
