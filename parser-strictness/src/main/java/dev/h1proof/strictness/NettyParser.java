package dev.h1proof.strictness;

import dev.h1proof.testkit.ParseResult;
import dev.h1proof.testkit.ParserUnderTest;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import java.util.List;

/**
 * Netty's {@link HttpRequestDecoder} in the configuration the benchmarks use (strict line parsing,
 * header validation, RFC 9112 Transfer-Encoding handling, no duplicate Content-Lengths), each
 * segment written to an {@link EmbeddedChannel} as a socket read would deliver it.
 */
public final class NettyParser implements ParserUnderTest {

  /** The decoder with access to the bytes it holds back. */
  private static final class Decoder extends HttpRequestDecoder {
    Decoder() {
      super(
          new HttpDecoderConfig()
              .setMaxInitialLineLength(8192)
              .setMaxHeaderSize(65536)
              .setStrictLineParsing(true)
              .setValidateHeaders(true)
              .setAllowDuplicateContentLengths(false)
              .setUseRfc9112TransferEncoding(true)
              .setChunkedSupported(true));
    }

    int heldBack() {
      return actualReadableBytes();
    }
  }

  @Override
  public String name() {
    return "netty";
  }

  @Override
  public String version() {
    return Versions.of(HttpRequestDecoder.class);
  }

  @Override
  public ParseResult parse(List<byte[]> segments) {
    ParseResult.Builder out = new ParseResult.Builder();
    Decoder decoder = new Decoder();
    EmbeddedChannel channel = new EmbeddedChannel(decoder);
    boolean inMessage = false;
    HttpRequest current = null;
    long offset = 0;
    long contentSeen = 0;
    try {
      for (byte[] segment : segments) {
        channel.writeInbound(Unpooled.wrappedBuffer(segment.clone()));
        offset += segment.length;
        Object msg;
        while ((msg = channel.readInbound()) != null) {
          HttpObject object = (HttpObject) msg;
          DecoderResult result = object.decoderResult();
          if (result.isFailure()) {
            io.netty.util.ReferenceCountUtil.release(msg);
            return out.rejected(status(result.cause()), String.valueOf(result.cause()));
          }
          if (object instanceof HttpRequest request) {
            current = request;
            inMessage = true;
            contentSeen = 0;
          }
          if (object instanceof HttpContent content) {
            contentSeen += content.content().readableBytes();
            content.release();
            if (object instanceof LastHttpContent && current != null) {
              ParseResult.Framing framing;
              long length = -1;
              if (HttpUtil.isTransferEncodingChunked(current)) {
                framing = ParseResult.Framing.CHUNKED;
              } else {
                length = HttpUtil.getContentLength(current, -1L);
                framing =
                    length >= 0 ? ParseResult.Framing.CONTENT_LENGTH : ParseResult.Framing.NONE;
              }
              out.request(current.method().name(), current.uri(), framing, length, -1);
              current = null;
              inMessage = false;
            }
          }
        }
      }
      return inMessage || decoder.heldBack() > 0 ? out.needsMore() : out.idle();
    } finally {
      channel.finishAndReleaseAll();
    }
  }

  private static int status(Throwable cause) {
    if (cause instanceof TooLongHttpLineException) {
      return 414;
    }
    if (cause instanceof TooLongHttpHeaderException) {
      return 431;
    }
    if (cause instanceof TooLongFrameException) {
      return 413;
    }
    return 400;
  }
}
