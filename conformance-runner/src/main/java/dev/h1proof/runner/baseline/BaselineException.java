package dev.h1proof.runner.baseline;

/**
 * A baseline or reviewed-verdicts file cannot be used: unreadable, not JSON, an unknown schema, an
 * entry that breaks the format, or (reviewed verdicts) a reason still UNREVIEWED. The message is
 * one line naming the file, fit to show the user as is.
 */
public final class BaselineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with its one-line message. */
  public BaselineException(String message) {
    super(message);
  }

  /** Creates the exception with its one-line message and the underlying cause. */
  public BaselineException(String message, Throwable cause) {
    super(message, cause);
  }
}
