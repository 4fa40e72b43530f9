package dev.h1proof.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The jbang alias runs the runner's jar with the Vector API module resolved. */
class JbangCatalogTest {
  private final Path root = Path.of(System.getProperty("h1proof.root", ".."));

  @Test
  void theAliasPointsAtTheShadedJarAndAddsTheVectorModule() throws IOException {
    JsonNode alias =
        new ObjectMapper().readTree(root.resolve("jbang-catalog.json").toFile()).path("aliases");
    JsonNode h1proof = alias.path("h1proof");
    List<String> options = new ArrayList<>();
    h1proof.path("runtime-options").forEach(o -> options.add(o.asText()));
    assertThat(String.join(" ", options)).isEqualTo("--add-modules jdk.incubator.vector");

    // The release-check module is built after the runner, so its shaded jar exists by now.
    Path jar = root.resolve(h1proof.path("script-ref").asText());
    assertThat(jar).isRegularFile();
    try (JarFile file = new JarFile(jar.toFile())) {
      assertThat(file.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo(h1proof.path("main").asText())
          .isEqualTo("dev.h1proof.runner.Main");
    }
    assertThat(Files.readString(root.resolve("conformance-runner/pom.xml")))
        .contains("<finalName>h1proof</finalName>");
  }
}
