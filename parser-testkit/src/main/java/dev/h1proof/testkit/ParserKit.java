package dev.h1proof.testkit;

import dev.h1proof.rulebook.Judgement;
import dev.h1proof.rulebook.Observation;
import dev.h1proof.rulebook.Outcome;
import dev.h1proof.rulebook.RuleIds;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Rulebook;
import dev.h1proof.rulebook.TargetInfo;
import dev.h1proof.rulebook.Verdict;
import dev.h1proof.rulebook.Wire;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the rulebook against a {@link ParserUnderTest}. See {@code parser-testkit/README.md} for
 * which scenarios apply to a parser in isolation and how a parse result is judged.
 *
 * <p>In short: a parse result is turned into what a minimal server built on the parser would have
 * sent, one {@code 200} per request read, then the parser's rejection status (400 when it gives
 * none) and a close, or nothing more and an open connection while it waits; that observation is
 * judged by the scenario itself, with the grading policy of {@code features/README.md}.
 */
public final class ParserKit {
  /** The target the placeholders stand for: a name, port 80, path "/". */
  public static final TargetInfo TARGET =
      new TargetInfo("example.com", "example.com", 80, "/", null);

  private static final byte[] OK =
      "HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

  private ParserKit() {}

  /** Why a scenario does not apply to a parser in isolation, or null when it does. */
  public static String notApplicable(RuleScenario s) {
    if (s.rfc() == 9112 && (s.section().equals("9") || s.section().startsWith("9."))) {
      return "connection management: the server's decision, not the parser's";
    }
    if (!s.preconditions().isEmpty()) {
      return "judged only after a precondition on the response";
    }
    Wire wire = s.request().render(TARGET);
    for (Wire.Break b : wire.breaks()) {
      if (b.kind() == Wire.BreakKind.AWAIT || b.kind() == Wire.BreakKind.SHUTDOWN) {
        return "depends on the server's answer or on the client's half-close";
      }
    }
    if (s.request().usesEcho()) {
      return "needs an echo endpoint";
    }
    for (Outcome o : s.expected()) {
      String why = notParserLevel(o);
      if (why != null) {
        return "the preferred outcome '" + o.text() + "' " + why;
      }
    }
    return null;
  }

  /** Why an outcome says something a parser alone cannot show, or null. */
  static String notParserLevel(Outcome o) {
    if (o.wellFormed() || o.closeAnnounced() || o.headConsistent() || o.keepAliveAnnounced()) {
      return "judges the response";
    }
    if (o.noInterim() || o.echo() != null) {
      return "judges the response";
    }
    boolean accepted = false;
    for (Outcome.Item item : o.items()) {
      if (item instanceof Outcome.Accepted) {
        accepted = true;
      } else if (item instanceof Outcome.Status st) {
        if (!Outcome.NOT_ACCEPTED.containsAll(st.codes())) {
          return "names a status the application chooses";
        }
      } else if (!(item instanceof Outcome.Rejected)) {
        return "judges the response";
      }
    }
    if (accepted && o.connection() == Outcome.Connection.CLOSED) {
      return "asks the server to close after processing the message";
    }
    return null;
  }

  /** The bytes a scenario sends, placeholders filled in for {@link #TARGET}. */
  public static byte[] bytes(RuleScenario s) {
    return s.request().render(TARGET).bytes();
  }

