package dev.h1proof.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CentralLayoutTest {
  @TempDir Path root;

  private static final String METADATA =
      """
        <name>lib</name>
        <description>A library.</description>
        <licenses><license><name>Apache-2.0</name></license></licenses>
        <developers><developer><name>Someone</name></developer></developers>
        <scm><connection>scm:git:lib.git</connection></scm>
      """;

  private void parent(String metadata) throws IOException {
    Files.writeString(
        root.resolve("pom.xml"),
        "<project><groupId>g</groupId><artifactId>parent</artifactId><version>1.0</version>"
            + metadata
            + "<modules><module>lib</module><module>internal</module></modules></project>");
    Path internal = Files.createDirectories(root.resolve("internal"));
    Files.writeString(
        internal.resolve("pom.xml"),
        "<project><artifactId>internal</artifactId><name>internal</name></project>");
  }

  private Path module(String extra) throws IOException {
    Path lib = Files.createDirectories(root.resolve("lib"));
    Files.writeString(
        lib.resolve("pom.xml"),
        "<project><artifactId>lib</artifactId><name>lib</name><description>A library.</description>"
            + "<properties><h1proof.publish.skip>false</h1proof.publish.skip></properties>"
            + extra
            + "</project>");
    return Files.createDirectories(lib.resolve("target"));
  }

  private static void jar(Path file, String entry) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(1);
      zip.closeEntry();
    }
  }

  private void complete(Path target) throws IOException {
    jar(target.resolve("lib-1.0.jar"), "g/Lib.class");
    jar(target.resolve("lib-1.0-sources.jar"), "g/Lib.java");
    jar(target.resolve("lib-1.0-javadoc.jar"), "index.html");
  }

  @Test
  void aCompleteLayoutPassesAndOnlyPublishedModulesAreChecked() throws IOException {
    parent(METADATA);
    complete(module(""));
    CentralLayout check = new CentralLayout(root, false);
    assertThat(check.publishedModules()).containsExactly("lib");
    assertThat(check.problems()).isEmpty();
  }

  @Test
  void missingJarsAndJarsWithoutContentAreNamed() throws IOException {
    parent(METADATA);
    Path target = module("");
    jar(target.resolve("lib-1.0.jar"), "g/Lib.class");
    jar(target.resolve("lib-1.0-sources.jar"), "META-INF/MANIFEST.MF");
    assertThat(new CentralLayout(root, false).problems())
        .containsExactly(
            "lib: lib/target/lib-1.0-sources.jar holds no Java sources",
            "lib: no lib/target/lib-1.0-javadoc.jar");
  }

  @Test
  void metadataIsInheritedFromTheParentOrMissingInBoth() throws IOException {
    parent("<name>parent</name>");
    complete(module("<licenses><license><name>MIT</name></license></licenses>"));
    assertThat(new CentralLayout(root, false).problems())
        .containsExactly(
            "the parent POM: missing <description>",
            "the parent POM: missing <licenses><license><name>",
            "the parent POM: missing <developers><developer><name>",
            "the parent POM: missing <scm><connection>",
            "lib: missing <developers><developer><name>",
            "lib: missing <scm><connection>");
  }

  @Test
  void aReleaseBuildAlsoNeedsTheProjectUrl() throws IOException {
    parent(METADATA);
    complete(module(""));
    assertThat(new CentralLayout(root, true).problems())
        .containsExactly(
            "the parent POM: missing <url> (a release needs the project's address)",
            "lib: missing <url> (a release needs the project's address)");
  }

  @Test
  void theCheckingModuleMustDependOnEveryPublishedModule() throws IOException {
    parent(METADATA);
    complete(module(""));
    Path checker = Files.createDirectories(root.resolve("checker"));
    Files.writeString(checker.resolve("pom.xml"), "<project><dependencies/></project>");
    CentralLayout check = new CentralLayout(root, false);
    assertThat(check.orderingProblems(checker, List.of("lib")))
        .singleElement()
        .asString()
        .startsWith("lib: lib is published but release-check does not depend on it");
    assertThatThrownBy(() -> CentralLayout.main(new String[] {root.toString(), checker.toString()}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("release-check: not ready for Maven Central:");
  }

  @Test
  void thisReactorIsReady() {
    Path reactor = Path.of(System.getProperty("h1proof.root", ".."));
    CentralLayout check = new CentralLayout(reactor, false);
    assertThat(check.publishedModules())
        .contains("parser", "conformance-runner", "h1proof-junit", "h1proof-maven-plugin")
        .doesNotContain("benchmarks", "release-check");
    assertThat(check.orderingProblems(reactor.resolve("release-check"), check.publishedModules()))
        .isEmpty();
  }
}
