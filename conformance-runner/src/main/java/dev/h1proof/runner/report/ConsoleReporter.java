package dev.h1proof.runner.report;

import dev.h1proof.rulebook.RuleIds;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Verdict;
import dev.h1proof.runner.result.RunReport;
import dev.h1proof.runner.result.ScenarioResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * What the user sees while a run goes on and when it ends, in the manner of h2spec: a heading per
 * RFC section once all its scenarios have a verdict, in RFC order, with its counts and one {@code
 * ×} line per FAIL ({@code ?} per INCONCLUSIVE).
 *
 * <p>On a terminal a status line under the headings is redrawn in place: a bar, the scenarios done,
 * the running FAIL count and an estimate of the time left. On a pipe there is no status line, only
 * the headings, one plain line each. Colour, when on, marks only what means something: a count
 * above zero, a {@code ✔}, a {@code ×}. Either way the last line is the run's closing line,
 * exactly, without colour.
 */
public final class ConsoleReporter {
  private static final String RESET = "\u001b[0m";
  private static final String CLEAR_LINE = "\r\u001b[2K";
  private static final int BAR_WIDTH = 24;

  private final PrintWriter out;
  private final boolean terminal;
  private final boolean colour;
  private final LongSupplier nanoTime;

  /** Sections in RFC order, each with the scenarios still awaited and the results so far. */
  private final Map<String, Section> sections = new TreeMap<>(Sections.ORDER);

  private final Map<RuleScenario, Section> sectionOf = new IdentityHashMap<>();
  private final Map<RuleScenario, Integer> position = new IdentityHashMap<>();
  private int total;
  private int done;
  private int failed;
  private long startedNanos;
  private boolean statusShown;

  private static final class Section {
    final String citation;
    int awaited;
    boolean printed;
    final Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    final List<ScenarioResult> notable = new ArrayList<>();

    Section(String citation) {
      this.citation = citation;
    }
  }

  /**
   * Creates a reporter.
   *
   * @param out where to write
   * @param terminal true on a terminal: a status line redrawn with {@code \r}
   * @param colour true to colour what means something (a terminal without {@code NO_COLOR})
   */
  public ConsoleReporter(PrintWriter out, boolean terminal, boolean colour) {
    this(out, terminal, colour, System::nanoTime);
  }

  /** As {@link #ConsoleReporter(PrintWriter, boolean, boolean)}, with a clock for tests. */
  ConsoleReporter(PrintWriter out, boolean terminal, boolean colour, LongSupplier nanoTime) {
    this.out = out;
    this.terminal = terminal;
    this.colour = colour;
    this.nanoTime = nanoTime;
  }

  /** Announces the scenarios of the run, so a section is known complete when its last arrives. */
  public synchronized void start(List<RuleScenario> scenarios) {
    total = scenarios.size();
    startedNanos = nanoTime.getAsLong();
    for (RuleScenario s : scenarios) {
      String id = s.ruleId();
      Section section =
          sections.computeIfAbsent(Sections.key(id), k -> new Section(RuleIds.citation(id)));
      section.awaited++;
      sectionOf.put(s, section);
      position.putIfAbsent(s, position.size());
    }
    status();
  }

  /** Takes one verdict; prints every section that is now complete and has none before it open. */
  public synchronized void result(ScenarioResult result) {
    done++;
    if (result.verdict() == Verdict.FAIL) {
      failed++;
    }
    Section section = sectionOf.get(result.scenario());
    if (section == null) {
      String id = result.scenario().ruleId();
      section = sections.computeIfAbsent(Sections.key(id), k -> new Section(RuleIds.citation(id)));
      section.awaited++;
      sectionOf.put(result.scenario(), section);
    }
    section.awaited--;
    section.counts.merge(result.verdict(), 1, Integer::sum);
    if (result.verdict() == Verdict.FAIL || result.verdict() == Verdict.INCONCLUSIVE) {
      section.notable.add(result);
    }
    flush(false);
  }

  /** Prints the sections ready in RFC order; with {@code all}, every section with a result. */
  private void flush(boolean all) {
    boolean printedAny = false;
    for (Section s : sections.values()) {
      if (s.printed) {
        continue;
      }
      if (s.awaited > 0 && !all) {
        break; // an earlier section is still running: keep RFC order
      }
      s.printed = true;
      if (s.counts.isEmpty()) {
        continue;
      }
      if (!printedAny) {
        clearStatus();
        printedAny = true;
      }
      heading(s);
    }
    status();
    out.flush();
  }

  private void heading(Section s) {
    int n = s.counts.values().stream().mapToInt(Integer::intValue).sum();
    boolean clean = s.counts.getOrDefault(Verdict.FAIL, 0) == 0;
    StringBuilder line = new StringBuilder();
    line.append(clean ? paint("\u001b[32m", "✔") : paint("\u001b[1;31m", "×")).append(' ');
    line.append(s.citation).append("  ");
    line.append(n).append(n == 1 ? " scenario: " : " scenarios: ");
    line.append(counts(s.counts, false));
    out.println(line);
    s.notable.sort(
        java.util.Comparator.comparingInt(r -> position.getOrDefault(r.scenario(), total)));
    for (ScenarioResult r : s.notable) {
      boolean fail = r.verdict() == Verdict.FAIL;
      String mark = fail ? paint("\u001b[1;31m", "×") : paint("\u001b[36m", "?");
      String note = r.baselined() ? " (baselined)" : "";
      out.println(
          "    "
              + mark
              + " "
              + Text.visible(r.scenario().ruleId())
              + " "
              + Text.visible(r.scenario().title())
              + note
              + ": "
              + Text.visible(r.judgement().reason()));
    }
  }