  /**
   * What a minimal server built on the parser would have done with the connection: a 200 per
   * request read, then a rejection status and a close, or silence on an open connection.
   */
  public static Observation observe(ParseResult result) {
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    List<Observation.Response> responses = new ArrayList<>();
    List<Observation.Field> length = List.of(new Observation.Field("content-length", "0"));
    for (int i = 0; i < result.requests().size(); i++) {
      responses.add(new Observation.Response(200, false, length, new byte[0]));
      received.writeBytes(OK);
    }
    Observation.ConnectionState connection = Observation.ConnectionState.OPEN;
    if (result.end() == ParseResult.End.REJECTED) {
      int status = result.status() > 0 ? result.status() : 400;
      responses.add(new Observation.Response(status, false, length, new byte[0]));
      received.writeBytes(
          ("HTTP/1.1 " + status + " Rejected\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      connection = Observation.ConnectionState.CLOSED;
    }
    return new Observation(received.toByteArray(), responses, connection, List.of(), 0);
  }

  /** Judges one parse of a scenario's bytes. */
  public static Judgement judge(RuleScenario s, ParseResult result) {
    if (result.end() == ParseResult.End.BODY_NOT_FOLLOWED) {
      return new Judgement(
          Verdict.INCONCLUSIVE, null, "the adapter cannot follow the body: " + result.summary());
    }
    return s.judge(observe(result));
  }

  /**
   * One scenario through one feeding: the worst verdict over its segmentations (FAIL, then
   * INCONCLUSIVE, then WARN, then PASS) and where it happened.
   *
   * @param verdict the worst verdict
   * @param detail the parse behind it, with the split offset for {@link Feeding#EVERY_SPLIT}
   */
  public record FeedingResult(Verdict verdict, String detail) {}

  /** Runs one scenario through every feeding. */
  public static Map<Feeding, FeedingResult> run(ParserUnderTest parser, RuleScenario s) {
    byte[] bytes = bytes(s);
    Map<Feeding, FeedingResult> results = new EnumMap<>(Feeding.class);
    for (Feeding feeding : Feeding.values()) {
      List<List<byte[]>> segmentations = feeding.segmentations(bytes);
      if (segmentations.isEmpty()) {
        segmentations = List.of(List.of(bytes.clone()));
      }
      Verdict worst = null;
      String detail = null;
      for (List<byte[]> segments : segmentations) {
        ParseResult result;
        try {
          result = parser.parse(segments);
        } catch (RuntimeException e) {
          // an adapter must return for any input: a throw is a defect, never a rejection
          worst = Verdict.FAIL;
          detail = where(feeding, segments) + "the adapter threw " + e;
          break;
        }
        Judgement j = judge(s, result);
        if (worst == null || rank(j.verdict()) > rank(worst)) {
          worst = j.verdict();
          detail = where(feeding, segments) + result.summary() + ": " + j.reason();
        }
        if (worst == Verdict.FAIL) {
          break;
        }
      }
      results.put(feeding, new FeedingResult(worst, detail));
    }
    return results;
  }

  private static String where(Feeding feeding, List<byte[]> segments) {
    return switch (feeding) {
      case WHOLE -> "whole: ";
      case BYTE_BY_BYTE -> "byte by byte: ";
      case EVERY_SPLIT -> "split at " + segments.get(0).length + ": ";
    };
  }

  private static int rank(Verdict v) {
    return switch (v) {
      case PASS -> 0;
      case WARN -> 1;
      case SKIP -> 2;
      case INCONCLUSIVE -> 3;
      case FAIL -> 4;
    };
  }

  /** Whether a parser enforces a rule. */
  public enum Enforcement {
    /** Every applicable scenario, every feeding: PASS or WARN. */
    ENFORCED,
    /** At least one applicable scenario FAILs in at least one feeding. */
    NOT_ENFORCED,
    /** No scenario of the rule applies to a parser, or none could be judged. */
    NOT_APPLICABLE
  }

  /**
   * The kit's finding for one rule.
   *
   * @param ruleId the rule
   * @param level its level
   * @param enforcement the finding
   * @param scenarios the scenarios judged (applicable ones)
   * @param detail for NOT_ENFORCED: the first failing scenario, feeding and parse; for
   *     NOT_APPLICABLE: why
   */
  public record RuleFinding(
      String ruleId,
      dev.h1proof.rulebook.Level level,
      Enforcement enforcement,
      int scenarios,
      String detail) {}

  /** Runs every scenario of {@code rulebook} against {@code parser}; one finding per rule. */
  public static List<RuleFinding> run(ParserUnderTest parser, Rulebook rulebook) {
    Map<String, List<RuleScenario>> byRule = new LinkedHashMap<>();
    for (RuleScenario s : rulebook.scenarios()) {
      byRule.computeIfAbsent(s.ruleId(), k -> new ArrayList<>()).add(s);
    }
    List<RuleFinding> findings = new ArrayList<>();
    for (Map.Entry<String, List<RuleScenario>> e : new java.util.TreeMap<>(byRule).entrySet()) {
      findings.add(finding(parser, e.getKey(), e.getValue()));
    }
    return findings;
  }

  private static RuleFinding finding(
      ParserUnderTest parser, String ruleId, List<RuleScenario> all) {
    int applicable = 0;
    boolean judged = false;
    String naWhy = null;
    for (RuleScenario s : all) {
      String why = notApplicable(s);
      if (why != null) {
        naWhy = naWhy == null ? why : naWhy;
        continue;
      }
      applicable++;
      for (Map.Entry<Feeding, FeedingResult> r : run(parser, s).entrySet()) {
        Verdict v = r.getValue().verdict();
        if (v == Verdict.FAIL) {
          return new RuleFinding(
              ruleId,
              s.level(),
              Enforcement.NOT_ENFORCED,
              applicable,
              s.title() + " (" + RuleIds.citation(ruleId) + "), " + r.getValue().detail());
        }
        judged |= v == Verdict.PASS || v == Verdict.WARN;
      }
    }
    if (applicable == 0) {
      return new RuleFinding(ruleId, all.get(0).level(), Enforcement.NOT_APPLICABLE, 0, naWhy);
    }
    if (!judged) {
      return new RuleFinding(
          ruleId,
          all.get(0).level(),
          Enforcement.NOT_APPLICABLE,
          applicable,
          "no scenario could be judged through this adapter");
    }
    return new RuleFinding(ruleId, all.get(0).level(), Enforcement.ENFORCED, applicable, "");
  }
}
