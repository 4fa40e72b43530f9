package dev.h1proof.rulebook;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The anatomy of a rule id: {@code RFC<number>-<section>-<name>}. */
public final class RuleIds {
  /** A well-formed rule id. */
  public static final Pattern RULE_ID =
      Pattern.compile("RFC(\\d{4})-(\\d+(?:\\.\\d+)*)-[A-Za-z0-9.-]+");

  private RuleIds() {}

  /** True for a tag (without '@') that is a rule id. */
  public static boolean isRuleId(String s) {
    return RULE_ID.matcher(s).matches();
  }

  /** The section, e.g. "5.1". */
  public static String section(String ruleId) {
    Matcher m = RULE_ID.matcher(ruleId);
    return m.matches() ? m.group(2) : "";
  }

  /** The RFC number, e.g. 9112. */
  public static int rfc(String ruleId) {
    Matcher m = RULE_ID.matcher(ruleId);
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** "RFC 9112 §5.1". */
  public static String citation(String ruleId) {
    return "RFC " + rfc(ruleId) + " §" + section(ruleId);
  }

  /** The section's address in the RFC Editor's HTML rendering. */
  public static String link(String ruleId) {
    return "https://www.rfc-editor.org/rfc/rfc" + rfc(ruleId) + ".html#section-" + section(ruleId);
  }

  /**
   * Whether a rule id falls under a section filter: "5.1" matches 5.1 and 5.1.x in either RFC;
   * "9110:7.2" or "RFC9110-7.2" only in that RFC.
   */
  public static boolean inSection(String ruleId, String filter) {
    String f = filter.trim();
    int rfc = 0;
    Matcher qualified = Pattern.compile("(?:RFC)?(\\d{4})[:-](.+)").matcher(f);
    if (qualified.matches()) {
      rfc = Integer.parseInt(qualified.group(1));
      f = qualified.group(2);
    }
    String s = section(ruleId);
    return (rfc == 0 || rfc == rfc(ruleId)) && (s.equals(f) || s.startsWith(f + "."));
  }
}
