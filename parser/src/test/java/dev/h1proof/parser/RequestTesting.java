package dev.h1proof.parser;

import static org.assertj.core.api.Assertions.assertThat;

/** Given/when/then helpers shared by the request parser tests. */
class RequestTesting {

  /** A parsed message: the parser, its buffer and (when complete) the head. */
  static final class Parsed {
    final RequestParser parser;
    final byte[] buf;
    final ParseStatus status;

    Parsed(RequestParser parser, byte[] buf, ParseStatus status) {
      this.parser = parser;
      this.buf = buf;
      this.status = status;
    }

    RequestHead head() {
      return parser.head();
    }
  }

  static Parsed parsed(ParserConfig config, String raw) {
    byte[] message = Bytes.of(raw);
    SplitFeeder.parse(config, message);
    RequestParser p = new RequestParser(config);
    byte[] buf = message.clone();
    return new Parsed(p, buf, p.parse(buf, 0, buf.length));
  }

  /** Then the input (fed every way) is a complete head; returns it for further assertions. */
  static RequestHead complete(ParserConfig config, String raw) {
    Outcome o = SplitFeeder.parse(config, Bytes.of(raw));
    assertThat(o.status).as("%s -> %s", Bytes.escape(raw), o).isEqualTo(ParseStatus.COMPLETE);
    RequestParser p = new RequestParser(config);
    byte[] buf = Bytes.of(raw);
    p.parse(buf, 0, buf.length);
    return p.head();
  }

  static RequestHead complete(String raw) {
    return complete(ParserConfig.strict(), raw);
  }

  /** Then the input (fed every way) is rejected with the given violation. */
  static Outcome violation(ParserConfig config, String raw, Violation expected) {
    Outcome o = SplitFeeder.parse(config, Bytes.of(raw));
    assertThat(o.status).as("%s -> %s", Bytes.escape(raw), o).isEqualTo(ParseStatus.VIOLATION);
    assertThat(o.violation).as("%s -> %s", Bytes.escape(raw), o).isEqualTo(expected);
    assertThat(o.offset).as("offset in %s", Bytes.escape(raw)).isBetween(0, raw.length());
    return o;
  }

  static Outcome violation(String raw, Violation expected) {
    return violation(ParserConfig.strict(), raw, expected);
  }

  static void violationAt(String raw, Violation expected, int offset) {
    Outcome o = violation(raw, expected);
    assertThat(o.offset).as("offset of %s in %s", expected, Bytes.escape(raw)).isEqualTo(offset);
  }

  /** Then the input needs more bytes (it is a valid prefix). */
  static void needsMore(ParserConfig config, String raw) {
    Outcome o = SplitFeeder.parse(config, Bytes.of(raw));
    assertThat(o.status).as("%s -> %s", Bytes.escape(raw), o).isEqualTo(ParseStatus.NEED_MORE);
  }

  static ParserConfig lenient(Leniency l) {
    return ParserConfig.strict().withLeniency(l);
  }
}
