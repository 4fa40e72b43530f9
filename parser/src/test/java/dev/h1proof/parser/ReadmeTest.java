package dev.h1proof.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's code block must be the compiled, tested example, verbatim (modulo indentation). */
class ReadmeTest {

  private static String normalize(List<String> lines) {
    int indent = Integer.MAX_VALUE;
    for (String l : lines) {
      if (!l.isBlank()) {
        indent = Math.min(indent, l.length() - l.stripLeading().length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      sb.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return sb.toString();
  }

  @Test
  void readmeBlockEqualsTheTestedExample() throws IOException {
    List<String> readme = Files.readAllLines(Path.of("README.md"));
    int from = readme.indexOf("```java");
    int to = readme.subList(from + 1, readme.size()).indexOf("```") + from + 1;
    List<String> source =
        Files.readAllLines(Path.of("src/test/java/dev/h1proof/parser/ReadmeExample.java"));
    int a = -1;
    int b = -1;
    for (int i = 0; i < source.size(); i++) {
      if (source.get(i).trim().equals("// README-BEGIN")) {
        a = i;
      } else if (source.get(i).trim().equals("// README-END")) {
        b = i;
      }
    }
    assertThat(normalize(readme.subList(from + 1, to)))
        .isEqualTo(normalize(source.subList(a + 1, b)));
  }

  @Test
  void exampleRuns() {
    assertThat(ReadmeExample.run())
        .containsExactly(
            "POST /upload?x=1 host=example.com",
            "Host: example.com",
            "Transfer-Encoding: chunked",
            "data: hello",
            "body COMPLETE, next request at 91");
  }
}
