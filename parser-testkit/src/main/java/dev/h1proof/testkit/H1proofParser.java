package dev.h1proof.testkit;

import dev.h1proof.parser.BodyFraming;
import dev.h1proof.parser.ChunkedDecoder;
import dev.h1proof.parser.ParseStatus;
import dev.h1proof.parser.ParserConfig;
import dev.h1proof.parser.RequestHead;
import dev.h1proof.parser.RequestParser;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * h1proof's own parser, {@link ParserConfig#strict()}: {@link RequestParser} for heads, {@link
 * ChunkedDecoder} for chunked bodies, fed segment by segment into one growing buffer (the parser
 * resumes on the same start as bytes are appended).
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
    RequestParser parser = new RequestParser(ParserConfig.strict());
    ChunkedDecoder chunked = new ChunkedDecoder(ParserConfig.strict());
    byte[] buf = new byte[64];
    int filled = 0;
    int pos = 0; // start of what is not yet parsed
    int state = 0; // 0 head, 1 Content-Length body, 2 chunked body
    long remaining = 0;
    String method = null;
    String target = null;
    long length = -1;
    for (byte[] segment : segments) {
      if (filled + segment.length > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, filled + segment.length));
      }
      System.arraycopy(segment, 0, buf, filled, segment.length);
      filled += segment.length;
      while (true) {
        if (state == 0) {
          if (pos == filled) {
            break;
          }
          ParseStatus status = parser.parse(buf, pos, filled);
          if (status == ParseStatus.NEED_MORE) {
            break;
          }
          if (status != ParseStatus.COMPLETE) {
            return out.rejected(parser.violation().status(), parser.violation().name());
          }
          RequestHead head = parser.head();
          method =
              new String(buf, head.methodStart(), head.methodLength(), StandardCharsets.ISO_8859_1);
          target =
              new String(buf, head.targetStart(), head.targetLength(), StandardCharsets.ISO_8859_1);
          pos += head.headLength();
          BodyFraming framing = head.bodyFraming();
          if (framing == BodyFraming.CONTENT_LENGTH && head.contentLength() > 0) {
            remaining = head.contentLength();
            length = remaining;
            state = 1;
          } else if (framing == BodyFraming.CHUNKED) {
            chunked.reset();
            state = 2;
          } else {
            boolean cl = framing == BodyFraming.CONTENT_LENGTH;
            out.request(
                method,
                target,
                cl ? ParseResult.Framing.CONTENT_LENGTH : ParseResult.Framing.NONE,
                cl ? 0 : -1,
                pos);
            parser.reset();
          }
        } else if (state == 1) {
          int take = (int) Math.min(remaining, filled - pos);
          pos += take;
          remaining -= take;
          if (remaining > 0) {
            break;
          }
          out.request(method, target, ParseResult.Framing.CONTENT_LENGTH, length, pos);
          parser.reset();
          state = 0;
        } else {
          if (pos == filled) {
            break;
          }
          ChunkedDecoder.Status status = chunked.decode(buf, pos, filled);
          pos += chunked.consumed();
          if (status == ChunkedDecoder.Status.COMPLETE) {
            out.request(method, target, ParseResult.Framing.CHUNKED, -1, pos);
            parser.reset();
            state = 0;
          } else if (status == ChunkedDecoder.Status.DATA) {
            continue;
          } else if (status == ChunkedDecoder.Status.NEED_MORE) {
            break;
          } else {
            return out.rejected(chunked.violation().status(), chunked.violation().name());
          }
        }
      }
    }
    return state == 0 && pos == filled ? out.idle() : out.needsMore();
  }
}
