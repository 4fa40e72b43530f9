package dev.h1proof.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.h1proof.server.ReferenceServer;
import dev.h1proof.server.ServerOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check goal called directly, against an in-process reference server given by URL (the forked
 * server and the Maven wiring are tested end to end by src/it through the invoker).
 */
class CheckMojoTest {
  private static final String TOLERATED = "RFC9112-5.1-whitespace-before-colon";

  @TempDir Path dir;
  private ReferenceServer server;

  @AfterEach
  void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  private String start(boolean tolerating) throws IOException {
    ServerOptions options =
        tolerating ? ServerOptions.strict().tolerating(List.of(TOLERATED)) : ServerOptions.strict();
    server =
        ReferenceServer.start(options, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    return "http://127.0.0.1:" + server.port() + "/";
  }

  private CheckMojo mojo(String url) {
    CheckMojo mojo = new CheckMojo();
    mojo.url = url;
    mojo.failOn = "MUST";
    mojo.timeout = "2s";
    mojo.concurrency = 8;
    mojo.echoPath = "/echo";
    mojo.rules = List.of(TOLERATED);
    mojo.reportDirectory = dir.resolve("h1proof").toFile();
    mojo.surefireReportsDirectory = dir.resolve("surefire-reports").toFile();
    mojo.project = new MavenProject();
    return mojo;
  }

  @Test
  void aServerBreakingTheRuleFailsTheBuildNamingItAfterWritingEveryReport() throws IOException {
    CheckMojo mojo = mojo(start(true));
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("h1proof: gate failed (fail on MUST and above): 6 failure(s)")
        .hasMessageContaining(TOLERATED + " [MUST] a space between Host and its colon");
    assertThat(Files.readString(dir.resolve("surefire-reports/TEST-h1proof.xml")))
        .contains("<failure")
        .contains(TOLERATED);
    for (String name : List.of("report.json", "junit.xml", "report.html", "summary.md")) {
      assertThat(dir.resolve("h1proof").resolve(name)).isNotEmptyFile();
    }
  }

  @Test
  void failureIgnoreReportsTheFailureAndLetsTheBuildGoOn() throws Exception {
    CheckMojo mojo = mojo(start(true));
    mojo.testFailureIgnore = true;
    mojo.execute();
    assertThat(Files.readString(dir.resolve("surefire-reports/TEST-h1proof.xml")))
        .contains("<failure");
  }

  @Test
  void aBaselineOrAStrictServerPasses() throws Exception {
    CheckMojo mojo = mojo(start(true));
    Path baseline = dir.resolve("baseline.json");
    Files.writeString(
        baseline,
        "{\"schema\": \"h1proof-baseline/1\", \"rules\": {\""
            + TOLERATED
            + "\": {\"expected\": \"FAIL\", \"reason\": \"tolerated on purpose\"}}}");
    mojo.baseline = baseline.toFile();
    mojo.execute();
    assertThat(Files.readString(dir.resolve("h1proof/report.json"))).contains("\"baselined\"");

    server.close();
    CheckMojo strict = mojo(start(false));
    strict.execute();
    assertThat(Files.readString(dir.resolve("surefire-reports/TEST-h1proof.xml")))
        .doesNotContain("<failure");
  }

  @Test
  void skipAndMavenTestSkipRunNothing() throws Exception {
    CheckMojo skipped = mojo("http://127.0.0.1:1/");
    skipped.skip = true;
    skipped.execute();
    CheckMojo testSkip = mojo("http://127.0.0.1:1/");
    testSkip.mavenTestSkip = true;
    testSkip.execute();
    assertThat(dir.resolve("h1proof")).doesNotExist();
    assertThat(dir.resolve("surefire-reports")).doesNotExist();
  }

  @Test
  void setupProblemsAreBuildErrorsWithOneLine() throws IOException {
    int closed;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = probe.getLocalPort();
    }
    assertThatThrownBy(mojo("http://127.0.0.1:" + closed + "/")::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("h1proof: cannot connect to");
    assertThatThrownBy(mojo(null)::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("set exactly one of h1proof.url");
    CheckMojo badTags = mojo("http://127.0.0.1:" + closed + "/");
    badTags.rules = null;
    badTags.tags = "@MUST and (";
    assertThatThrownBy(badTags::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("h1proof: invalid tag expression");
    CheckMojo badLevel = mojo("http://127.0.0.1:" + closed + "/");
    badLevel.failOn = "often";
    assertThatThrownBy(badLevel::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("h1proof: failOn takes must, should or may, not 'often'");
    CheckMojo noMain = mojo(null);
    noMain.server = ServerConfig.of(" ", List.of());
    assertThatThrownBy(noMain::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("h1proof: <server> needs a <mainClass>");
  }
}
