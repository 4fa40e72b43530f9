package dev.h1proof.rulebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One permitted outcome of a scenario, parsed from the grammar in {@code features/README.md}, e.g.
 * {@code status 400, connection closed, canary not answered}.
 *
 * @param text the outcome as written
 * @param items the expected responses in order; empty for "no response"
 * @param connection the required connection state
 * @param canary what must happen to the pipelined canary
 * @param wellFormed whether every response must be free of response-syntax deviations
 * @param closeAnnounced whether a close after the last response must have been announced in it
 * @param headConsistent whether the first response (to HEAD) must carry no Content-Length other
 *     than the body length of the second (to the same GET)
 * @param noInterim whether every 1xx response is forbidden (RFC 9110 §15.2: none to HTTP/1.0)
 * @param keepAliveAnnounced whether each final response to the message under test must carry the
 *     keep-alive connection option exactly when the connection persisted after it (RFC 9112 §9.3:
 *     how an HTTP/1.0 client learns that the connection persists)
 * @param echo a check of a field as the target's echo endpoint saw it, or null
 */
public record Outcome(
    String text,
    List<Item> items,
    Connection connection,
    Canary canary,
    boolean wellFormed,
    boolean closeAnnounced,
    boolean headConsistent,
    boolean noInterim,
    boolean keepAliveAnnounced,
    EchoCheck echo) {

  /** Final statuses that say the message was not processed: syntax rejections and server errors. */
  public static final Set<Integer> NOT_ACCEPTED =
      Set.of(400, 414, 431, 501, 505, 500, 502, 503, 504);

  /** An expected response. */
  public sealed interface Item
      permits Accepted, Answered, Rejected, Refused, Status, Interim, BareBody, Http2Answer {}

  /**
   * An HTTP/2 SETTINGS frame where a status-line would be: the answer of a server that speaks
   * HTTP/2 with prior knowledge (RFC 9113 §3.3) to the HTTP/2 connection preface.
   */
  public record Http2Answer() implements Item {}

  /**
   * Bytes without a status-line: the answer HTTP/0.9 gives to a request-line without a version (the
   * runner stops reading at bytes that are not HTTP/1.x, so the close that ends it is not waited
   * for). Everywhere else such bytes are not HTTP.
   */
  public record BareBody() implements Item {}

  /** A final response showing the message was processed. */
  public record Accepted() implements Item {}

  /** A final response, whatever its status: for rules about the response itself. */
  public record Answered() implements Item {}

  /**
   * A final response that turns the message away: a syntax rejection or a server error (the
   * statuses {@code accepted} excludes), whatever the code the rule names.
   */
  public record Rejected() implements Item {}

  /**
   * One final response that is not 2xx: for CONNECT, any such answer means the tunnel was not
   * formed (RFC 9110 §9.3.6), so the request was refused whatever the status says.
   */
  public record Refused() implements Item {}

  /** A final response with one of these codes. */
  public record Status(Set<Integer> codes) implements Item {}

  /** A 1xx response with this code. */
  public record Interim(int code) implements Item {}

  /** The connection clause. */
  public enum Connection {
    ANY,
    OPEN,
    CLOSED
  }

  /** The canary clause. */
  public enum Canary {
    ANY,
    ANSWERED,
    NOT_ANSWERED
  }

  /** A field value as received by the target, read from its echo endpoint. */
  public record EchoCheck(String fieldName, String value) {}

  /** The result of matching: definite, or undecidable without an echo endpoint. */
  public enum Match {
    YES,
    NO,
    UNKNOWN
  }

  private static final Pattern STATUS = Pattern.compile("status ([1-5]\\d\\d(?: or [1-5]\\d\\d)*)");
  private static final Pattern INTERIM = Pattern.compile("interim (1\\d\\d)");
  private static final Pattern ECHO =
      Pattern.compile("echo field ([!#$%&'*+.^_`|~0-9A-Za-z-]+) is \"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Parses an outcome; throws {@link IllegalArgumentException} naming the bad clause. */
  public static Outcome parse(String text) {
    String[] clauses = text.trim().split(",\\s*");
    List<Item> items = parseResponses(clauses[0].trim(), text);
    Connection connection = Connection.ANY;
    Canary canary = Canary.ANY;
    boolean wellFormed = false;
    boolean closeAnnounced = false;
    boolean headConsistent = false;
    boolean noInterim = false;
    boolean keepAliveAnnounced = false;
    EchoCheck echo = null;
    for (int i = 1; i < clauses.length; i++) {
      String clause = clauses[i].trim();
      Matcher m;
      switch (clause) {
        case "connection closed" -> connection = Connection.CLOSED;
        case "connection open" -> connection = Connection.OPEN;
        case "canary answered" -> canary = Canary.ANSWERED;
        case "canary not answered" -> canary = Canary.NOT_ANSWERED;
        case "well-formed" -> wellFormed = true;
        case "close announced" -> closeAnnounced = true;
        case "head consistent" -> headConsistent = true;
        case "no interim response" -> noInterim = true;
        case "keep-alive announced" -> keepAliveAnnounced = true;
        default -> {
          if ((m = ECHO.matcher(clause)).matches()) {
            byte[] value =
                Notation.decode(m.group(2).replace("\\\"", "\\x22"))
                    .render(new TargetInfo("", "", 0, "", null))
                    .bytes();
            echo = new EchoCheck(m.group(1), new String(value, StandardCharsets.ISO_8859_1));
          } else {
            throw new IllegalArgumentException(
                "unknown clause '" + clause + "' in outcome '" + text + "'");
          }
        }
      }
    }
    return new Outcome(
        text.trim(),
        List.copyOf(items),
        connection,
        canary,
        wellFormed,
        closeAnnounced,
        headConsistent,
        noInterim,
        keepAliveAnnounced,
        echo);
  }

  private static List<Item> parseResponses(String clause, String text) {
    List<Item> items = new ArrayList<>();
    if (clause.equals("no response")) {
      return items;
    }
    if (clause.equals("bare body")) {
      items.add(new BareBody());
      return items;
    }
    if (clause.equals("http2 answer")) {
      items.add(new Http2Answer());
      return items;
    }
    for (String part : clause.split(" then ")) {
      Matcher m;
      if (part.equals("accepted")) {
        items.add(new Accepted());
      } else if (part.equals("answered")) {
        items.add(new Answered());
      } else if (part.equals("rejected")) {
        items.add(new Rejected());
      } else if (part.equals("refused")) {
        items.add(new Refused());
      } else if ((m = STATUS.matcher(part)).matches()) {
        Set<Integer> codes = new TreeSet<>();
        for (String code : m.group(1).split(" or ")) {
          codes.add(Integer.parseInt(code));
        }
        items.add(new Status(Set.copyOf(codes)));
      } else if ((m = INTERIM.matcher(part)).matches()) {
        items.add(new Interim(Integer.parseInt(m.group(1))));
      } else {
        throw new IllegalArgumentException(
            "unknown response '" + part + "' in outcome '" + text + "'");
      }
    }
    return items;
  }

  /** Matches an observation; {@code canarySent} says whether a canary followed the message. */
  public Match match(Observation observation, boolean canarySent) {
    if (items.size() == 1 && items.get(0) instanceof Http2Answer) {
      return observation.reception() == Observation.Reception.NOT_HTTP
              && observation.startsWithHttp2Settings()
          ? Match.YES
          : Match.NO;
    }
    if (bareBody()) {
      boolean closed = observation.connection().closed();
      boolean matches =
          observation.reception() == Observation.Reception.NOT_HTTP
              && observation.responses().isEmpty()
              && (connection != Connection.CLOSED || closed)
              && (connection != Connection.OPEN || !closed);
      return matches ? Match.YES : Match.NO;
    }
    List<Observation.Response> finals = observation.finalResponses();
    int expectedFinals = (int) items.stream().filter(i -> !(i instanceof Interim)).count();
    boolean countOk =
        switch (canary) {
          case ANSWERED -> canarySent && finals.size() == expectedFinals + 1;
          case NOT_ANSWERED -> finals.size() == expectedFinals;
          case ANY ->
              finals.size() == expectedFinals
                  || (canarySent && finals.size() == expectedFinals + 1);
        };
    if (!countOk || !sequenceMatches(observation.responses())) {
      return Match.NO;
    }
    if (connection == Connection.OPEN && observation.connection().closed()
        || connection == Connection.CLOSED && !observation.connection().closed()) {
      return Match.NO;
    }
    if (wellFormed && !observation.deviations().isEmpty()) {
      return Match.NO;
    }
    if (closeAnnounced
        && observation.connection().closed()
        && !finals.isEmpty()
        && !announcesClose(finals.get(finals.size() - 1))) {
      return Match.NO;
    }
    if (headConsistent && !headConsistent(finals)) {
      return Match.NO;
    }
    if (noInterim && finals.size() != observation.responses().size()) {
      return Match.NO;
    }
    if (keepAliveAnnounced
        && !keepAliveAnnounced(finals, expectedFinals, observation.connection().closed())) {
      return Match.NO;
    }
    return echo == null ? Match.YES : echoMatches(finals.isEmpty() ? null : finals.get(0));
  }

  private boolean sequenceMatches(List<Observation.Response> responses) {
    int r = 0;
    for (Item item : items) {
      if (item instanceof Interim interim) {
        while (r < responses.size()
            && responses.get(r).interim()
            && responses.get(r).status() != interim.code()) {
          r++;
        }
        if (r >= responses.size() || !responses.get(r).interim()) {
          return false;
        }
        r++;
        continue;
      }
      while (r < responses.size() && responses.get(r).interim()) {
        r++;
      }
      if (r >= responses.size()) {
        return false;
      }
      if (!accepts(item, responses.get(r++).status())) {
        return false;
      }
    }
    return true;
  }

  /** Whether a final response with this status is what {@code item} names. */
  private static boolean accepts(Item item, int status) {
    if (item instanceof Status s) {
      return s.codes().contains(status);
    } else if (item instanceof Rejected) {
      return NOT_ACCEPTED.contains(status);
    } else if (item instanceof Refused) {
      return status >= 300;
    }
    return status >= 200 && (item instanceof Answered || !NOT_ACCEPTED.contains(status));
  }

  /**
   * Whether the observation is this outcome cut short: every final response observed is the one
   * this outcome names at its place, and the outcome needs more than was seen (a later response,
   * the canary's answer, or the connection kept open). That is what a server shows when it ends the
   * connection early, as it may after announcing the close (RFC 9112 §9.6).
   */
  public boolean cutShort(Observation observation, boolean canarySent) {
    int needed = namedResponses(observation, canarySent);
    return needed >= 0
        && (observation.finalResponses().size() < needed || connection == Connection.OPEN);
  }

  /**
   * Whether a response this outcome names was still due when the observation ended: every final
   * response observed is the one this outcome names at its place, and the outcome names more (a
   * later response or the canary's answer). On a connection the server left open, that is what a
   * server shows that had not answered yet when the wait for it ended.
   */
  public boolean responseStillDue(Observation observation, boolean canarySent) {
    int needed = namedResponses(observation, canarySent);
    return needed >= 0 && observation.finalResponses().size() < needed;
  }

  /**
   * How many final responses this outcome names for the exchange, the canary's answer included,
   * when the observed final responses (at least one) are the first of them; -1 otherwise.
   */
  private int namedResponses(Observation observation, boolean canarySent) {
    if (bareBody() || items.stream().anyMatch(i -> i instanceof Http2Answer)) {
      return -1;
    }
    List<Observation.Response> finals = observation.finalResponses();
    List<Item> named = items.stream().filter(i -> !(i instanceof Interim)).toList();
    int needed = named.size() + (canary == Canary.ANSWERED && canarySent ? 1 : 0);
    if (finals.isEmpty() || finals.size() > needed) {
      return -1;
    }
    for (int i = 0; i < finals.size() && i < named.size(); i++) {
      if (!accepts(named.get(i), finals.get(i).status())) {
        return -1;
      }
    }
    return needed;
  }

  /** RFC 9112 §9.6: whether the last final response carries the "close" connection option. */
  public static boolean lastAnnouncesClose(Observation observation) {
    List<Observation.Response> finals = observation.finalResponses();
    return !finals.isEmpty() && announcesClose(finals.get(finals.size() - 1));
  }

  /** RFC 9112 §9.6: the response carries the "close" connection option. */
  private static boolean announcesClose(Observation.Response response) {
    return hasConnectionOption(response, "close");
  }

  private static boolean hasConnectionOption(Observation.Response response, String name) {
    for (Observation.Field f : response.fields()) {
      if (f.name().equalsIgnoreCase("connection")) {
        for (String option : f.value().split(",")) {
          if (option.trim().equalsIgnoreCase(name)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * RFC 9112 §9.3: an HTTP/1.0 client keeps the connection only when the response carries the
   * keep-alive option, so each response to the message under test (the first {@code count} final
   * responses; a canary's is not judged) must carry it exactly when the connection persisted after
   * it: when another response followed, or when the connection is still open after the last.
   */
  private static boolean keepAliveAnnounced(
      List<Observation.Response> finals, int count, boolean closed) {
    for (int i = 0; i < Math.min(count, finals.size()); i++) {
      boolean persisted = i < finals.size() - 1 || !closed;
      if (hasConnectionOption(finals.get(i), "keep-alive") != persisted) {
        return false;
      }
    }
    return true;
  }

  /**
   * RFC 9110 §8.6: a Content-Length in the response to HEAD (the first) must equal the length of
   * the content the GET (the second) got.
   */
  private static boolean headConsistent(List<Observation.Response> finals) {
    if (finals.size() < 2) {
      return false;
    }
    for (Observation.Field f : finals.get(0).fields()) {
      if (f.name().equalsIgnoreCase("content-length")
          && !f.value().trim().equals(Integer.toString(finals.get(1).body().length))) {
        return false;
      }
    }
    return true;
  }

  private Match echoMatches(Observation.Response response) {
    if (response == null) {
      return Match.NO;
    }
    JsonNode root;
    try {
      root = JSON.readTree(new String(response.body(), StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      return Match.UNKNOWN;
    }
    if (root == null || !"echo".equals(root.path("h1proof").asText())) {
      return Match.UNKNOWN;
    }
    for (JsonNode field : root.path("fields")) {
      if (field.path("name").asText().equalsIgnoreCase(echo.fieldName())) {
        return field.path("value").asText().equals(echo.value()) ? Match.YES : Match.NO;
      }
    }
    return Match.NO;
  }

  /**
   * The grading policy's rejection alternatives. When every response this outcome names is a
   * rejection with a named status ({@code status 400, connection closed, canary not answered}), a
   * server that turns the message away otherwise has still done what the rule is for: with another
   * rejection status ({@code rejected, connection closed, canary not answered}), or, unless the
   * outcome needs the connection open, by closing without a response ({@code no response,
   * connection closed, canary not answered}). Both are WARN, never PASS and never FAIL. Empty for
   * any other outcome.
   */
  public List<Outcome> rejectionAlternatives() {
    if (items.isEmpty() || echo != null) {
      return List.of();
    }
    for (Item item : items) {
      if (!(item instanceof Status s) || !NOT_ACCEPTED.containsAll(s.codes())) {
        return List.of();
      }
    }
    int comma = text.indexOf(',');
    String clauses = comma < 0 ? "" : text.substring(comma);
    List<Outcome> alternatives = new ArrayList<>();
    alternatives.add(
        parse(
            String.join(" then ", java.util.Collections.nCopies(items.size(), "rejected"))
                + clauses));
    if (connection != Connection.OPEN && canary != Canary.ANSWERED) {
      alternatives.add(
          parse(
              "no response, connection closed"
                  + (canary == Canary.NOT_ANSWERED ? ", canary not answered" : "")));
    }
    return alternatives;
  }

  /**
   * True when this outcome turns the message away: no response, or only rejections with named codes
   * (the statuses {@code accepted} excludes).
   */
  public boolean rejects() {
    return items.stream()
        .allMatch(
            i ->
                i instanceof Rejected
                    || i instanceof Status s && NOT_ACCEPTED.containsAll(s.codes()));
  }

  /** True when this outcome is a bare body (an HTTP/0.9 answer). */
  public boolean bareBody() {
    return items.size() == 1 && items.get(0) instanceof BareBody;
  }

  /** True when this outcome names an answer that is not HTTP/1.x: a bare body or HTTP/2 frames. */
  public boolean notHttp1() {
    return items.size() == 1
        && (items.get(0) instanceof BareBody || items.get(0) instanceof Http2Answer);
  }

  /** True when this outcome asks for no response and an open connection: silence is expected. */
  public boolean expectsSilence() {
    return items.isEmpty() && connection == Connection.OPEN;
  }
}
