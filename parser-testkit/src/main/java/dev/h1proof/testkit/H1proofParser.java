package dev.h1proof.testkit;

import dev.h1proof.parser.BodyFraming;
import dev.h1proof.parser.ParserConfig;
import dev.h1proof.parser.RequestHead;
import dev.h1proof.parser.RequestParser;
import dev.h1proof.parser.RequestReader;
import java.util.Arrays;
import java.util.List;

/**
 * h1proof's own parser, {@link ParserConfig#strict()}, through its message API: one {@link
 * RequestReader} reads heads and bodies, fed segment by segment into one growing buffer (a partial
 * head or trailer section stays unread and is read again as bytes are appended).
 */
public final class H1proofParser implements ParserUnderTest {

  @Override
  public String name() {
    return "h1proof";
  }

  @Override
  public String version() {
    String v = RequestParser.class.getPackage().getImplementationVersion();
    return v != null ? v : dev.h1proof.runner.BuildInfo.version();
  }

  @Override
  public ParseResult parse(List<byte[]> segments) {
    ParseResult.Builder out = new ParseResult.Builder();
    RequestReader reader = new RequestReader(ParserConfig.strict());
    byte[] buf = new byte[64];
    int filled = 0;
    String method = null;
    String target = null;
    ParseResult.Framing framing = ParseResult.Framing.NONE;
    long length = -1;
    for (byte[] segment : segments) {
      if (filled + segment.length > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, filled + segment.length));
      }
      System.arraycopy(segment, 0, buf, filled, segment.length);
      filled += segment.length;
      read:
      while (reader.midMessage() || reader.position() < filled) {
        switch (reader.read(buf, filled)) {
          case HEAD:
            RequestHead head = reader.head();
            method = head.method();
            target = head.target();
            if (head.bodyFraming() == BodyFraming.CONTENT_LENGTH) {
              framing = ParseResult.Framing.CONTENT_LENGTH;
              length = head.contentLength();
            } else if (head.bodyFraming() == BodyFraming.CHUNKED) {
              framing = ParseResult.Framing.CHUNKED;
              length = -1;
            } else {
              framing = ParseResult.Framing.NONE;
              length = -1;
            }
            break;
          case CONTENT:
            break;
          case END:
            out.request(method, target, framing, length, reader.position());
            break;
          case VIOLATION:
            return out.rejected(reader.violation().status(), reader.violation().name());
          default:
            break read;
        }
      }
    }
    return !reader.midMessage() && reader.position() == filled ? out.idle() : out.needsMore();
  }
}
