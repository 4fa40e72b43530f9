package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.parser.Leniency;
import dev.h1proof.parser.ParserConfig;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Rulebook;
import dev.h1proof.server.ServerOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * The parser's ByteBuffer path over real sockets: the reference server started as {@code h1proof
 * serve --direct-buffers} hands the parser direct buffers, compacted after each read as an NIO
 * server keeps them, and the whole rulebook is run against it with {@code h1proof run}, whole and
 * in random fragments (heads split over reads, read again after a compaction). Every verdict must
 * be the one the same server reading arrays gets in-process: all PASS when strict, and the same
 * verdicts, echoes included, when leniencies rewrite octets in the caller's buffer.
 */
class DirectBufferServerTest {
  @TempDir Path tmp;

  @ParameterizedTest(name = "lenient={0}, fragment={1}")
  @CsvSource({"false, none", "false, random", "true, none", "true, random"})
  void everyVerdictIsTheArrayServersVerdict(boolean lenient, String fragment) throws IOException {
    ServeCommand serve = new ServeCommand();
    String[] args =
        lenient
            ? new String[] {
              "--port",
              "0",
              "--direct-buffers",
              "--lenient",
              "bare-cr-to-sp,obs-fold-to-sp,nul-to-sp"
            }
            : new String[] {"--port", "0", "--direct-buffers"};
    new CommandLine(serve).parseArgs(args);
    ServerOptions options = serve.serverOptions();
    assertThat(options.directBuffers()).isTrue();
    ParserConfig config = options.parserConfig();
    if (lenient) {
      assertThat(config.leniencies())
          .isEqualTo(
              EnumSet.of(Leniency.BARE_CR_TO_SP, Leniency.OBS_FOLD_TO_SP, Leniency.NUL_TO_SP));
    }

    Map<String, String> inProcess = new TreeMap<>();
    InProcessTarget arrays = new InProcessTarget(options.withDirectBuffers(false));
    for (RuleScenario s : Rulebook.load(Path.of("..", "features")).scenarios()) {
      inProcess.put(
          s.key(), s.judge(arrays.exchange(s.request().render(arrays.info()))).verdict().name());
    }
    if (!lenient) {
      assertThat(inProcess.values()).as("the strict server passes everything").containsOnly("PASS");
    }

    CliTest.Run run =
        CliTest.runAgainst(
            options,
            "--fragment",
            fragment,
            "--echo-path",
            options.echoPath(),
            "--report-dir",
            tmp.resolve("report").toString());
    String printed = run.out() + run.err();
    Map<String, String> overSocket =
        CliTest.reportColumn(tmp.resolve("report/report.json"), "verdict");
    Map<String, String> differences = new TreeMap<>();
    inProcess.forEach(
        (key, verdict) -> {
          if (!verdict.equals(overSocket.get(key))) {
            differences.put(key, verdict + " in-process, " + overSocket.get(key) + " over sockets");
          }
        });
    assertThat(overSocket.keySet()).isEqualTo(inProcess.keySet());
    assertThat(differences)
        .as("direct buffers over sockets judge every scenario as arrays in-process\n%s", printed)
        .isEmpty();
  }
}
