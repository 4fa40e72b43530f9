package dev.h1proof.rulebook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named octet sets of the {@code {each:SET}} notation, all defined here with the grammar they
 * come from. A scenario whose request contains {@code {each:SET}} stands for one scenario per
 * member of the set: the placeholder is replaced by the member's octet (or octet pair), as if it
 * had been written {@code \xHH}. The sets reproduce the six categories of the compliance tester
 * that issue 14 compares with; {@code features/README.md} gives their sizes and why they are what
 * they are.
 *
 * <p>Grammar used (RFC 5234 core rules, RFC 3986, RFC 9110):
 *
 * <pre>
 * CTL         = %x00-1F / %x7F                         ; RFC 5234
 * pchar       = unreserved / pct-encoded / sub-delims / ":" / "@"      ; RFC 3986 §3.3
 * unreserved  = ALPHA / DIGIT / "-" / "." / "_" / "~"
 * sub-delims  = "!" / "$" / "&amp;" / "'" / "(" / ")" / "*" / "+" / "," / ";" / "="
 * pct-encoded = "%" HEXDIG HEXDIG
 * query       = *( pchar / "/" / "?" )                                ; RFC 3986 §3.4
 * tchar       = "!" / "#" / "$" / "%" / "&amp;" / "'" / "*" / "+" / "-" / "." /
 *               "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA            ; RFC 9110 §5.6.2
 * field-vchar = VCHAR / obs-text ; obs-text = %x80-FF                  ; RFC 9110 §5.5
 * </pre>
 */
public final class OctetSets {
  /** One named set: single octets (width 1) or octet pairs (width 2). */
  public record OctetSet(String name, String grammar, int width, List<byte[]> members) {
    /** The number of members. */
    public int size() {
      return members.size();
    }
  }

  private static final Pattern EACH = Pattern.compile("\\{each:([a-z0-9-]+)\\}");

  private static final Map<String, OctetSet> SETS = new LinkedHashMap<>();

  static {
    single(
        "ctl-but-htab",
        "CTL except HTAB: %x00-08 / %x0A-1F / %x7F (32); no CTL is allowed in a request-target",
        b -> isCtl(b) && b != 0x09);
    single(
        "whitespace",
        "SP / HTAB (2): allowed in no part of a request-target",
        b -> b == 0x20 || b == 0x09);
    single(
        "hash-percent",
        "\"#\" / \"%\" (2): a fragment (never in a request-target), or a \"%\" not followed by two"
            + " HEXDIG",
        b -> b == '#' || b == '%');
    single(
        "not-uri-char",
        "DQUOTE / \"<\" / \">\" / \"[\" / \"\\\" / \"]\" / \"^\" / \"`\" / \"{\" / \"|\" / \"}\" /"
            + " %x80-FF (139): printable or high octets in no production of a path or query",
        b -> b >= 0x80 || (b > 0x20 && b < 0x7f && !isPathOrQueryChar(b) && b != '#' && b != '%'));
    single(
        "ctl-but-htab-lf",
        "CTL except HTAB and LF (31): control octets in a field name",
        b -> isCtl(b) && b != 0x09 && b != 0x0a);
    single("lf", "LF (1): a bare LF where a field name starts", b -> b == 0x0a);
    single(
        "name-delimiter-or-high",
        "the delimiters of RFC 9110 §5.6.2 except \":\" (DQUOTE and \"(),/;<=>?@[\\]{}\", 16) and"
            + " obs-text %x80-FF (128): 144 octets that are not tchar",
        b -> b >= 0x80 || (b > 0x20 && b < 0x7f && !isTchar(b) && b != ':'));
    single("nul", "NUL (1): %x00", b -> b == 0x00);
    single(
        "ctl-but-nul-htab-cr-lf",
        "CTL except NUL, HTAB, CR and LF: %x01-08 / %x0B-0C / %x0E-1F / %x7F (29)",
        b -> isCtl(b) && b != 0x00 && b != 0x09 && b != 0x0a && b != 0x0d);
    pairs(
        "bad-pct-pair",
        "two octets after \"%\" of which at least one is not ALPHA / DIGIT (194 x 256 + 62 x 194 ="
            + " 61,692); every such pair breaks pct-encoded = \"%\" HEXDIG HEXDIG. The 3,360 pairs"
            + " of two letters or digits that are not both HEXDIG (e.g. \"zz\", \"G0\") are not in"
            + " the set, as in the compared tester; the hand-written scenarios cover a few.",
        (a, b) -> !isAlnum(a) || !isAlnum(b));
  }

