package dev.h1proof.runner.report;

import dev.h1proof.rulebook.RuleIds;
import java.util.Comparator;

/** RFC sections as the reports group rules: a key per section and the RFC's own order. */
final class Sections {
  private Sections() {}

  /** The key of a rule's section, e.g. {@code 9112:5.1}. */
  static String key(String ruleId) {
    return RuleIds.rfc(ruleId) + ":" + RuleIds.section(ruleId);
  }

  /** RFC number, then section numbers compared as numbers: 9110:5.5 before 9110:10.1. */
  static final Comparator<String> ORDER = Sections::compare;

  private static int compare(String a, String b) {
    String[] x = a.split("[:.]");
    String[] y = b.split("[:.]");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = compareNumbers(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static int compareNumbers(String a, String b) {
    try {
      return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    } catch (NumberFormatException e) {
      return a.compareTo(b);
    }
  }
}
