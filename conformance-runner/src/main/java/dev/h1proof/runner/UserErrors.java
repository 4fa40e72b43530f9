package dev.h1proof.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A user's mistake on the command line, said in our words: one sentence naming the option and what
 * it takes, never a Java type or exception name.
 */
final class UserErrors {
  private UserErrors() {}

  /** The sentence for a command line picocli could not parse. */
  static String parameter(ParameterException ex) {
    if (ex instanceof UnmatchedArgumentException unmatched) {
      List<String> args = unmatched.getUnmatched();
      String first = args.isEmpty() ? "" : args.get(0);
      return first.startsWith("-")
          ? "unknown option " + first
          : "unexpected argument '" + first + "'";
    }
    if (ex instanceof MissingParameterException missing) {
      List<String> names = new ArrayList<>();
      missing.getMissing().forEach(a -> names.add(name(a)));
      return "missing " + String.join(" and ", names);
    }
    ArgSpec arg = ex.getArgSpec();
    String value = ex.getValue();
    if (arg != null && value != null) {
      String takes = takes(arg.type());
      if (takes != null) {
        return name(arg) + " takes " + takes + ", not '" + value + "'";
      }
    }
    String message = ex.getMessage() == null ? "invalid command line" : ex.getMessage();
    return message.isEmpty()
        ? message
        : Character.toLowerCase(message.charAt(0)) + message.substring(1);
  }

  /** Says in a few words why a file operation failed, without the exception's name. */
  static String io(java.io.IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException
        || e instanceof java.nio.file.NotDirectoryException) {
      return "a file is in the way";
    }
    if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
      return fse.getReason().toLowerCase(Locale.ROOT);
    }
    if (e instanceof java.io.FileNotFoundException && e.getMessage() != null) {
      String m = e.getMessage();
      int open = m.lastIndexOf('(');
      return open >= 0 && m.endsWith(")")
          ? m.substring(open + 1, m.length() - 1).toLowerCase(Locale.ROOT)
          : "no such file or folder";
    }
    return "it cannot be read or written";
  }

  /** What an option of {@code type} accepts, e.g. "must, should or may"; null if unknown. */
  static String takes(Class<?> type) {
    if (type.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        names.add(((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
      }
      return choices(names);
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    return null;
  }

  /** "a", "a or b", "a, b or c". */
  static String choices(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " or "
        + names.get(names.size() - 1);
  }

  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
  }
}