  private OctetSets() {}

  /** Every set, by name, in definition order. */
  public static Map<String, OctetSet> all() {
    return Collections.unmodifiableMap(SETS);
  }

  /** The set of that name, or an exception naming the known ones. */
  public static OctetSet get(String name) {
    OctetSet set = SETS.get(name);
    if (set == null) {
      throw new IllegalArgumentException(
          "unknown octet set '" + name + "'; known: " + String.join(", ", SETS.keySet()));
    }
    return set;
  }

  /**
   * The name of the set a doc string expands over, or null when it has no {@code {each:SET}}; more
   * than one is an error.
   */
  public static String eachIn(String docString) {
    Matcher m = EACH.matcher(docString);
    if (!m.find()) {
      if (docString.contains("{each:")) {
        throw new IllegalArgumentException("'{each:' needs a set name: {each:NAME}");
      }
      return null;
    }
    String name = m.group(1);
    if (m.find()) {
      throw new IllegalArgumentException("a request has at most one {each:SET}");
    }
    get(name);
    return name;
  }

  /** The doc string with its {@code {each:SET}} replaced by one member, written in escapes. */
  public static String substitute(String docString, byte[] member) {
    StringBuilder escaped = new StringBuilder();
    for (byte b : member) {
      escaped.append(String.format("\\x%02x", b & 0xff));
    }
    return EACH.matcher(docString).replaceFirst(Matcher.quoteReplacement(escaped.toString()));
  }

  /** The member in hex digits, for a key: {@code 7f}, {@code 2547}. */
  public static String hex(byte[] member) {
    StringBuilder sb = new StringBuilder();
    for (byte b : member) {
      sb.append(String.format("%02x", b & 0xff));
    }
    return sb.toString();
  }

  /** The member for a title: {@code 0x7f}, {@code 0x25 0x47}. */
  public static String label(byte[] member) {
    StringBuilder sb = new StringBuilder();
    for (byte b : member) {
      sb.append(sb.length() == 0 ? "" : " ").append(String.format("0x%02x", b & 0xff));
    }
    return sb.toString();
  }

  private static boolean isCtl(int b) {
    return b < 0x20 || b == 0x7f;
  }

  private static boolean isAlnum(int b) {
    return (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
  }

  /** pchar (without pct-encoded), "/" and "?": what a path followed by a query may contain. */
  private static boolean isPathOrQueryChar(int b) {
    return isAlnum(b) || "-._~!$&'()*+,;=:@/?".indexOf(b) >= 0;
  }

  private static boolean isTchar(int b) {
    return isAlnum(b) || "!#$%&'*+-.^_`|~".indexOf(b) >= 0;
  }

  private interface PairPredicate {
    boolean test(int a, int b);
  }

  private static void single(String name, String grammar, IntPredicate in) {
    List<byte[]> members = new ArrayList<>();
    for (int b = 0; b < 256; b++) {
      if (in.test(b)) {
        members.add(new byte[] {(byte) b});
      }
    }
    SETS.put(name, new OctetSet(name, grammar, 1, Collections.unmodifiableList(members)));
  }

  private static void pairs(String name, String grammar, PairPredicate in) {
    List<byte[]> members = new ArrayList<>();
    for (int a = 0; a < 256; a++) {
      for (int b = 0; b < 256; b++) {
        if (in.test(a, b)) {
          members.add(new byte[] {(byte) a, (byte) b});
        }
      }
    }
    SETS.put(name, new OctetSet(name, grammar, 2, Collections.unmodifiableList(members)));
  }
}
