package dev.h1proof.matrix;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerExpectContinueHandler;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.Version;

/**
 * Netty 4.2: {@link HttpServerCodec}, Netty's {@link HttpServerExpectContinueHandler}, and a
 * handler that reads every {@link HttpContent} up to the {@link LastHttpContent}, then answers as
 * {@link Routes} says, keeping the connection when {@link HttpUtil#isKeepAlive} says so. Netty's
 * decoder does not answer a request it could not decode (it marks it failed and goes on); as
 * Netty's own examples do, the app answers such a request 400 and closes the connection.
 */
final class NettyApp {
  private NettyApp() {}

  static String start(int port) throws InterruptedException {
    MultiThreadIoEventLoopGroup group =
        new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    new ServerBootstrap()
        .group(group)
        .channel(NioServerSocketChannel.class)
        .childHandler(
            new ChannelInitializer<SocketChannel>() {
              @Override
              protected void initChannel(SocketChannel channel) {
                channel
                    .pipeline()
                    .addLast(
                        new HttpServerCodec(), new HttpServerExpectContinueHandler(), new App());
              }
            })
        .bind("127.0.0.1", port)
        .sync();
    String version = Version.identify().get("netty-codec-http").artifactVersion();
    return "Netty " + version + " (HttpServerCodec, handler)";
  }

  private static final class App extends SimpleChannelInboundHandler<HttpObject> {
    private String method = "GET";
    private boolean keepAlive;
    private boolean failed;

    @Override
    protected void channelRead0(ChannelHandlerContext context, HttpObject message) {
      if (failed) {
        return;
      }
      if (message.decoderResult().isFailure()) {
        failed = true;
        FullHttpResponse response =
            new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.BAD_REQUEST);
        response.headers().set(HttpHeaderNames.CONTENT_LENGTH, 0);
        response.headers().set(HttpHeaderNames.CONNECTION, "close");
        context.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        return;
      }
      if (message instanceof HttpRequest request) {
        method = request.method().name();
        keepAlive = HttpUtil.isKeepAlive(request);
      }
      if (message instanceof LastHttpContent) {
        answer(context);
      }
    }

    private void answer(ChannelHandlerContext context) {
      Routes route = Routes.of(method);
      boolean body = Routes.sendsBody(method, route.status());
      FullHttpResponse response =
          new DefaultFullHttpResponse(
              HttpVersion.HTTP_1_1,
              HttpResponseStatus.valueOf(route.status()),
              body ? Unpooled.wrappedBuffer(route.body()) : Unpooled.EMPTY_BUFFER);
      if (route.allow()) {
        response.headers().set(HttpHeaderNames.ALLOW, Routes.ALLOW);
      }
      if (route.status() != 204) {
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain");
        response.headers().set(HttpHeaderNames.CONTENT_LENGTH, route.body().length);
      }
      if (keepAlive) {
        context.writeAndFlush(response);
      } else {
        response.headers().set(HttpHeaderNames.CONNECTION, "close");
        context.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
      context.close();
    }
  }
}
