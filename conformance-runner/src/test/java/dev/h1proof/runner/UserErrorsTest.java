package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every mistake a user can make on the command line gets one line in our words: it starts with
 * "h1proof: ", names what to do, and holds no Java class or exception name and no stack trace.
 */
class UserErrorsTest {
  @TempDir Path tmp;

  /** A Java type in a message: a dotted package, or a name ending in Exception or Error. */
  private static final String JAVA_NAMES =
      "(?s).*(\\b(java|javax|com|org|picocli)\\.[a-z]|[A-Za-z]+(Exception|Error)\\b|\\tat ).*";

  record Case(int code, String expected, String... args) {}

  @Test
  void eachUserErrorIsOneSentenceInOurWords() throws IOException {
    Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");
    Path truncated = Files.writeString(tmp.resolve("truncated.json"), "{\"schema\": 1,\n");
    Path notJson = Files.writeString(tmp.resolve("not.json"), "not json");
    Path otherJson = Files.writeString(tmp.resolve("other.json"), "{\"a\": 1}");
    Path badVerdict =
        Files.writeString(
            tmp.resolve("verdict.json"),
            "{\"schema\":\"h1proof-report/2\",\"results\":[{\"id\":\"x\",\"verdict\":\"MAYBE\"}]}");
    Path report = tmp.resolve("r");
    List<Case> cases =
        List.of(
            new Case(
                2,
                "is not a URL: write it with its scheme, e.g. http://127.0.0.1:8080/",
                "run",
                "127.0.0.1:8080"),
            new Case(2, "is not a URL", "run", "localhost:8080/path"),
            new Case(2, "the scheme must be http or https", "run", "ftp://127.0.0.1/"),
            new Case(
                2, "malformed URL 'http://[::1': expected closing bracket", "run", "http://[::1"),
            new Case(2, "cannot write reports to /proc/x", "run", "--report-dir", "/proc/x"),
            new Case(
                2,
                "give --report-dir a folder you can write",
                "run",
                "--report-dir",
                file.toString()),
            new Case(
                2,
                "give --write-baseline a file you can write",
                "run",
                "--report-dir",
                report.toString(),
                "--write-baseline",
                "/proc/x/b.json"),
            new Case(2, "is not valid JSON (line 2, column 1)", "matrix", "a=" + truncated),
            new Case(2, "is not valid JSON (line 1, column 1)", "matrix", "a=" + notJson),
            new Case(2, "is not an h1proof report.json", "matrix", "a=" + otherJson),
            new Case(2, "holds an unknown verdict 'MAYBE'", "matrix", "a=" + badVerdict),
            new Case(2, "no such file", "matrix", "a=" + tmp.resolve("missing.json")),
            new Case(2, "is a folder", "matrix", "a=" + tmp),
            new Case(2, "a column is NAME=REPORT", "matrix", "nope"),
            new Case(
                2,
                "--fail-on takes must, should or may, not 'sometimes'",
                "run",
                "--fail-on",
                "sometimes"),
            new Case(2, "--level takes must, should or may, not 'x'", "list", "--level", "x"),
            new Case(
                2,
                "--fragment takes none, byte or random, not 'halves'",
                "run",
                "--fragment",
                "halves"),
            new Case(
                2,
                "--format takes table, json or markdown, not 'yaml'",
                "list",
                "--format",
                "yaml"),
            new Case(
                2,
                "--concurrency takes a whole number, not 'many'",
                "run",
                "--concurrency",
                "many"),
            new Case(2, "--concurrency takes 1 to 256", "run", "--concurrency", "0"),
            new Case(2, "--timeout takes a duration such as 2s or 500ms", "run", "--timeout", "5"),
            new Case(2, "unknown option --no-such-option", "run", "--no-such-option"),
            new Case(2, "missing RULE-ID", "explain"),
            new Case(2, "unknown rule id", "run", "--rule", "RFC9112-0-no-such-rule"),
            new Case(
                2,
                "cannot read --ca",
                "run",
                "https://127.0.0.1:1/",
                "--ca",
                tmp.resolve("missing.pem").toString()),
            new Case(3, "baseline", "run", "--baseline", tmp.resolve("missing.json").toString()),
            new Case(2, "no such file", "parse", tmp.resolve("missing.http").toString()));
    List<String> seen = new ArrayList<>();
    for (Case c : cases) {
      String[] args = c.args();
      CliTest.Run run = CliTest.cli(args);
      String what = String.join(" ", args) + "\n" + run.err();
      seen.add(run.err().strip());
      assertThat(run.code()).as(what).isEqualTo(c.code());
      assertThat(run.err()).as(what).startsWith("h1proof: ").endsWith(System.lineSeparator());
      assertThat(run.err().strip()).as(what).doesNotContain("\n").contains(c.expected());
      assertThat(run.err()).as(what).doesNotMatch(JAVA_NAMES);
    }
    assertThat(seen).doesNotHaveDuplicates();
  }

  @Test
  void anUnreachableTargetSaysWhatToDo() throws IOException {
    int port;
    try (var socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    CliTest.Run run =
        CliTest.cli(
            "run", "http://127.0.0.1:" + port + "/", "--report-dir", tmp.resolve("r").toString());
    assertThat(run.code()).isEqualTo(ExitCodes.TARGET_OR_BASELINE);
    String line = run.err().strip();
    assertThat(line)
        .doesNotContain("\n")
        .startsWith("h1proof: cannot connect to http://127.0.0.1:" + port + "/")
        .endsWith("start the server or check the URL's port")
        .doesNotMatch(JAVA_NAMES);
  }

  @Test
  void theMessageNamesNoJavaTypeForAnyIoFailure() {
    assertThat(UserErrors.io(new java.nio.file.NoSuchFileException("/proc/x")))
        .isEqualTo("no such file or folder");
    assertThat(UserErrors.io(new java.nio.file.AccessDeniedException("/root/x")))
        .isEqualTo("permission denied");
    assertThat(UserErrors.io(new java.io.FileNotFoundException("/x (Is a directory)")))
        .isEqualTo("is a directory");
    assertThat(UserErrors.io(new IOException("java.lang.Boom")))
        .isEqualTo("it cannot be read or written")
        .doesNotMatch(JAVA_NAMES);
  }
}
