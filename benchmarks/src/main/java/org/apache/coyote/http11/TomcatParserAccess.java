package org.apache.coyote.http11;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.CompletionHandler;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.coyote.Request;
import org.apache.coyote.http11.filters.ChunkedInputFilter;
import org.apache.coyote.http11.filters.IdentityInputFilter;
import org.apache.tomcat.util.http.parser.HttpParser;
import org.apache.tomcat.util.net.ApplicationBufferHandler;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.NioEndpoint;
import org.apache.tomcat.util.net.SSLSupport;
import org.apache.tomcat.util.net.SendfileDataBase;
import org.apache.tomcat.util.net.SendfileState;
import org.apache.tomcat.util.net.SocketBufferHandler;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Opens Tomcat's package-private {@link Http11InputBuffer} calls ({@code parseRequestLine}, {@code
 * parseHeaders}, filters, {@code endRequest}, {@code nextRequest}) to the benchmarks, in the order
 * {@code Http11Processor} makes them. A socket stand-in serves the request bytes, so Tomcat copies
 * them into its own buffer exactly as it does from a socket.
 */
public final class TomcatParserAccess {

  private final Request request = new Request();
  private final Http11InputBuffer inputBuffer;
  private final InputFilter identity;
  private final InputFilter chunked;
  private final ArraySocket socket = new ArraySocket();

  /**
   * Creates the access with Tomcat's strict defaults except the header limit.
   *
   * @param maxHttpHeaderSize the request-line plus header section limit, in octets
   */
  public TomcatParserAccess(int maxHttpHeaderSize) {
    inputBuffer = new Http11InputBuffer(request, maxHttpHeaderSize, new HttpParser(null, null));
    request.setInputBuffer(inputBuffer);
    identity = new IdentityInputFilter(2 * 1024 * 1024);
    chunked = new ChunkedInputFilter(request, 8192, Set.of(), 8192, 2 * 1024 * 1024);
    inputBuffer.addFilter(identity);
    inputBuffer.addFilter(chunked);
    inputBuffer.init(socket);
  }

  /**
   * Returns the request the head is parsed into.
   *
   * @return the reused request
   */
  public Request request() {
    return request;
  }

  /**
   * Makes {@code data} the bytes the next reads will return, from the start.
   *
   * @param data the bytes
   */
  public void feed(byte[] data) {
    socket.data = data;
    socket.pos = 0;
  }

  /**
   * Tells whether the fed bytes have all been read and parsed.
   *
   * @return true when nothing is left
   */
  public boolean exhausted() {
    return socket.pos == socket.data.length && inputBuffer.available(false) == 0;
  }

  /**
   * Parses the request-line and the header section.
   *
   * @return true if the head is complete
   * @throws IOException if Tomcat rejects the head
   */
  public boolean parseHead() throws IOException {
    return inputBuffer.parseRequestLine(false, 0, 0) && inputBuffer.parseHeaders();
  }

  /**
   * Activates the body filter that {@code Http11Processor.prepareRequest} would.
   *
   * @param isChunked true for the chunked filter, false for the Content-Length one
   */
  public void activateBody(boolean isChunked) {
    inputBuffer.addActiveFilter(isChunked ? chunked : identity);
  }

  /**
   * Reads decoded content, as the servlet input stream does.
   *
   * @param handler receives the content buffer
   * @return the number of octets, or -1 at the end of the content
   * @throws IOException if the body is malformed
   */
  public int readBody(ApplicationBufferHandler handler) throws IOException {
    return inputBuffer.doRead(handler);
  }

  /**
   * Finishes the request and prepares for the next one on the connection.
   *
   * @throws IOException if swallowing the rest of the content fails
   */
  public void nextRequest() throws IOException {
    inputBuffer.endRequest();
    inputBuffer.nextRequest();
  }

  /** A connection whose reads copy from an array; nothing else is used. */
  private static final class ArraySocket extends SocketWrapperBase<NioChannel> {
    byte[] data = new byte[0];
    int pos;

    ArraySocket() {
      super(null, new NioEndpoint());
      socketBufferHandler = new SocketBufferHandler(8192, 8192, false);
    }

    @Override
    public int read(boolean block, ByteBuffer to) {
      int n = Math.min(to.remaining(), data.length - pos);
      to.put(data, pos, n);
      pos += n;
      return n == 0 && block ? -1 : n;
    }

    @Override
    public int read(boolean block, byte[] b, int off, int len) {
      return read(block, ByteBuffer.wrap(b, off, len));
    }

    @Override
    public boolean isReadyForRead() {
      return pos < data.length;
    }

    @Override
    public void setAppReadBufHandler(ApplicationBufferHandler handler) {}

    @Override
    protected void populateRemoteHost() {}

    @Override
    protected void populateRemoteAddr() {}

    @Override
    protected void populateRemotePort() {}

    @Override
    protected void populateLocalName() {}

    @Override
    protected void populateLocalAddr() {}

    @Override
    protected void populateLocalPort() {}

    @Override
    protected void doClose() {}

    @Override
    protected boolean flushNonBlocking() {
      return false;
    }

    @Override
    protected void doWrite(boolean block, ByteBuffer from) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void registerReadInterest() {}

    @Override
    public void registerWriteInterest() {}

    @Override
    public SendfileDataBase createSendfileData(String filename, long pos, long length) {
      throw new UnsupportedOperationException();
    }

    @Override
    public SendfileState processSendfile(SendfileDataBase sendfileData) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void doClientAuth(SSLSupport sslSupport) {}

    @Override
    public SSLSupport getSslSupport() {
      return null;
    }

    @Override
    protected <A> OperationState<A> newOperationState(
        boolean read,
        ByteBuffer[] buffers,
        int offset,
        int length,
        BlockingMode block,
        long timeout,
        TimeUnit unit,
        A attachment,
        CompletionCheck check,
        CompletionHandler<Long, ? super A> handler,
        Semaphore semaphore,
        VectoredIOCompletionHandler<A> completion) {
      throw new UnsupportedOperationException();
    }
  }
}
