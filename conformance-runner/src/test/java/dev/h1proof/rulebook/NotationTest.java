package dev.h1proof.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotationTest {
  private static final TargetInfo TARGET =
      new TargetInfo("a.test:8080", "a.test", 8080, "/p", null);

  private static byte[] bytes(String docString) {
    return Notation.decode(docString).render(TARGET).bytes();
  }

  @Test
  void lineBreaksAreLayoutAndEscapesAreExplicit() {
    byte[] b = bytes("GET {path} HTTP/1.1\\r\\n\nHost: {host}\\r\\n\n\\r\\n");
    assertThat(new String(b, StandardCharsets.ISO_8859_1))
        .isEqualTo("GET /p HTTP/1.1\r\nHost: a.test:8080\r\n\r\n");
  }

  @Test
  void everyOctetHasASpelling() {
    StringBuilder doc = new StringBuilder();
    for (int i = 0; i < 256; i++) {
      doc.append(String.format("\\x%02X", i));
    }
    byte[] b = bytes(doc.toString());
    assertThat(b).hasSize(256);
    for (int i = 0; i < 256; i++) {
      assertThat(b[i] & 0xff).isEqualTo(i);
    }
  }

  @Test
  void escapeIsTheInverseOfDecode() {
    byte[] all = new byte[256];
    for (int i = 0; i < 256; i++) {
      all[i] = (byte) i;
    }
    String escaped = Notation.escape(all, true);
    assertThat(bytes(escaped)).isEqualTo(all);
  }

  @Test
  void namedEscapes() {
    assertThat(bytes("a\\sb\\t\\0\\\\\\{\\}"))
        .isEqualTo(new byte[] {'a', ' ', 'b', '\t', 0, '\\', '{', '}'});
  }

  @Test
  void repeatExpandsItsText() {
    assertThat(bytes("{repeat:3:ab\\r\\n}"))
        .isEqualTo("ab\r\nab\r\nab\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void pausesAndAwaitsBecomeWriteBreaks() {
    Wire wire = Notation.decode("ab{pause}cd{await}ef").render(TARGET);
    assertThat(wire.bytes()).isEqualTo("abcdef".getBytes(StandardCharsets.US_ASCII));
    assertThat(wire.breaks())
        .containsExactly(
            new Wire.Break(2, Wire.BreakKind.PAUSE), new Wire.Break(4, Wire.BreakKind.AWAIT));
  }

  @Test
  void echoFallsBackToThePathWithoutAnEchoEndpoint() {
    assertThat(bytes("{echo}")).isEqualTo("/p".getBytes(StandardCharsets.US_ASCII));
    TargetInfo withEcho = new TargetInfo("h", "h", 80, "/", "/echo");
    assertThat(Notation.decode("{echo}").render(withEcho).bytes())
        .isEqualTo("/echo".getBytes(StandardCharsets.US_ASCII));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        " leading space",
        "trailing space ",
        "raw\ttab",
        "caf\u00e9",
        "unknown \\q escape",
        "short \\x4",
        "lone backslash \\",
        "{unknown}",
        "{unclosed",
        "stray }",
        "{repeat:x:a}",
        "{repeat:0:a}"
      })
  void ambiguousOrInvisibleSpellingsAreErrors(String docString) {
    assertThatThrownBy(() -> Notation.decode(docString))
        .isInstanceOf(Notation.NotationException.class)
        .hasMessageContaining("line 1");
  }

  @Test
  void wireFragmentationKeepsBytesAndAddsBreaks() {
    Wire wire = Notation.decode("abcd{await}ef").render(TARGET).fragmented(1, null);
    assertThat(wire.bytes()).isEqualTo("abcdef".getBytes(StandardCharsets.US_ASCII));
    assertThat(wire.breaks()).hasSize(5);
    assertThat(wire.breaks()).contains(new Wire.Break(4, Wire.BreakKind.AWAIT));
  }

  @Test
  void theNotationOfATemplateKeepsItsPlaceholdersAndSpellsSpacesPlainly() {
    String doc = "GET {path} HTTP/1.1\\r\\n\nHost: {host}\\r\\n\nX:\\s\\r\\n\n\\r\\n";
    Template t = Notation.decode(doc);
    assertThat(t.notation())
        .isEqualTo("GET {path} HTTP/1.1\\r\\n\nHost: {host}\\r\\n\nX:\\s\\r\\n\n\\r\\n\n");
    assertThat(Notation.decode(t.notation()).render(TARGET).bytes())
        .isEqualTo(t.render(TARGET).bytes());
  }

  @Test
  void shutdownEndsTheBytes() {
    Wire wire = Notation.decode("ab{shutdown}").render(TARGET);
    assertThat(wire.shutsDown()).isTrue();
    assertThat(wire.breaks()).containsExactly(new Wire.Break(2, Wire.BreakKind.SHUTDOWN));
    assertThatThrownBy(() -> Notation.decode("ab{shutdown}cd").render(TARGET))
        .hasMessageContaining("nothing can follow");
  }
}
