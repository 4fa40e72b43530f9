package dev.h1proof.testkit;

import dev.h1proof.parser.BodyFraming;
import dev.h1proof.parser.ChunkedDecoder;
import dev.h1proof.parser.ParseStatus;
import dev.h1proof.parser.ParserConfig;
import dev.h1proof.parser.RequestHead;
import dev.h1proof.parser.RequestParser;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * {@link H1proofParser} reading a direct {@link ByteBuffer}, as an NIO server would: the segments
 * are appended to one direct buffer (moved to a larger one when full), and the parser and the
 * chunked decoder read between its position and limit. A direct buffer has no array, so this runs
 * the scanning path's direct-buffer twin on every scenario.
 */
final class H1proofDirectParser implements ParserUnderTest {

  @Override
  public String name() {
    return "h1proof (direct ByteBuffer, " + dev.h1proof.parser.ScannerInfo.path() + ")";
  }

  @Override
  public ParseResult parse(List<byte[]> segments) {
    ParseResult.Builder out = new ParseResult.Builder();
    RequestParser parser = new RequestParser(ParserConfig.strict());
    ChunkedDecoder chunked = new ChunkedDecoder(ParserConfig.strict());
    ByteBuffer buf = ByteBuffer.allocateDirect(64);
    int filled = 0;
    int pos = 0; // start of what is not yet parsed
    int state = 0; // 0 head, 1 Content-Length body, 2 chunked body
    long remaining = 0;
    String method = null;
    String target = null;
    long length = -1;
    for (byte[] segment : segments) {
      if (filled + segment.length > buf.capacity()) {
        ByteBuffer bigger =
            ByteBuffer.allocateDirect(Math.max(buf.capacity() * 2, filled + segment.length));
        buf.limit(filled).position(0);
        bigger.put(buf);
        buf = bigger;
      }
      buf.limit(buf.capacity()).position(filled);
      buf.put(segment);
      filled += segment.length;
      while (true) {
        buf.limit(filled).position(pos);
        if (state == 0) {
          if (pos == filled) {
            break;
          }
          ParseStatus status = parser.parse(buf);
          if (status == ParseStatus.NEED_MORE) {
            break;
          }
          if (status != ParseStatus.COMPLETE) {
            return out.rejected(parser.violation().status(), parser.violation().name());
          }
          RequestHead head = parser.head();
          method = string(buf, head.methodStart(), head.methodLength());
          target = string(buf, head.targetStart(), head.targetLength());
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
          ChunkedDecoder.Status status = chunked.decode(buf);
          pos = buf.position();
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

  private static String string(ByteBuffer buf, int start, int length) {
    char[] chars = new char[length];
    for (int k = 0; k < length; k++) {
      chars[k] = (char) (buf.get(start + k) & 0xFF);
    }
    return new String(chars);
  }
}
