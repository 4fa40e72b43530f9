package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the client sent, as the requests a server may answer. */
class ObserverTest {
  private static List<String> methods(String sent) {
    return Observer.requestMethods(sent.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void validPipelinedRequestsAreCountedOnceEach() {
    assertThat(
            methods(
                "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello"
                    + "GET / HTTP/1.1\r\nHost: a\r\n\r\n"))
        .containsExactly("POST", "GET");
    // A request hidden in a valid body is body, not a request.
    assertThat(
            methods(
                "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 27\r\n\r\n"
                    + "GET / HTTP/1.1\r\nHost: h\r\n\r\n"))
        .containsExactly("POST");
  }

  @Test
  void theCanaryAfterABadChunkedBodyMayBeAnswered() {
    // 5;=bar is malformed: where the body ends is the server's choice, so the canary's response
    // is not unsolicited (a lenient server answers it).
    assertThat(
            methods(
                "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "5;=bar\r\nhello\r\n0\r\n\r\n"
                    + "GET / HTTP/1.1\r\nHost: a\r\n\r\n"))
        .containsExactly("POST", "GET");
  }

  @Test
  void theCanaryAfterAnInvalidHeadMayBeAnswered() {
    assertThat(methods("GET / HTTP/1.1\r\nX : 1\r\n\r\nGET /c HTTP/1.1\r\nHost: a\r\n\r\n"))
        .containsExactly("GET", "GET");
  }

  @Test
  void theResponsesWaitedForAreOnlyThoseOfStrictlyFramedRequests() {
    // An invalid message and a canary: one response is due (the rejection); the canary may be
    // answered, but a server that closes after the 400 is not waited for until the timeout.
    byte[] sent =
        ("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 9\r\n\r\n"
                + "0\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(Observer.framedRequests(sent)).isEqualTo(1);
    assertThat(Observer.requestMethods(sent)).containsExactly("POST", "GET");
    assertThat(
            Observer.framedRequests(
                "GET / HTTP/1.1\r\nHost: a\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1)))
        .isEqualTo(2);
  }

  @Test
  void requestLinesAfterABadHeadAreFoundPastAMebibyteOfOtherLines() {
    StringBuilder sent = new StringBuilder("GET / HTTP/1.1\r\nX : 1\r\n");
    while (sent.length() < (1 << 20)) {
      // lines that end almost as a request-line does, and one that does but has no target
      sent.append("X-Fill: HTTP/1.x\r\nX-Fill: aHTTP/1.1\r\nGET HTTP/1.1\r\n");
    }
    sent.append("\r\nPUT /c HTTP/1.1\r\nHost: a\r\n\r\nDELETE /d HTTP/1.0\nHost: a\n\n");
    byte[] bytes = sent.toString().getBytes(StandardCharsets.ISO_8859_1);
    assertThat(Observer.requestMethods(bytes)).containsExactly("GET", "PUT", "DELETE");
    Observer.Framing framing = Observer.framing(bytes);
    assertThat(framing.methods()).containsExactly("GET", "PUT", "DELETE");
    assertThat(framing.framed()).isEqualTo(1).isEqualTo(Observer.framedRequests(bytes));
  }

  @Test
  void oneReadingGivesTheMethodsAndTheFramedCount() {
    String[] sent = {
      "GET / HTTP/1.1\r\nHost: a\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n",
      "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
          + "5;=bar\r\nhello\r\n0\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n",
      "GET / HTTP/1.1\r\nX : 1\r\n\r\nGET /c HTTP/1.1\r\nHost: a\r\n\r\n",
      "",
      "\r\n",
    };
    int[] framed = {2, 1, 1, 1, 1};
    for (int i = 0; i < sent.length; i++) {
      byte[] bytes = sent[i].getBytes(StandardCharsets.ISO_8859_1);
      Observer.Framing f = Observer.framing(bytes);
      assertThat(f.methods()).as(sent[i]).isEqualTo(Observer.requestMethods(bytes));
      assertThat(f.framed()).as(sent[i]).isEqualTo(framed[i]);
    }
  }
}
