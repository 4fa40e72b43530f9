package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code reports/SEED.md} (issue 14's seed comparison) states nothing the JSON beside it does not:
 * every number in it is a number of {@code reports/seed/*.json}, the main table's cells are the
 * right fields, and each category's answers add up to what was sent.
 */
class SeedComparisonTest {
  private static final Path REPORTS = Path.of("..", "reports");
  private static final JsonMapper JSON = new JsonMapper();
  private static final List<String> CATEGORIES =
      List.of("path", "query", "field-name", "field-value", "pct-path", "pct-query");
  private static final Map<String, Integer> SENT =
      Map.of(
          "path", 175,
          "query", 175,
          "field-name", 178,
          "field-value", 30,
          "pct-path", 61_692,
          "pct-query", 61_692);
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

  private static JsonNode read(String name) throws IOException {
    return JSON.readTree(REPORTS.resolve("seed").resolve(name).toFile());
  }

  @Test
  void everyNumberOfTheTableIsInTheJson() throws IOException {
    Set<String> known = new HashSet<>();
    try (Stream<Path> files = Files.list(REPORTS.resolve("seed"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        collect(JSON.readTree(file.toFile()), known);
      }
    }
    String md = Files.readString(REPORTS.resolve("SEED.md"));
    List<String> strays = new ArrayList<>();
    Matcher m = NUMBER.matcher(md);
    while (m.find()) {
      String token = m.group().replaceAll(",(?=\\d{3})", "").replaceAll("[,.]$", "");
      if (!known.contains(canonical(token))) {
        strays.add(m.group());
      }
    }
    assertThat(strays).as("numbers in reports/SEED.md that no reports/seed/*.json holds").isEmpty();
  }

  @Test
  void theMainTableShowsThePostsAndOurCountsOfAnswers200() throws IOException {
    JsonNode post = read("post.json").path("servers");
    JsonNode go = read("go.json").path("categories");
    JsonNode hyper = read("hyper.json").path("categories");
    List<String[]> rows = new ArrayList<>();
    boolean inTable = false;
    for (String line : Files.readAllLines(REPORTS.resolve("SEED.md"))) {
      if (line.startsWith("| category |")) {
        inTable = true;
      } else if (inTable && line.startsWith("| ") && !line.startsWith("| ---")) {
        rows.add(line.split("\\s*\\|\\s*"));
        if (rows.size() == 6) {
          break;
        }
      }
    }
    assertThat(rows).hasSize(6);
    for (int i = 0; i < CATEGORIES.size(); i++) {
      String c = CATEGORIES.get(i);
      String[] cells = rows.get(i);
      assertThat(number(cells[2])).as("%s sent", c).isEqualTo(SENT.get(c));
      assertThat(number(cells[3]))
          .isEqualTo(post.path("go").path("categories").path(c).path("undetected").asInt());
      assertThat(number(cells[4])).isEqualTo(go.path(c).path("answered_200").asInt());
      assertThat(number(cells[5]))
          .isEqualTo(post.path("hyper").path("categories").path(c).path("undetected").asInt());
      assertThat(number(cells[6])).isEqualTo(hyper.path(c).path("answered_200").asInt());
    }
  }

  @Test
  void eachCategorysAnswersAddUpToWhatWasSent() throws IOException {
    for (String server : List.of("go", "hyper")) {
      JsonNode doc = read(server + ".json");
      int total = 0;
      for (String c : CATEGORIES) {
        JsonNode cat = doc.path("categories").path(c);
        int sent = cat.path("sent").asInt();
        assertThat(sent).as("%s %s sent", server, c).isEqualTo(SENT.get(c));
        int answers =
            cat.path("answered_200").asInt()
                + cat.path("no_response").asInt()
                + cat.path("other_bytes").asInt()
                + cat.path("connection_failed").asInt();
        for (Iterator<JsonNode> it = cat.path("other_status").elements(); it.hasNext(); ) {
          answers += it.next().asInt();
        }
        assertThat(answers).as("%s %s answers", server, c).isEqualTo(sent);
        int verdicts = 0;
        for (Iterator<JsonNode> it = cat.path("verdicts").elements(); it.hasNext(); ) {
          verdicts += it.next().asInt();
        }
        assertThat(verdicts).as("%s %s verdicts", server, c).isEqualTo(sent);
        total += sent;
      }
      assertThat(doc.path("run").path("requests").asInt()).isEqualTo(total);
    }
    JsonNode post = read("post.json").path("servers");
    for (String server : List.of("go", "hyper")) {
      for (String c : CATEGORIES) {
        assertThat(post.path(server).path("categories").path(c).path("sent").asInt())
            .isEqualTo(SENT.get(c));
      }
    }
  }

  private static int number(String cell) {
    return Integer.parseInt(cell.replace(",", "").strip());
  }

  /** Every number of a JSON tree: numeric values, and digit runs inside field names and strings. */
  private static void collect(JsonNode node, Set<String> into) {
    if (node.isNumber()) {
      into.add(canonical(node.decimalValue().toPlainString()));
    } else if (node.isTextual()) {
      Matcher m = NUMBER.matcher(node.asText());
      while (m.find()) {
        into.add(canonical(m.group().replaceAll(",(?=\\d{3})", "").replaceAll("[,.]$", "")));
      }
    } else {
      node.fieldNames()
          .forEachRemaining(
              name -> {
                Matcher m = NUMBER.matcher(name);
                while (m.find()) {
                  into.add(canonical(m.group()));
                }
              });
      node.elements().forEachRemaining(child -> collect(child, into));
    }
  }

  private static String canonical(String token) {
    try {
      return new BigDecimal(token).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return token;
    }
  }
}
