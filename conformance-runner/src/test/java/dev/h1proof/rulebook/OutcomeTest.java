package dev.h1proof.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.h1proof.rulebook.Observation.ConnectionState;
import dev.h1proof.rulebook.Observation.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeTest {
  private static Response response(int status) {
    return new Response(status, status < 200, List.of(), new byte[0]);
  }

  private static Observation observed(ConnectionState state, int... statuses) {
    List<Response> responses = new ArrayList<>();
    for (int s : statuses) {
      responses.add(response(s));
    }
    return new Observation(
        statuses.length == 0 ? new byte[0] : new byte[] {'H'}, responses, state, List.of(), 1);
  }

  @Test
  void statusAndConnection() {
    Outcome o = Outcome.parse("status 400, connection closed");
    assertThat(o.match(observed(ConnectionState.CLOSED, 400), false)).isEqualTo(Outcome.Match.YES);
    assertThat(o.match(observed(ConnectionState.RESET, 400), false)).isEqualTo(Outcome.Match.YES);
    assertThat(o.match(observed(ConnectionState.OPEN, 400), false)).isEqualTo(Outcome.Match.NO);
    assertThat(o.match(observed(ConnectionState.CLOSED, 200), false)).isEqualTo(Outcome.Match.NO);
  }

  @Test
  void acceptedExcludesSyntaxRejectionsAndServerErrors() {
    Outcome o = Outcome.parse("accepted");
    for (int ok : new int[] {200, 204, 301, 404, 405, 411, 413}) {
      assertThat(o.match(observed(ConnectionState.OPEN, ok), false))
          .as("%d", ok)
          .isEqualTo(Outcome.Match.YES);
    }
    for (int no : new int[] {400, 414, 431, 501, 505, 500, 502, 503, 504}) {
      assertThat(o.match(observed(ConnectionState.OPEN, no), false))
          .as("%d", no)
          .isEqualTo(Outcome.Match.NO);
    }
  }

  @Test
  void canaryClauses() {
    Outcome answered = Outcome.parse("accepted, canary answered");
    Outcome notAnswered = Outcome.parse("status 400, canary not answered");
    assertThat(answered.match(observed(ConnectionState.OPEN, 200, 200), true))
        .isEqualTo(Outcome.Match.YES);
    assertThat(answered.match(observed(ConnectionState.OPEN, 200), true))
        .isEqualTo(Outcome.Match.NO);
    assertThat(notAnswered.match(observed(ConnectionState.CLOSED, 400), true))
        .isEqualTo(Outcome.Match.YES);
    assertThat(notAnswered.match(observed(ConnectionState.CLOSED, 400, 200), true))
        .isEqualTo(Outcome.Match.NO);
    // Without a canary clause, the canary may or may not be answered.
    assertThat(Outcome.parse("status 400").match(observed(ConnectionState.OPEN, 400, 200), true))
        .isEqualTo(Outcome.Match.YES);
    // Without a canary sent, an extra response is a second answer to one message.
    assertThat(Outcome.parse("accepted").match(observed(ConnectionState.OPEN, 200, 200), false))
        .isEqualTo(Outcome.Match.NO);
  }

  @Test
  void sequencesAndInterimResponses() {
    Outcome twoThenReject = Outcome.parse("accepted then status 400");
    assertThat(twoThenReject.match(observed(ConnectionState.CLOSED, 200, 400), false))
        .isEqualTo(Outcome.Match.YES);
    Outcome cont = Outcome.parse("interim 100 then accepted");
    assertThat(cont.match(observed(ConnectionState.OPEN, 100, 200), false))
        .isEqualTo(Outcome.Match.YES);
    assertThat(cont.match(observed(ConnectionState.OPEN, 200), false)).isEqualTo(Outcome.Match.NO);
    // An unsolicited 1xx is ignored where no interim is named.
    assertThat(Outcome.parse("accepted").match(observed(ConnectionState.OPEN, 100, 200), false))
        .isEqualTo(Outcome.Match.YES);
  }

  @Test
  void noResponse() {
    Outcome silence = Outcome.parse("no response, connection open");
    assertThat(silence.expectsSilence()).isTrue();
    assertThat(silence.match(observed(ConnectionState.OPEN), false)).isEqualTo(Outcome.Match.YES);
    assertThat(silence.match(observed(ConnectionState.CLOSED), false)).isEqualTo(Outcome.Match.NO);
    assertThat(silence.match(observed(ConnectionState.OPEN, 400), false))
        .isEqualTo(Outcome.Match.NO);
  }

  @Test
  void echoNeedsAnEchoEndpoint() {
    Outcome o = Outcome.parse("accepted, echo field X-A is \"b c\"");
    Observation plain = observed(ConnectionState.OPEN, 200);
    assertThat(o.match(plain, false)).isEqualTo(Outcome.Match.UNKNOWN);
    byte[] echo =
        "{\"h1proof\":\"echo\",\"fields\":[{\"name\":\"x-a\",\"value\":\"b c\"}]}"
            .getBytes(StandardCharsets.US_ASCII);
    Observation echoed =
        new Observation(
            new byte[] {'H'},
            List.of(new Response(200, false, List.of(), echo)),
            ConnectionState.OPEN,
            List.of(),
            1);
    assertThat(o.match(echoed, false)).isEqualTo(Outcome.Match.YES);
    assertThat(Outcome.parse("accepted, echo field X-A is \"b\\rc\"").match(echoed, false))
        .isEqualTo(Outcome.Match.NO);
  }

  @Test
  void unknownClausesAreErrors() {
    assertThatThrownBy(() -> Outcome.parse("status 400, connection maybe"))
        .hasMessageContaining("connection maybe");
    assertThatThrownBy(() -> Outcome.parse("status 4xx")).hasMessageContaining("status 4xx");
    assertThatThrownBy(() -> Outcome.parse("fine")).hasMessageContaining("fine");
  }

  private static Response withFields(int status, byte[] body, String... nameValue) {
    List<Observation.Field> fields = new ArrayList<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      fields.add(new Observation.Field(nameValue[i], nameValue[i + 1]));
    }
    return new Response(status, false, fields, body);
  }

  @Test
  void closeAnnouncedLooksAtTheLastResponseBeforeAClose() {
    Outcome o = Outcome.parse("accepted, close announced");
    Response announced = withFields(200, new byte[0], "Connection", "keep-alive, Close");
    Response silent = withFields(200, new byte[0], "Content-Length", "0");
    assertThat(
            o.match(
                new Observation(
                    new byte[] {'H'}, List.of(announced), ConnectionState.CLOSED, List.of(), 1),
                false))
        .isEqualTo(Outcome.Match.YES);
    assertThat(
            o.match(
                new Observation(
                    new byte[] {'H'}, List.of(silent), ConnectionState.CLOSED, List.of(), 1),
                false))
        .isEqualTo(Outcome.Match.NO);
    // Kept open: nothing had to be announced.
    assertThat(
            o.match(
                new Observation(
                    new byte[] {'H'}, List.of(silent), ConnectionState.OPEN, List.of(), 1),
                false))
        .isEqualTo(Outcome.Match.YES);
  }

  @Test
  void headConsistentComparesHeadContentLengthWithTheGetBody() {
    Outcome o = Outcome.parse("accepted then accepted, head consistent");
    byte[] six = "hello\n".getBytes(StandardCharsets.US_ASCII);
    Response get = withFields(200, six, "Content-Length", "6");
    Response headRight = withFields(200, new byte[0], "Content-Length", "6");
    Response headWrong = withFields(200, new byte[0], "Content-Length", "7");
    Response headWithout = withFields(200, new byte[0]);
    assertThat(
            o.match(
                new Observation(
                    new byte[] {'H'}, List.of(headRight, get), ConnectionState.OPEN, List.of(), 1),
                false))
        .isEqualTo(Outcome.Match.YES);
    assertThat(
            o.match(
                new Observation(
                    new byte[] {'H'},
                    List.of(headWithout, get),
                    ConnectionState.OPEN,
                    List.of(),
                    1),
                false))
        .isEqualTo(Outcome.Match.YES);
    assertThat(
            o.match(
                new Observation(
                    new byte[] {'H'}, List.of(headWrong, get), ConnectionState.OPEN, List.of(), 1),
                false))
        .isEqualTo(Outcome.Match.NO);
  }

  @Test
  void noInterimResponseForbidsEvery1xx() {
    Outcome o = Outcome.parse("accepted, no interim response");
    assertThat(Outcome.parse("accepted").match(observed(ConnectionState.OPEN, 100, 200), false))
        .as("without the clause an unnamed 1xx is skipped")
        .isEqualTo(Outcome.Match.YES);
    assertThat(o.match(observed(ConnectionState.OPEN, 100, 200), false))
        .isEqualTo(Outcome.Match.NO);
    assertThat(o.match(observed(ConnectionState.OPEN, 103, 200), false))
        .isEqualTo(Outcome.Match.NO);
    assertThat(o.match(observed(ConnectionState.OPEN, 200), false)).isEqualTo(Outcome.Match.YES);
  }

  @Test
  void keepAliveAnnouncedMatchesTheOptionToWhatTheConnectionDid() {
    Response keepAlive = withFields(200, new byte[0], "Connection", "Keep-Alive");
    Response plain = withFields(200, new byte[0], "Content-Length", "0");
    Outcome one = Outcome.parse("accepted, keep-alive announced");
    // Open after the response: it must have said keep-alive.
    assertThat(one.match(observation(ConnectionState.OPEN, keepAlive), false))
        .isEqualTo(Outcome.Match.YES);
    assertThat(one.match(observation(ConnectionState.OPEN, plain), false))
        .isEqualTo(Outcome.Match.NO);
    // Closed after it: it must not have promised to persist.
    assertThat(one.match(observation(ConnectionState.CLOSED, plain), false))
        .isEqualTo(Outcome.Match.YES);
    assertThat(one.match(observation(ConnectionState.CLOSED, keepAlive), false))
        .isEqualTo(Outcome.Match.NO);
    // A response followed by another persisted; the canary's own response is not judged.
    Outcome two = Outcome.parse("accepted then accepted, keep-alive announced");
    assertThat(two.match(observation(ConnectionState.CLOSED, keepAlive, plain), false))
        .isEqualTo(Outcome.Match.YES);
    assertThat(two.match(observation(ConnectionState.CLOSED, plain, plain), false))
        .isEqualTo(Outcome.Match.NO);
    Outcome canary = Outcome.parse("accepted, canary answered, keep-alive announced");
    assertThat(canary.match(observation(ConnectionState.OPEN, keepAlive, plain), true))
        .isEqualTo(Outcome.Match.YES);
  }

  private static Observation observation(ConnectionState state, Response... responses) {
    return new Observation(new byte[] {'H'}, List.of(responses), state, List.of(), 1);
  }

  @Test
  void answeredTakesAnyFinalStatusAndRejectedAnyError() {
    Outcome answered = Outcome.parse("answered");
    Outcome rejected = Outcome.parse("rejected");
    for (int status : new int[] {200, 204, 404, 400, 500}) {
      assertThat(answered.match(observed(ConnectionState.OPEN, status), false))
          .as("answered %d", status)
          .isEqualTo(Outcome.Match.YES);
      assertThat(rejected.match(observed(ConnectionState.OPEN, status), false))
          .as("rejected %d", status)
          .isEqualTo(status >= 400 ? Outcome.Match.YES : Outcome.Match.NO);
    }
    assertThat(answered.match(observed(ConnectionState.CLOSED), false)).isEqualTo(Outcome.Match.NO);
    assertThat(answered.match(observed(ConnectionState.OPEN, 100), false))
        .isEqualTo(Outcome.Match.NO);
  }
}
