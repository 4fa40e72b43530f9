package dev.h1proof.runner;

import dev.h1proof.rulebook.RuleIds;
import dev.h1proof.rulebook.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pictures of {@code h1proof matrix}, as inline SVG (no script, no external reference, every
 * name escaped): the rule × server heat grid, and the parsers' speed against their strictness.
 */
final class MatrixSvg {
  private MatrixSvg() {}

  static final int CELL = 14;
  private static final double CHAR = 6.7; // 11 px monospace

  /** The colour of each verdict, as in report.html. */
  static String fill(Verdict v) {
    return switch (v) {
      case PASS -> "#1a7f37";
      case WARN -> "#9a6700";
      case FAIL -> "#b3261e";
      case INCONCLUSIVE -> "#2f6fa3";
      case SKIP -> "#777777";
    };
  }

  /**
   * The heat grid: one row per rule (in RFC order), one column per target, each cell coloured by
   * the worst verdict of the rule's scenarios on that target, with its counts as a tooltip.
   *
   * @param table the targets
   * @param ids the rule ids in row order
   * @param levels each rule's level
   */
  static String heatGrid(
      List<MatrixCommand.Column> table, List<String> ids, Map<String, String> levels) {
    int maxId = ids.stream().mapToInt(String::length).max().orElse(10);
    int maxName = table.stream().mapToInt(c -> c.name().length()).max().orElse(4);
    int left = (int) Math.ceil((maxId + 8) * CHAR) + 10;
    int top = (int) Math.ceil(maxName * CHAR * 0.75) + 24;
    int legend = 40;
    int width = Math.max(left + table.size() * CELL + 20, 520);
    int height = top + ids.size() * CELL + legend;
    StringBuilder svg = new StringBuilder();
    svg.append(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                    + " viewBox=\"0 0 %d %d\" role=\"img\" font-family=\"monospace\""
                    + " font-size=\"11\">\n",
                width,
                height,
                width,
                height))
        .append("<title>h1proof: worst verdict per rule and server</title>\n");
    for (int c = 0; c < table.size(); c++) {
      double x = left + c * CELL + CELL / 2.0;
      svg.append(
          String.format(
              Locale.ROOT,
              "<text transform=\"translate(%.1f %d) rotate(-45)\">%s</text>\n",
              x + 3,
              top - 6,
              xml(table.get(c).name())));
    }
    String section = null;
    for (int r = 0; r < ids.size(); r++) {
      String id = ids.get(r);
      int y = top + r * CELL;
      String sec = RuleIds.rfc(id) + ":" + RuleIds.section(id);
      if (section != null && !sec.equals(section)) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<line x1=\"0\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#ccc\"/>\n",
                left + table.size() * CELL,
                y,
                y));
      }
      section = sec;
      String level = levels.getOrDefault(id, "");
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s <tspan fill=\"#666\">%s</tspan></text>\n",
              left - 6,
              y + CELL - 3,
              xml(id),
              xml(level)));
      for (int c = 0; c < table.size(); c++) {
        MatrixCommand.Column column = table.get(c);
        Map<Verdict, Integer> counts = column.rules().get(id);
        Verdict worst = MatrixCommand.worst(counts);
        String tip =
            id + " on " + column.name() + ": " + (counts == null ? "not run" : describe(counts));
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"#fff\""
                    + " data-verdict=\"%s\"><title>%s</title></rect>\n",
                left + c * CELL,
                y,
                CELL,
                CELL,
                worst == null ? "#eeeeee" : fill(worst),
                worst == null ? "none" : worst.name(),
                xml(tip)));
      }
    }
    int y = top + ids.size() * CELL + 20;
    int x = 10;
    for (Verdict v : Verdict.values()) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>"
                  + "<text x=\"%d\" y=\"%d\">%s</text>\n",
              x,
              y - 10,
              CELL - 2,
              CELL - 2,
              fill(v),
              x + CELL + 2,
              y,
              v.name()));
      x += CELL + 8 + (int) Math.ceil(v.name().length() * CHAR);
    }
    return svg.append("</svg>\n").toString();
  }

  private static String describe(Map<Verdict, Integer> counts) {
    List<String> parts = new ArrayList<>();
    for (Verdict v : Verdict.values()) {
      int n = counts.getOrDefault(v, 0);
      if (n > 0) {
        parts.add(n + " " + v);
      }
    }
    return String.join(", ", parts);
  }

  /** One parser of the speed-against-strictness chart. */
  record Parser(String name, int rulesEnforced, double nsPerRequest) {}

  /**
   * The chart: one point per parser, ns per request on the x axis (left is faster), rules enforced
   * on the y axis (up is stricter), both from zero.
   */
  static String speedChart(List<Parser> parsers) {
    int width = 640;
    int height = 400;
    int left = 60;
    int right = 150;
    int top = 30;
    int bottom = 50;
    double maxNs = niceCeiling(parsers.stream().mapToDouble(Parser::nsPerRequest).max().orElse(1));
    double maxRules =
        niceCeiling(parsers.stream().mapToDouble(Parser::rulesEnforced).max().orElse(1));
    double plotW = width - left - right;
    double plotH = height - top - bottom;
    StringBuilder svg = new StringBuilder();
    svg.append(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                    + " viewBox=\"0 0 %d %d\" role=\"img\" font-family=\"sans-serif\""
                    + " font-size=\"12\">\n",
                width,
                height,
                width,
                height))
        .append("<title>Parsers: rules enforced against ns per request</title>\n");
    // axes, ticks and grid
    for (int i = 0; i <= 5; i++) {
      double ns = maxNs * i / 5;
      double x = left + plotW * i / 5;
      double rules = maxRules * i / 5;
      double y = top + plotH - plotH * i / 5;
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>"
                  + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>\n"
                  + "<line x1=\"%d\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#eee\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n",
              x,
              x,
              top,
              top + plotH,
              x,
              top + plotH + 16,
              number(ns),
              left,
              left + plotW,
              y,
              y,
              left - 6,
              y + 4,
              number(rules)));
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" stroke=\"#999\"/>\n"
                + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">ns per request (left is"
                + " faster)</text>\n"
                + "<text transform=\"translate(16 %.1f) rotate(-90)\" text-anchor=\"middle\">rules"
                + " enforced (up is stricter)</text>\n",
            left,
            top,
            plotW,
            plotH,
            left + plotW / 2,
            height - 12,
            top + plotH / 2));
    for (Parser p : parsers) {
      double x = left + plotW * p.nsPerRequest() / maxNs;
      double y = top + plotH - plotH * p.rulesEnforced() / maxRules;
      svg.append(
          String.format(
              Locale.ROOT,
              "<g class=\"parser\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"#2f6fa3\">"
                  + "<title>%s: %d rules, %s ns per request</title></circle>"
                  + "<text x=\"%.1f\" y=\"%.1f\">%s</text></g>\n",
              x,
              y,
              xml(p.name()),
              p.rulesEnforced(),
              number(p.nsPerRequest()),
              x + 8,
              y + 4,
              xml(p.name())));
    }
    return svg.append("</svg>\n").toString();
  }

  /** 1, 2 or 5 times a power of ten, at or above {@code v}. */
  static double niceCeiling(double v) {
    if (v <= 0) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(v)));
    for (double step : new double[] {1, 2, 5, 10}) {
      if (step * power >= v) {
        return step * power;
      }
    }
    return 10 * power;
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  /** Text safe in SVG content and attribute values. */
  static String xml(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append((c < 0x20 && c != '\t') || c == 0xFFFE || c == 0xFFFF ? ' ' : c);
      }
    }
    return sb.toString();
  }
}
