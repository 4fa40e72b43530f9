package dev.h1proof.runner;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations written as {@code 2s}, {@code 500ms} or {@code 1m}. */
final class Durations {
  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m)");

  private Durations() {}

  static Duration parse(String text, String option) {
    Matcher m = DURATION.matcher(text.trim());
    if (!m.matches()) {
      throw new CliException(
          ExitCodes.USAGE, option + " takes a duration such as 2s or 500ms, not '" + text + "'");
    }
    long n = Long.parseLong(m.group(1));
    Duration d =
        switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          default -> Duration.ofMinutes(n);
        };
    if (d.toMillis() < 10 || d.toMinutes() > 10) {
      throw new CliException(ExitCodes.USAGE, option + " must be between 10ms and 10m");
    }
    return d;
  }
}
