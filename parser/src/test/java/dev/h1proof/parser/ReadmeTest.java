package dev.h1proof.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's read loop must be the compiled {@link ReadLoopExample}, verbatim, and it must work
 * however the bytes arrive.
 */
class ReadmeTest {

  private static final Path EXAMPLE =
      Path.of("src/test/java/dev/h1proof/parser/ReadLoopExample.java");

  @Test
  void readmeBlockIsTheCompiledExampleClass() throws IOException {
    List<String> readme = Files.readAllLines(Path.of("README.md"));
    int from = readme.indexOf("```java");
    assertThat(from).as("a ```java block in README.md").isNotNegative();
    int to = readme.subList(from + 1, readme.size()).indexOf("```") + from + 1;
    List<String> source = Files.readAllLines(EXAMPLE);
    assertThat(source.get(0)).startsWith("package ");
    // The whole file but its package line (a reader's class lives in their own package).
    List<String> shown = source.subList(source.get(1).isEmpty() ? 2 : 1, source.size());
    assertThat(String.join("\n", readme.subList(from + 1, to))).isEqualTo(String.join("\n", shown));
  }

  @Test
  void readmeGivesTheMavenCoordinates() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    assertThat(readme)
        .contains("<groupId>dev.h1proof</groupId>")
        .contains("<artifactId>h1proof-parser</artifactId>");
  }

  private static final String PIPELINE =
      "GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n"
          + "POST /form HTTP/1.1\r\nHost: example.com\r\nContent-Type: text/plain\r\n"
          + "Content-Length: 5\r\n\r\nhello"
          + "POST /up HTTP/1.1\r\nHost: example.com\r\nTransfer-Encoding: chunked\r\n"
          + "Trailer: Checksum\r\n\r\n"
          + "3\r\nabc\r\n4;ext=1\r\ndefg\r\n0\r\nChecksum: 1f\r\n\r\n"
          + "GET /b?q=1 HTTP/1.0\r\n\r\n";

  @ParameterizedTest(name = "{0}-octet reads")
  @ValueSource(ints = {1, 7, 4096})
  void exampleReadsEveryRequestHoweverTheBytesArrive(int readSize) throws IOException {
    assertThat(ReadLoopExample.serve(channel(PIPELINE, readSize)))
        .containsExactly(
            "GET /a HTTP/1.1 host=example.com type=null content= checksum=null",
            "POST /form HTTP/1.1 host=example.com type=text/plain content=hello checksum=null",
            "POST /up HTTP/1.1 host=example.com type=null content=abcdefg checksum=1f",
            "GET /b?q=1 HTTP/1.0 host=null type=null content= checksum=null");
  }

  @ParameterizedTest(name = "{0}-octet reads")
  @ValueSource(ints = {1, 7, 4096})
  void exampleStopsAtAViolation(int readSize) throws IOException {
    String bad = "GET /a HTTP/1.1\r\nHost: example.com\r\n\r\nGET /b HTTP/1.1\r\nHost : x\r\n\r\n";
    assertThat(ReadLoopExample.serve(channel(bad, readSize)))
        .containsExactly(
            "GET /a HTTP/1.1 host=example.com type=null content= checksum=null",
            "400 "
                + Violation.WHITESPACE_BEFORE_COLON.ruleId()
                + ": "
                + Violation.WHITESPACE_BEFORE_COLON.summary());
  }

  @ParameterizedTest(name = "{0}-octet reads")
  @ValueSource(ints = {1, 7, 4096})
  void exampleReportsAnIncompleteRequest(int readSize) throws IOException {
    String cut = "POST /form HTTP/1.1\r\nHost: example.com\r\nContent-Length: 9\r\n\r\nhel";
    assertThat(ReadLoopExample.serve(channel(cut, readSize)))
        .containsExactly("incomplete request at the end of the input");
  }

  /** A channel that gives at most {@code readSize} octets per read, then the end of the stream. */
  private static ReadableByteChannel channel(String text, int readSize) {
    ByteBuffer source = ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1));
    return new ReadableByteChannel() {
      @Override
      public int read(ByteBuffer dst) {
        if (!source.hasRemaining()) {
          return -1;
        }
        int n = Math.min(readSize, Math.min(dst.remaining(), source.remaining()));
        ByteBuffer slice = source.slice();
        slice.limit(n);
        dst.put(slice);
        source.position(source.position() + n);
        return n;
      }

      @Override
      public boolean isOpen() {
        return true;
      }

      @Override
      public void close() {}
    };
  }
}
