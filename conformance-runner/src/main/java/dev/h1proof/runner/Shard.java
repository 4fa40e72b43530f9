package dev.h1proof.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A slice of the selected scenarios, {@code --shard I/N}: the scenarios at positions I-1, I-1+N,
 * I-1+2N, … of the selection in rulebook order (file, then line). The same rulebook and selection
 * always give the same slices, and the N slices together hold every scenario exactly once.
 *
 * @param index the slice, from 1
 * @param count the number of slices
 */
public record Shard(int index, int count) {
  private static final Pattern FORM = Pattern.compile("([0-9]{1,6})/([0-9]{1,6})");

  /** The whole selection. */
  public static final Shard ALL = new Shard(1, 1);

  /** Parses {@code I/N}; anything else is a usage error with one line. */
  public static Shard parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.trim());
    if (m.matches()) {
      int i = Integer.parseInt(m.group(1));
      int n = Integer.parseInt(m.group(2));
      if (n >= 1 && i >= 1 && i <= n) {
        return new Shard(i, n);
      }
    }
    throw new CliException(
        ExitCodes.USAGE, "--shard takes I/N with 1 <= I <= N, e.g. 2/3, not '" + text + "'");
  }

  /** This slice of {@code selected}; a usage error when there are fewer scenarios than slices. */
  public <T> List<T> slice(List<T> selected) {
    if (count > selected.size()) {
      throw new CliException(
          ExitCodes.USAGE,
          "--shard "
              + this
              + ": the selection has only "
              + selected.size()
              + " scenarios, so at most "
              + selected.size()
              + " shards");
    }
    List<T> slice = new ArrayList<>();
    for (int p = index - 1; p < selected.size(); p += count) {
      slice.add(selected.get(p));
    }
    return slice;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
