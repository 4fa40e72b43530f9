package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Which scenarios start first among those that may wait for a close: a request that announces more
 * body than it sends, since a server that reads on to discard the body closes only when its timer
 * for that runs out.
 */
class UnsentBodyTest {
  @Test
  void aRequestThatAnnouncesMoreBodyThanItSendsIsToldApart() {
    assertThat(unsent("POST / HTTP/1.1\r\nContent-Length: 100\r\n\r\n0\r\n\r\n")).isTrue();
    assertThat(unsent("POST / HTTP/1.1\r\ncontent-length : 6\r\n\r\nhello")).isTrue();
    assertThat(unsent("POST / HTTP/1.1\nContent-Length: 6\n\nhello")).isTrue();
    assertThat(unsent("POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello")).isFalse();
    assertThat(unsent("POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n")).isFalse();
    assertThat(unsent("GET / HTTP/1.1\r\nHost: a\r\n\r\n")).isFalse();
    assertThat(unsent("POST / HTTP/1.1\r\nContent-Length: 9")).as("no end of head").isFalse();
  }

  private static boolean unsent(String sent) {
    return Execution.announcesUnsentBody(sent.getBytes(StandardCharsets.ISO_8859_1));
  }
}