  /** The bar, the scenarios done, the running FAIL count and the time left; terminals only. */
  private void status() {
    if (!terminal || total == 0) {
      return;
    }
    int filled = (int) ((long) BAR_WIDTH * done / total);
    StringBuilder line = new StringBuilder(CLEAR_LINE);
    line.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ");
    line.append(done).append('/').append(total).append("  ");
    line.append(failed == 0 ? "0 FAIL" : paint("\u001b[1;31m", failed + " FAIL"));
    String eta = eta();
    if (eta != null) {
      line.append("  ETA ").append(eta);
    }
    out.print(line);
    statusShown = true;
    out.flush();
  }

  /** The time left at the pace so far, e.g. "12s" or "1m05s"; null before it means anything. */
  String eta() {
    if (done == 0 || done >= total) {
      return null;
    }
    long elapsed = nanoTime.getAsLong() - startedNanos;
    long left = (long) ((double) elapsed / done * (total - done) / 1_000_000_000L);
    return left < 60 ? left + "s" : (left / 60) + "m" + String.format("%02d", left % 60) + "s";
  }

  private void clearStatus() {
    if (statusShown) {
      out.print(CLEAR_LINE);
      statusShown = false;
    }
  }

  /**
   * Ends the run: any section not printed yet, counts per verdict, the gate failures by rule id,
   * unexpected passes, the written reports, what each count means and, as the very last line,
   * {@link RunReport#closingLine()}.
   */
  public synchronized void summary(RunReport report, List<Path> reportFiles) {
    clearStatus();
    for (Section s : sections.values()) {
      s.awaited = 0; // an interrupted or cut-short run: show what each section got
    }
    flushWithoutStatus();
    out.println();
    out.println(counts(report.counts(), true));
    if (report.notUsable() != null) {
      // No gate line: the gate is not judged when only the baseline ran.
      out.println("The target is not usable: " + Text.visible(report.notUsable()));
    } else {
      gate(report);
    }
    if (!report.unexpectedPasses().isEmpty()) {
      out.println("Unexpected passes (baselined, no longer failing; remove from the baseline):");
      report.unexpectedPasses().forEach(id -> out.println("  " + Text.visible(id)));
    }
    for (Path file : reportFiles) {
      out.println("Report: " + file);
    }
    out.println(report.countsExplained());
    out.println(report.closingLine());
    out.flush();
  }

  private void flushWithoutStatus() {
    for (Section s : sections.values()) {
      if (!s.printed) {
        s.printed = true;
        if (!s.counts.isEmpty()) {
          heading(s);
        }
      }
    }
  }

  /** "3 PASS, 1 WARN, 0 FAIL…": every verdict, or only those above zero; colour on counts > 0. */
  private String counts(Map<Verdict, Integer> counts, boolean everyVerdict) {
    StringBuilder sb = new StringBuilder();
    for (Verdict v : Verdict.values()) {
      int n = counts.getOrDefault(v, 0);
      if (n == 0 && !everyVerdict) {
        continue;
      }
      sb.append(sb.length() == 0 ? "" : ", ");
      String text = n + " " + v;
      sb.append(n == 0 ? text : paint(code(v), text));
    }
    return sb.toString();
  }

  private void gate(RunReport report) {
    List<ScenarioResult> failures = report.gateFailures();
    if (report.incomplete() != null) {
      out.println(
          "The run is incomplete ("
              + Text.visible(report.incomplete())
              + "): the reports hold the "
              + (report.results().size() - report.counts().get(Verdict.SKIP))
              + " verdicts reached.");
      if (failures.isEmpty()) {
        return; // an interrupted run can prove a gate failure, never a pass
      }
    }
    if (failures.isEmpty()) {
      out.println(
          paint("\u001b[32m", "Gate passed") + " (fail on " + report.failOn() + " and above).");
      return;
    }
    out.println(
        paint("\u001b[1;31m", "Gate failed")
            + " (fail on "
            + report.failOn()
            + " and above): "
            + failures.size()
            + " failure(s)");
    for (ScenarioResult r : failures) {
      out.println(
          "  "
              + Text.visible(r.scenario().ruleId())
              + " ["
              + r.scenario().level()
              + "] "
              + Text.visible(r.scenario().title()));
    }
  }

  private static String code(Verdict verdict) {
    return switch (verdict) {
      case PASS -> "\u001b[32m";
      case WARN -> "\u001b[33m";
      case FAIL -> "\u001b[1;31m";
      case INCONCLUSIVE -> "\u001b[36m";
      case SKIP -> "\u001b[90m";
    };
  }

  private String paint(String code, String text) {
    return colour ? code + text + RESET : text;
  }
}
