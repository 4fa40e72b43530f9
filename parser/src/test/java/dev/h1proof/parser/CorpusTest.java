package dev.h1proof.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under the repository's {@code corpus/valid/} must parse completely (possibly several
 * pipelined requests with bodies) and every file under {@code corpus/malformed/} must end in a
 * violation; each request head and chunked body is also fed split every way.
 */
class CorpusTest {

  static Path corpus() {
    String prop = System.getProperty("h1proof.corpus");
    Path p = prop != null ? Path.of(prop) : Path.of("..", "corpus");
    return p;
  }

  static Stream<Path> files(String kind) throws IOException {
    Path dir = corpus().resolve(kind);
    if (!Files.isDirectory(dir)) {
      return Stream.empty();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList().stream();
    }
  }

  static Stream<Path> validFiles() throws IOException {
    return files("valid");
  }

  static Stream<Path> malformedFiles() throws IOException {
    return files("malformed");
  }

  @ParameterizedTest
  @MethodSource("validFiles")
  void validFileParsesCompletely(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String result = walk(bytes);
    assertThat(result).as("%s: %s", file.getFileName(), Bytes.escape(bytes)).isEqualTo("COMPLETE");
  }

  @ParameterizedTest
  @MethodSource("malformedFiles")
  void malformedFileIsRejected(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String result = walk(bytes);
    assertThat(result)
        .as("%s: %s", file.getFileName(), Bytes.escape(bytes))
        .startsWith("VIOLATION");
  }

  @org.junit.jupiter.api.Test
  void corpusDirectoryIsPresent() {
    assertThat(corpus()).as("the corpus directory").isDirectory();
    assertThat(corpus().resolve("valid")).isDirectory();
  }

  /** Parses pipelined requests and bodies; returns COMPLETE, INCOMPLETE or VIOLATION details. */
  static String walk(byte[] bytes) {
    RequestParser p = new RequestParser();
    int start = 0;
    while (start < bytes.length) {
      byte[] rest = java.util.Arrays.copyOfRange(bytes, start, bytes.length);
      if (rest.length <= 8192) {
        SplitFeeder.parse(rest);
      }
      ParseStatus s = p.parse(bytes, start, bytes.length);
      if (s == ParseStatus.VIOLATION) {
        return "VIOLATION " + p.violation() + " at " + p.violationOffset();
      }
      if (s == ParseStatus.NEED_MORE) {
        return "INCOMPLETE head at " + start;
      }
      RequestHead h = p.head();
      start += h.headLength();
      if (h.bodyFraming() == BodyFraming.CONTENT_LENGTH) {
        if (bytes.length - start < h.contentLength()) {
          return "INCOMPLETE body at " + start;
        }
        start += (int) h.contentLength();
      } else if (h.bodyFraming() == BodyFraming.CHUNKED) {
        byte[] body = java.util.Arrays.copyOfRange(bytes, start, bytes.length);
        if (body.length <= 2000) {
          ChunkedFeeder.decode(ParserConfig.strict(), body);
        }
        ChunkedFeeder.Result r =
            ChunkedFeeder.feed(ParserConfig.strict(), body, new int[] {body.length});
        if (r.status == ChunkedDecoder.Status.VIOLATION) {
          return "VIOLATION " + r.violation + " at " + (start + r.offset);
        }
        if (r.status != ChunkedDecoder.Status.COMPLETE) {
          return "INCOMPLETE chunked body at " + start;
        }
        start += r.consumed;
      }
      p.reset();
    }
    return "COMPLETE";
  }
}
