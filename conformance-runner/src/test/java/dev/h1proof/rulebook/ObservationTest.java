package dev.h1proof.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.rulebook.Observation.ConnectionState;
import dev.h1proof.rulebook.Observation.Reception;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an observation that is no complete response means for the verdict. */
class ObservationTest {
  private static Observation notHttp(byte[] received) {
    return new Observation(
        received, List.of(), ConnectionState.OPEN, List.of(), 1, Reception.NOT_HTTP, 0);
  }

  @Test
  void garbageIsBrokenHttp() {
    Observation.Unusable u =
        notHttp("<html>hello</html>".getBytes(StandardCharsets.US_ASCII)).unusable();
    assertThat(u.broken()).isTrue();
    assertThat(u.reason()).startsWith("not an HTTP/1.x response");
  }

  @Test
  void anHttp2SettingsFrameIsNotJudgedAsBrokenHttp11() {
    // a SETTINGS frame with one setting (6 octets), as lighttpd answers the HTTP/2 preface
    byte[] settings = {0, 0, 6, 4, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 100};
    Observation.Unusable u = notHttp(settings).unusable();
    assertThat(u.broken()).isFalse();
    assertThat(u.reason()).contains("HTTP/2 SETTINGS frame");
    // the same header on another stream is not a connection preface answer
    byte[] onStream1 = {0, 0, 6, 4, 0, 0, 0, 0, 1, 0, 3, 0, 0, 0, 100};
    assertThat(notHttp(onStream1).unusable().broken()).isTrue();
  }
}
