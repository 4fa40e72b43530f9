package dev.h1proof.runner;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** The embedded Jetty servers' application: "hello" with 200 to any request. */
final class HelloHandler extends Handler.Abstract {
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    response.setStatus(200);
    response.write(true, ByteBuffer.wrap("hello\n".getBytes(StandardCharsets.US_ASCII)), callback);
    return true;
  }
}
