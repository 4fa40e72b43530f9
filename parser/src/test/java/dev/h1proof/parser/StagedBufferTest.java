package dev.h1proof.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stage: a buffer without accessible array is parsed through the parser's copy of the head
 * ({@link Input#stage}), and a head larger than {@link Input#STAGE_MAX} is read in place from there
 * on. {@link SplitFeeder} compares every staged parse with the array's; this class adds the sizes
 * around the stage's limit and the growth from one pipelined head to the next.
 */
class StagedBufferTest {

  /** A request whose head is exactly {@code octets} long, in fields of about 400 octets. */
  private static byte[] headOf(int octets) {
    StringBuilder sb = new StringBuilder("GET /s HTTP/1.1\r\nHost: h\r\n");
    int n = 0;
    while (true) {
      int left = octets - sb.length() - 2; // the empty line
      if (left < 400) {
        // One field of exactly the rest: "X: " + value + CRLF, at least 6 octets.
        assertThat(left).as("room for the last field").isGreaterThanOrEqualTo(6);
        sb.append("X: ").append("v".repeat(left - 5)).append("\r\n");
        break;
      }
      sb.append("F").append(n++).append(": ");
      sb.append("w".repeat(390)).append("\r\n");
    }
    sb.append("\r\n");
    byte[] b = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    assertThat(b).hasSize(octets);
    return b;
  }

  @Test
  void headsAroundTheStageLimitParseAsFromAnArray() {
    int max = Input.STAGE_MAX;
    for (int octets : new int[] {max - 1, max, max + 1, max + 63, max + 64, 2 * max + 5}) {
      byte[] message = headOf(octets);
      Outcome o = SplitFeeder.parse(message);
      assertThat(o.status).as("%d octets", octets).isEqualTo(ParseStatus.COMPLETE);
      assertThat(o.head).as("%d octets", octets).contains("headLength=" + octets);
    }
  }

  @Test
  void aHeadLargerThanTheStageIsComplainedOfAsFromAnArray() {
    // The section limit is met past the stage, so the violation is found by the in-place read.
    ParserConfig c = ParserConfig.strict().withMaxHeaderSectionSize(Input.STAGE_MAX + 500);
    Outcome o = SplitFeeder.parse(c, headOf(Input.STAGE_MAX + 1000));
    assertThat(o.status).isEqualTo(ParseStatus.VIOLATION);
    assertThat(o.violation).isEqualTo(Violation.HEADER_SECTION_TOO_LARGE);
  }

  /**
   * Pipelined heads of growing and shrinking size in one direct buffer, parsed one after the other
   * as a server does: each is copied a head's worth at a time, sized from the head before, and the
   * stage grows when a head is larger than any before it. Every head but the first starts past the
   * buffer's first block, so the stage holds it shifted (the array's base is negative), on every
   * scanning path, the index's among them.
   */
  @Test
  void pipelinedHeadsOfEverySizeParseAsFromAnArray() {
    for (ByteScanner path : Scanners.all()) {
      pipelinedHeads(path);
    }
  }

  private static void pipelinedHeads(ByteScanner path) {
    int[] sizes = {120, 3000, 130, 9000, 100, Input.STAGE_MAX + 2000, 150, 700};
    List<byte[]> heads = new ArrayList<>();
    int total = 0;
    for (int s : sizes) {
      byte[] h = headOf(s);
      heads.add(h);
      total += h.length;
    }
    ByteBuffer direct = ByteBuffer.allocateDirect(total + 7);
    byte[] all = new byte[total + 7];
    int at = 7;
    for (byte[] h : heads) {
      System.arraycopy(h, 0, all, at, h.length);
      at += h.length;
    }
    direct.put(all).flip().position(7);
    RequestParser staged = new RequestParser(ParserConfig.strict(), path);
    RequestParser array = new RequestParser(ParserConfig.strict(), path);
    int start = 7;
    for (int k = 0; k < sizes.length; k++) {
      ParseStatus s = staged.parse(direct);
      assertThat(s).as("head %d on %s", k, path.name()).isEqualTo(ParseStatus.COMPLETE);
      assertThat(array.parse(all, start, all.length)).isEqualTo(ParseStatus.COMPLETE);
      assertThat(Outcome.dump(staged.head(), start))
          .as("head %d of %d octets on %s", k, sizes[k], path.name())
          .isEqualTo(Outcome.dump(array.head(), start));
      start += sizes[k];
      assertThat(direct.position()).isEqualTo(start);
    }
    assertThat(direct.hasRemaining()).isFalse();
  }

  /** A leniency's SP reaches the caller's direct buffer, not only the parser's copy. */
  @Test
  void aLeniencyWritesIntoTheCallersBuffer() {
    byte[] m =
        "GET / HTTP/1.1\r\nHost: h\r\nX: a\r\n b\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
    ByteBuffer direct = ByteBuffer.allocateDirect(m.length).put(m).flip();
    RequestParser p =
        new RequestParser(ParserConfig.strict().withLeniency(Leniency.OBS_FOLD_TO_SP));
    assertThat(p.parse(direct)).isEqualTo(ParseStatus.COMPLETE);
    byte[] after = new byte[m.length];
    direct.get(0, after);
    assertThat(new String(after, StandardCharsets.ISO_8859_1))
        .isEqualTo("GET / HTTP/1.1\r\nHost: h\r\nX: a   b\r\n\r\n");
    assertThat(p.head().fieldValue(1)).isEqualTo("a   b");
  }
}
