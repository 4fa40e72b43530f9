package dev.h1proof.benchmarks;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Netty's {@link HttpRequestDecoder} with strict line parsing, header validation, RFC 9112
 * Transfer-Encoding handling and no duplicate Content-Lengths. {@code decode} is called directly on
 * a reused heap {@link ByteBuf} with the decoder's real context from an {@link EmbeddedChannel}, so
 * the cost measured is the decoder's, not the pipeline's or a cumulation copy.
 */
public final class NettyAdapter extends ParserAdapter {

  /** Exposes the protected {@code decode} of the real decoder class. */
  private static final class Decoder extends HttpRequestDecoder {
    Decoder(HttpDecoderConfig config) {
      super(config);
    }

    void decodeInto(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
      try {
        decode(ctx, in, out);
      } catch (Exception e) {
        throw new IllegalStateException("netty: " + e, e);
      }
    }
  }

  private final Decoder decoder;
  private final ChannelHandlerContext ctx;
  private final List<Object> out = new ArrayList<>(4);
  private ByteBuf[] buffers;

  /** Creates the adapter with the strict configuration and 64 KiB head limits. */
  public NettyAdapter() {
    HttpDecoderConfig config =
        new HttpDecoderConfig()
            .setMaxInitialLineLength(8192)
            .setMaxHeaderSize(65536)
            .setStrictLineParsing(true)
            .setValidateHeaders(true)
            .setAllowDuplicateContentLengths(false)
            .setUseRfc9112TransferEncoding(true)
            .setChunkedSupported(true);
    decoder = new Decoder(config);
    EmbeddedChannel channel = new EmbeddedChannel(decoder);
    ctx = channel.pipeline().context(decoder);
  }

  @Override
  public String name() {
    return "netty";
  }

  @Override
  public void load(byte[][] messages) {
    buffers = new ByteBuf[messages.length];
    for (int i = 0; i < messages.length; i++) {
      buffers[i] = Unpooled.wrappedBuffer(messages[i]);
    }
  }

  @Override
  public void parse(int message, RequestSink sink) {
    ByteBuf buf = buffers[message];
    buf.readerIndex(0);
    while (buf.isReadable()) {
      int before = buf.readableBytes();
      decoder.decodeInto(ctx, buf, out);
      int produced = out.size();
      if (produced == 0 && buf.readableBytes() == before) {
        throw new IllegalStateException("netty: needs more input at " + buf.readerIndex());
      }
      for (int i = 0; i < produced; i++) {
        handle((HttpObject) out.get(i), sink);
      }
      out.clear();
    }
  }

  private static void handle(HttpObject msg, RequestSink sink) {
    DecoderResult result = msg.decoderResult();
    if (result.isFailure()) {
      throw new IllegalStateException("netty rejected: " + result.cause(), result.cause());
    }
    if (msg instanceof HttpRequest request) {
      HttpVersion version = request.protocolVersion();
      sink.method(request.method().name());
      sink.target(request.uri(), null);
      sink.version(version.majorVersion(), version.minorVersion());
      Iterator<Map.Entry<CharSequence, CharSequence>> fields =
          request.headers().iteratorCharSequence();
      while (fields.hasNext()) {
        Map.Entry<CharSequence, CharSequence> field = fields.next();
        sink.field(field.getKey(), field.getValue());
      }
      if (HttpUtil.isTransferEncodingChunked(request)) {
        sink.framing(Framing.CHUNKED, -1);
      } else {
        long length = HttpUtil.getContentLength(request, -1L);
        sink.framing(length >= 0 ? Framing.CONTENT_LENGTH : Framing.NONE, length);
      }
    }
    if (msg instanceof HttpContent content) {
      int octets = content.content().readableBytes();
      if (octets > 0) {
        sink.content(octets);
      }
      content.release();
      if (msg instanceof LastHttpContent) {
        sink.end();
      }
    }
  }
}
