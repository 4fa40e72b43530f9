package dev.h1proof.strictness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/** The committed reports/parsers.json. */
final class Published {
  static final Path REPORTS = Path.of(System.getProperty("h1proof.reports", "../reports"));

  private Published() {}

  static JsonNode json() {
    try {
      return new ObjectMapper().readTree(REPORTS.resolve("parsers.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rules parsers.json says {@code parser} does not enforce. */
  static Set<String> notEnforced(String parser) {
    Set<String> ids = new TreeSet<>();
    for (JsonNode rule : json().path("rules")) {
      if (rule.path("results").path(parser).asText().equals("not enforced")) {
        ids.add(rule.path("id").asText());
      }
    }
    return ids;
  }
}
