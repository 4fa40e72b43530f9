package dev.h1proof.examples.netty;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerExpectContinueHandler;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * An application embedding Netty 4.2's HTTP/1.1 server codec on 127.0.0.1, answering "hello" to
 * every request and 400 (then closing) to one the codec could not decode. Its test checks it with
 * the h1proof JUnit 5 factory.
 */
public final class HelloNetty implements AutoCloseable {
  private final EventLoopGroup group;
  private final Channel channel;

  private HelloNetty(EventLoopGroup group, Channel channel) {
    this.group = group;
    this.channel = channel;
  }

  /** A started server on 127.0.0.1:{@code port} (0 picks a free port). */
  public static HelloNetty start(int port) throws InterruptedException {
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    try {
      Channel channel =
          new ServerBootstrap()
              .group(group)
              .channel(NioServerSocketChannel.class)
              .childHandler(
                  new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                      ch.pipeline()
                          .addLast(new HttpServerCodec())
                          .addLast(new HttpServerExpectContinueHandler())
                          .addLast(new HttpObjectAggregator(1 << 20))
                          .addLast(new Hello());
                    }
                  })
              .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
              .sync()
              .channel();
      return new HelloNetty(group, channel);
    } catch (RuntimeException | InterruptedException e) {
      group.shutdownGracefully();
      throw e;
    }
  }

  /** The port it listens on. */
  public int port() {
    return ((InetSocketAddress) channel.localAddress()).getPort();
  }

  @Override
  public void close() throws InterruptedException {
    channel.close().sync();
    group.shutdownGracefully(0, 2, java.util.concurrent.TimeUnit.SECONDS).sync();
  }

  /** Runs on 127.0.0.1:{@code args[0]} until the JVM is stopped. */
  public static void main(String[] args) throws InterruptedException {
    if (args.length != 1 || !args[0].matches("\\d{1,5}")) {
      System.err.println("usage: HelloNetty PORT");
      System.exit(2);
    }
    HelloNetty server = start(Integer.parseInt(args[0]));
    server.channel.closeFuture().sync();
  }

  /** "hello" to any request; 400 and close for one the codec rejected. */
  static final class Hello extends SimpleChannelInboundHandler<FullHttpRequest> {
    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
      if (request.decoderResult().isFailure()) {
        FullHttpResponse bad =
            new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.BAD_REQUEST);
        bad.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        HttpUtil.setContentLength(bad, 0);
        ctx.writeAndFlush(bad).addListener(ChannelFutureListener.CLOSE);
        return;
      }
      FullHttpResponse ok =
          new DefaultFullHttpResponse(
              HttpVersion.HTTP_1_1,
              HttpResponseStatus.OK,
              Unpooled.copiedBuffer("hello\n", StandardCharsets.US_ASCII));
      ok.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain");
      HttpUtil.setContentLength(ok, ok.content().readableBytes());
      boolean keepAlive = HttpUtil.isKeepAlive(request);
      if (!keepAlive) {
        ok.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(ok).addListener(ChannelFutureListener.CLOSE);
      } else {
        ctx.writeAndFlush(ok);
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      ctx.close();
    }
  }
}
