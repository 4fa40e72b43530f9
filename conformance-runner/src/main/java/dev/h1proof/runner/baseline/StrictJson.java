package dev.h1proof.runner.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reading the files a user hands the gate (a baseline, reviewed verdicts): every failure is one
 * {@link BaselineException} line that names the kind of file and where it went wrong.
 */
final class StrictJson {
  private StrictJson() {}

  /** The file's text; {@code kind} names it in messages, e.g. "baseline". */
  static String read(Path file, String kind) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BaselineException(kind + " " + file + ": no such file");
    } catch (IOException e) {
      throw new BaselineException(kind + " " + file + ": cannot read it: " + e.getMessage(), e);
    }
  }

  /** The top-level JSON object of {@code text}, read by {@code mapper}. */
  static JsonNode object(ObjectMapper mapper, String text, String kind, String source) {
    JsonNode root;
    try {
      root = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      String what = e.getOriginalMessage().lines().findFirst().orElse("");
      throw new BaselineException(
          kind + " " + source + ": not valid JSON" + where + ": " + what, e);
    }
    if (root == null || !root.isObject()) {
      throw new BaselineException(kind + " " + source + ": the top level must be a JSON object");
    }
    return root;
  }
}
