package dev.h1proof.parser.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.h1proof.parser.ParseStatus;
import dev.h1proof.parser.ParserConfig;
import dev.h1proof.parser.RequestParser;
import dev.h1proof.parser.Violation;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The test lab reaches the parser's tolerated violations through the shared-secrets hook. */
class ToleranceTest {
  private static final byte[] SPACE_BEFORE_COLON =
      "GET / HTTP/1.1\r\nHost : a\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  private static ParseStatus parse(ParserConfig config) {
    return new RequestParser(config).parse(SPACE_BEFORE_COLON, 0, SPACE_BEFORE_COLON.length);
  }

  @Test
  void aToleratedViolationIsAcceptedAndReported() {
    // given a configuration tolerating whitespace before the colon
    ParserConfig strict = ParserConfig.strict();
    ParserConfig wrong =
        Tolerance.withTolerated(strict, EnumSet.of(Violation.WHITESPACE_BEFORE_COLON));

    // then only that configuration accepts the message
    assertThat(parse(strict)).isEqualTo(ParseStatus.VIOLATION);
    assertThat(parse(wrong)).isEqualTo(ParseStatus.COMPLETE);
    assertThat(Tolerance.tolerated(wrong)).containsExactly(Violation.WHITESPACE_BEFORE_COLON);
    assertThat(Tolerance.tolerated(strict)).isEmpty();
    assertThat(wrong).isNotEqualTo(strict);
    // and the set replaces the previous one, and the view cannot change the configuration
    assertThat(Tolerance.tolerated(Tolerance.withTolerated(wrong, Set.of()))).isEmpty();
    assertThat(Tolerance.withTolerated(wrong, Set.of())).isEqualTo(strict);
    assertThatThrownBy(() -> Tolerance.tolerated(wrong).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theOtherSettingsSurviveAndSurviveTheOtherWay() {
    ParserConfig c =
        Tolerance.withTolerated(
                ParserConfig.strict().withMaxFieldCount(7), EnumSet.of(Violation.OBS_FOLD))
            .withMaxHeaderSectionSize(1000);
    assertThat(c.maxFieldCount()).isEqualTo(7);
    assertThat(c.maxHeaderSectionSize()).isEqualTo(1000);
    assertThat(Tolerance.tolerated(c)).containsExactly(Violation.OBS_FOLD);
  }

  @Test
  void theHookIsRegisteredOnceOnly() {
    ParserConfig.strict();
    assertThatThrownBy(() -> SharedSecrets.setParserConfigAccess(null))
        .isInstanceOf(IllegalStateException.class);
    assertThat(SharedSecrets.parserConfigAccess()).isNotNull();
    assertThatThrownBy(() -> Tolerance.tolerated(null)).isInstanceOf(NullPointerException.class);
  }
}
