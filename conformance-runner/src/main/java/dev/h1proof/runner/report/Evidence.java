package dev.h1proof.runner.report;

import dev.h1proof.rulebook.Notation;
import dev.h1proof.rulebook.Observation;
import dev.h1proof.rulebook.Outcome;
import dev.h1proof.runner.result.RunReport;
import dev.h1proof.runner.result.ScenarioResult;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The evidence of one result in the words every report uses: the bytes sent and received in the
 * rulebook's notation, the connection's state and the timing.
 */
final class Evidence {
  /** The most characters of escaped bytes a human-facing report shows. */
  static final int DISPLAY_LIMIT = 64 * 1024;

  /**
   * The most octets of a request or a response any report keeps as text. Longer ones keep this
   * prefix, their length and a SHA-256 digest: a 1 MiB request stored whole, in every format, is
   * what once made a clean run's report.json 16 MB.
   */
  static final int PREFIX_OCTETS = 4096;

  /** The bytes we sent, every octet visible, one line per LF; the prefix when large. */
  static String request(ScenarioResult result) {
    return shown(result.sent() == null ? new byte[0] : result.sent());
  }

  /** The bytes the target sent, as {@link #request}; null when not run. */
  static String response(ScenarioResult result) {
    Observation o = result.observation();
    return o == null ? null : shown(o.received());
  }

  /** The first {@link #PREFIX_OCTETS} octets in the notation, with a note on the rest if any. */
  static String shown(byte[] bytes) {
    int n = prefixLength(bytes);
    String text = Notation.escape(bytes, 0, n, true);
    if (n == bytes.length) {
      return text;
    }
    return text
        + "\n[... "
        + (bytes.length - n)
        + " more octets not shown; "
        + bytes.length
        + " in all, SHA-256 "
        + sha256(bytes)
        + "]";
  }

  /** How many leading octets the reports keep. */
  static int prefixLength(byte[] bytes) {
    return Math.min(bytes.length, PREFIX_OCTETS);
  }

  /**
   * Digests already computed, by array: every report format (and the results stream) names the
   * digest of the same large evidence, which is hashed once. Arrays hash and compare by identity,
   * and the entries go when the evidence does.
   */
  private static final Map<byte[], String> DIGESTS =
      Collections.synchronizedMap(new WeakHashMap<>());

  /** The SHA-256 digest in lower-case hex. */
  static String sha256(byte[] bytes) {
    return DIGESTS.computeIfAbsent(
        bytes,
        b -> {
          try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
          } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
          }
        });
  }

  /** E.g. "connection closed, 12 ms"; "not run" without an observation. */
  static String connection(ScenarioResult result) {
    Observation o = result.observation();
    if (o == null) {
      return "not run";
    }
    String state =
        switch (o.connection()) {
          case OPEN -> "connection open";
          case CLOSED -> "connection closed by the target";
          case RESET -> "connection reset by the target";
        };
    return state + ", " + o.elapsedMillis() + " ms";
  }

  /** The matched outcome's text, or null. */
  static String matched(ScenarioResult result) {
    Outcome m = result.judgement().matched();
    return m == null ? null : m.text();
  }

  /** The texts of the given outcomes. */
  static List<String> texts(List<Outcome> outcomes) {
    List<String> texts = new ArrayList<>();
    outcomes.forEach(o -> texts.add(o.text()));
    return texts;
  }

  /** The results that break the gate, by identity. */
  static Set<ScenarioResult> gateFailures(RunReport report) {
    Set<ScenarioResult> set = Collections.newSetFromMap(new IdentityHashMap<>());
    set.addAll(report.gateFailures());
    return set;
  }

  /** The rule ids of the gate failures, each once, in rulebook order. */
  static List<String> gateFailureIds(RunReport report) {
    return report.gateFailures().stream().map(r -> r.scenario().ruleId()).distinct().toList();
  }

  /** A plain-text account for a CI log: reason, outcomes, bytes, connection, deviations. */
  static String plainText(ScenarioResult result) {
    StringBuilder sb = new StringBuilder();
    sb.append(result.judgement().reason()).append("\n\n");
    sb.append("expected: ").append(String.join(" | ", texts(result.scenario().expected())));
    sb.append('\n');
    if (!result.scenario().allowed().isEmpty()) {
      sb.append("allowed: ").append(String.join(" | ", texts(result.scenario().allowed())));
      sb.append('\n');
    }
    sb.append("\nsent:\n").append(Text.clip(request(result), DISPLAY_LIMIT)).append('\n');
    String response = response(result);
    if (response != null) {
      sb.append("\nreceived:\n").append(Text.clip(response, DISPLAY_LIMIT)).append('\n');
    }
    sb.append('\n').append(connection(result)).append('\n');
    Observation o = result.observation();
    if (o != null && !o.deviations().isEmpty()) {
      sb.append("response deviations:\n");
      o.deviations().forEach(d -> sb.append("  ").append(Text.visible(d)).append('\n'));
    }
    return sb.toString();
  }
}
