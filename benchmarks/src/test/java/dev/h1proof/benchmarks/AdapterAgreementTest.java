package dev.h1proof.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.h1proof.parser.ParseStatus;
import dev.h1proof.parser.RequestParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves what the benchmarks assume: every input is valid, and every parser's adapter extracts from
 * every input exactly what the reference does, run after run.
 */
class AdapterAgreementTest {

  static Stream<Arguments> parsersAndInputs() {
    List<Supplier<ParserAdapter>> parsers =
        List.of(
            H1proofAdapter::new,
            H1proofAdapter::direct,
            NettyAdapter::new,
            JettyAdapter::new,
            UndertowAdapter::new,
            TomcatAdapter::new);
    List<Arguments> cases = new ArrayList<>();
    for (Supplier<ParserAdapter> parser : parsers) {
      for (String input : Corpus.INPUTS) {
        cases.add(Arguments.of(parser.get().name(), parser, input));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} agrees with the reference on {2}")
  @MethodSource("parsersAndInputs")
  void adapterAgreesWithReference(String name, Supplier<ParserAdapter> parser, String input) {
    // given
    byte[][] messages = Corpus.load(input);
    ParserAdapter adapter = parser.get();
    adapter.load(messages);

    // when / then: throws with the first difference
    Verification.check(adapter, input, messages);
  }

  @Test
  void everyInputIsAValidRequestForTheStrictParser() {
    for (String input : Corpus.INPUTS) {
      byte[][] messages = Corpus.load(input);
      for (byte[] message : messages) {
        int expected = ReferenceParser.parseAll(message).size();
        RequestParser parser = new RequestParser();
        int heads = 0;
        int pos = 0;
        while (pos < message.length && heads < expected) {
          parser.reset();
          ParseStatus status = parser.parse(message, pos, message.length);
          assertEquals(ParseStatus.COMPLETE, status, () -> input + ": " + escaped(message));
          pos += parser.head().headLength() + (int) Math.max(0, parser.head().contentLength());
          heads++;
        }
        assertEquals(expected, heads, input);
      }
    }
  }

  @Test
  void namedInputsHaveTheirDocumentedShape() {
    assertEquals(703, Corpus.read("classic-703.http").length);
    assertEquals(430, Corpus.read("chrome-cookies-430.http").length);
    assertEquals(
        16,
        ReferenceParser.parseAll(Corpus.read("techempower-plaintext-pipelined-16.http")).size());
    int large = Corpus.read("large-headers-16k.http").length;
    assertTrue(large >= 8 * 1024 && large <= 32 * 1024, "large-headers-16k is " + large);
    ParsedRequest browser = ReferenceParser.parseAll(Corpus.read("browser-get-chrome.http")).get(0);
    assertTrue(browser.fields().size() >= 14, "browser-get-chrome has " + browser.fields().size());
    ParsedRequest chunked =
        ReferenceParser.parseAll(Corpus.read("chunked-post-events.http")).get(0);
    assertEquals(Framing.CHUNKED, chunked.framing());
  }

  @Test
  void mixHasAtLeast100DistinctRequestsOfManyShapes() {
    List<String> files = Corpus.mixFiles();
    assertTrue(files.size() >= 100, "mix has " + files.size());
    Set<String> distinct = new HashSet<>();
    Set<String> methods = new HashSet<>();
    boolean http10 = false;
    boolean absoluteForm = false;
    boolean contentLength = false;
    for (byte[] message : Corpus.load(Corpus.MIX)) {
      distinct.add(new String(message, StandardCharsets.ISO_8859_1));
      ParsedRequest request = ReferenceParser.parseAll(message).get(0);
      methods.add(request.method());
      http10 |= request.versionMinor() == 0;
      absoluteForm |= request.target().startsWith("http://");
      contentLength |= request.framing() == Framing.CONTENT_LENGTH;
    }
    assertEquals(files.size(), distinct.size(), "duplicate requests in mix/");
    assertTrue(
        methods.containsAll(Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")),
        methods.toString());
    assertTrue(http10 && absoluteForm && contentLength);
  }

  @Test
  void generatorIsDeterministicAndMatchesTheCommittedMix() {
    List<String[]> first = CorpusGenerator.mix(new Random(CorpusGenerator.SEED));
    List<String[]> second = CorpusGenerator.mix(new Random(CorpusGenerator.SEED));
    assertEquals(first.size(), second.size());
    List<String> committed = Corpus.mixFiles();
    assertEquals(first.size(), committed.size(), "regenerate corpus/valid/mix (see README)");
    for (int i = 0; i < first.size(); i++) {
      assertEquals(first.get(i)[1], second.get(i)[1]);
      assertEquals(first.get(i)[0], committed.get(i));
      assertEquals(
          first.get(i)[1],
          new String(Corpus.read("mix/" + committed.get(i)), StandardCharsets.ISO_8859_1),
          committed.get(i));
    }
  }

  @Test
  void verificationReportsADifference() {
    byte[] request = Corpus.read("techempower-plaintext.http");
    List<ParsedRequest> expected = ReferenceParser.parseAll(request);
    ParsedRequest e = expected.get(0);
    List<ParsedRequest> wrong =
        List.of(
            new ParsedRequest(
                e.method(), "/other", 1, 1, e.fields(), e.framing(), e.contentLength(), 0));
    String mismatch = Verification.compare(expected, wrong, true);
    assertFalse(mismatch == null || !mismatch.contains("/other"), String.valueOf(mismatch));
  }

  private static String escaped(byte[] message) {
    StringBuilder sb = new StringBuilder();
    for (byte b : message) {
      int c = b & 0xff;
      if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c < 0x20 || c > 0x7e) {
        sb.append(String.format("\\x%02x", c));
      } else {
        sb.append((char) c);
      }
    }
    return sb.toString();
  }
}
