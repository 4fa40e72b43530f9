package dev.h1proof.rulebook;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an intermediary scenario permits the back end to receive, paired with one client-side
 * outcome ({@code And the back end receives FORWARDED} after an {@code expect} or {@code allow}
 * line). The grammar is in {@code features/intermediary.feature}:
 *
 * <pre>
 * FORWARDED = "nothing" / ( "the request" / "the request and the canary" ) *( ", " clause )
 * clause    = "body " QUOTED / "no field " NAME / "field " NAME " is " QUOTED
 *           / "no connection option " NAME
 * </pre>
 *
 * <p>Every form first requires that the bytes a strict back end (RFC 9112, no leniency) reads on
 * each connection hold no violation: what was forwarded must frame one way only. {@code nothing}
 * then allows no complete request (an incomplete prefix, abandoned, is harmless); the other forms
 * require exactly the message under test (and the canary, a GET, after it) and no byte more.
 *
 * @param text as written
 * @param requests how many complete requests: 0, 1 or 2
 * @param body the content the first request must carry once framed, or null
 * @param absent field names the first request must not carry
 * @param present fields the first request must carry exactly once, with this value (runs of SP and
 *     HTAB compared as one SP, since obs-fold may be replaced by one or more SP)
 * @param absentOptions connection options the first request's Connection field must not name
 */
public record Forwarded(
    String text,
    int requests,
    byte[] body,
    List<String> absent,
    List<ForwardedMessages.Field> present,
    List<String> absentOptions) {

  private static final String NAME = "([!#$%&'*+.^_`|~0-9A-Za-z-]+)";
  private static final String QUOTED = "\"((?:[^\"\\\\]|\\\\.)*)\"";
  private static final Pattern BODY = Pattern.compile("body " + QUOTED);
  private static final Pattern NO_FIELD = Pattern.compile("no field " + NAME);
  private static final Pattern FIELD = Pattern.compile("field " + NAME + " is " + QUOTED);
  private static final Pattern NO_OPTION = Pattern.compile("no connection option " + NAME);

  /** Parses a forwarded expectation; throws {@link IllegalArgumentException} naming the clause. */
  public static Forwarded parse(String text) {
    String[] clauses = text.trim().split(",\\s*(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
    String head = clauses[0].trim();
    int requests =
        switch (head) {
          case "nothing" -> 0;
          case "the request" -> 1;
          case "the request and the canary" -> 2;
          default ->
              throw new IllegalArgumentException(
                  "the back end receives 'nothing', 'the request' or 'the request and the"
                      + " canary', not '"
                      + head
                      + "'");
        };
    if (requests == 0 && clauses.length > 1) {
      throw new IllegalArgumentException("'nothing' takes no clause: '" + text + "'");
    }
    byte[] body = null;
    List<String> absent = new ArrayList<>();
    List<ForwardedMessages.Field> present = new ArrayList<>();
    List<String> absentOptions = new ArrayList<>();
    for (int i = 1; i < clauses.length; i++) {
      String clause = clauses[i].trim();
      Matcher m;
      if ((m = BODY.matcher(clause)).matches()) {
        body = decode(m.group(1));
      } else if ((m = NO_FIELD.matcher(clause)).matches()) {
        absent.add(m.group(1));
      } else if ((m = FIELD.matcher(clause)).matches()) {
        present.add(
            new ForwardedMessages.Field(
                m.group(1), new String(decode(m.group(2)), StandardCharsets.ISO_8859_1)));
      } else if ((m = NO_OPTION.matcher(clause)).matches()) {
        absentOptions.add(m.group(1));
      } else {
        throw new IllegalArgumentException(
            "unknown clause '" + clause + "' in 'the back end receives " + text + "'");
      }
    }
    return new Forwarded(
        text.trim(),
        requests,
        body,
        List.copyOf(absent),
        List.copyOf(present),
        List.copyOf(absentOptions));
  }

  private static byte[] decode(String quoted) {
    return Notation.decode(quoted.replace("\\\"", "\\x22"))
        .render(new TargetInfo("", "", 0, "", null))
        .bytes();
  }

  /** Null when the back end received what this permits; otherwise why not, in one line. */
  public String mismatch(BackEndObservation observed) {
    if (observed.truncated()) {
      return "the back end's capture bound was reached";
    }
    String violation = observed.violation();
    if (violation != null) {
      return "forwarded bytes a strict back end rejects: " + violation;
    }
    List<ForwardedMessages.Request> all = observed.requests();
    if (requests == 0) {
      return all.isEmpty() ? null : "forwarded " + all.size() + " complete request(s)";
    }
    for (ForwardedMessages f : observed.framed()) {
      if (f.leftover() > 0) {
        return "forwarded " + f.leftover() + " bytes after the last complete request";
      }
    }
    if (all.size() != requests) {
      return "forwarded " + all.size() + " request(s), not " + requests;
    }
    if (requests == 2 && !all.get(1).method().equals("GET")) {
      return "the second forwarded request is " + all.get(1).method() + ", not the canary's GET";
    }
    ForwardedMessages.Request first = all.get(0);
    if (body != null && !Arrays.equals(body, first.body())) {
      return "the forwarded content is \""
          + Notation.escape(first.body(), false)
          + "\", not \""
          + Notation.escape(body, false)
          + "\"";
    }
    for (String name : absent) {
      if (!first.values(name).isEmpty()) {
        return "the forwarded request carries " + name;
      }
    }
    for (ForwardedMessages.Field f : present) {
      List<String> values = first.values(f.name());
      if (values.size() != 1 || !squeeze(values.get(0)).equals(squeeze(f.value()))) {
        return "the forwarded request's "
            + f.name()
            + " is "
            + (values.isEmpty() ? "missing" : values)
            + ", not \""
            + f.value()
            + "\"";
      }
    }
    for (String option : absentOptions) {
      for (String value : first.values("Connection")) {
        for (String o : value.split(",")) {
          if (o.trim().equalsIgnoreCase(option)) {
            return "the forwarded Connection field still names " + option;
          }
        }
      }
    }
    return null;
  }

  private static String squeeze(String value) {
    return value.replaceAll("[ \\t]+", " ").trim();
  }
}
