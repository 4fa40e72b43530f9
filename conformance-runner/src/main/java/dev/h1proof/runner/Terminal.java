package dev.h1proof.runner;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether standard output is a terminal, and whether the user wants colour on it. */
final class Terminal {
  private Terminal() {}

  /**
   * True when standard output goes to a terminal. From JDK 22 {@link System#console()} returns a
   * console even when output is redirected, so its {@code isTerminal()} (JDK 22+) decides there.
   */
  static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException beforeJdk22) {
      return true; // before JDK 22 a console exists only on a terminal
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /** False when {@code NO_COLOR} is set to anything but the empty string (no-color.org). */
  static boolean colourWanted(String noColor) {
    return noColor == null || noColor.isEmpty();
  }
}
