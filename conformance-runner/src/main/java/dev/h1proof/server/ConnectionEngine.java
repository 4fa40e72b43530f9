package dev.h1proof.server;

import dev.h1proof.parser.BodyFraming;
import dev.h1proof.parser.ParserConfig;
import dev.h1proof.parser.RequestHead;
import dev.h1proof.parser.RequestReader;
import dev.h1proof.parser.Violation;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Set;

/**
 * One HTTP/1.1 server connection without I/O: bytes in, response bytes out. The reference server
 * drives it from a socket; the parser driver drives it in-process, so both judge exactly the same
 * behaviour. Requests are answered in order (pipelining), bodies are consumed by their framing, and
 * after a rejected message the connection answers nothing more and closes (RFC 9112 §9.6, §11).
 */
public final class ConnectionEngine {
  private enum State {
    HEAD,
    /** Reading content by its framing (Content-Length or chunked), through the reader. */
    BODY,
    /** Awaiting content that will not come: everything is read and discarded. */
    SWALLOW,
    TUNNEL,
    CLOSED
  }

  /** Methods a server tolerating {@link Misbehaviour#BODY_IGNORED_FOR_METHOD} reads no body for. */
  private static final Set<String> BODILESS_METHODS = Set.of("GET", "HEAD", "OPTIONS", "DELETE");

  private final ServerOptions options;
  private final RequestReader reader;
  private final Responder responder;
  private final ByteArrayOutputStream output = new ByteArrayOutputStream();

  private byte[] buffer = new byte[4096];
  private int start;
  private int end;

  /**
   * With {@link ServerOptions#directBuffers()}: what the parser reads, in a direct buffer that
   * holds the received bytes from {@link #directFrom} to {@link #end} at index 0 on, and is
   * compacted as the parser consumes them, the way an NIO server keeps its read buffer; else null.
   * Octets the parser rewrites there (a leniency's SP) are copied back into {@link #buffer} as it
   * consumes them. Between reads its position is 0 and its limit its capacity.
   */
  private ByteBuffer direct;

  /** The index in {@link #buffer} of the octet at index 0 of {@link #direct}. */
  private int directFrom;

  private State state = State.HEAD;
  private RequestInfo current;
  private boolean answeredEarly;

  /** After a successful CONNECT: the connection inside the tunnel, which leads back here. */
  private ConnectionEngine tunnel;

  /** A connection governed by these options. */
  public ConnectionEngine(ServerOptions options) {
    this.options = options;
    this.reader = new RequestReader(options.parserConfig());
    this.responder = new Responder(options);
    this.direct = options.directBuffers() ? ByteBuffer.allocateDirect(buffer.length) : null;
  }

  /** Takes bytes the client sent; responses become available from {@link #drainOutput()}. */
  public void receive(byte[] data, int off, int len) {
    if (state == State.CLOSED) {
      return;
    }
    if (direct != null) {
      appendDirect(data, off, len);
    }
    append(data, off, len);
    process();
  }

  /** The client closed its side. An incomplete message is dropped and the connection closes. */
  public void endOfInput() {
    if (state == State.TUNNEL) {
      tunnel.endOfInput();
      output.writeBytes(tunnel.drainOutput());
    }
    if (options.tolerates(Misbehaviour.HALF_CLOSE_CANCELS_REQUEST)) {
      output.reset();
    }
    state = State.CLOSED;
  }

  /** True once the connection must be closed after the pending output is written. */
  public boolean closed() {
    return state == State.CLOSED;
  }

  /** True while a message has begun but is not complete (for request timeouts). */
  public boolean midMessage() {
    if (state == State.TUNNEL) {
      return tunnel.midMessage();
    }
    return state == State.BODY || state == State.SWALLOW || end > start;
  }

  /** Returns and clears the bytes to send. */
  public byte[] drainOutput() {
    byte[] bytes = output.toByteArray();
    output.reset();
    return bytes;
  }

  /** A request timed out mid-message: answer 408 and close (RFC 9110 §15.5.9). */
  public void timeout() {
    if (state == State.TUNNEL) {
      tunnel.timeout();
      output.writeBytes(tunnel.drainOutput());
      state = State.CLOSED;
    } else if (state != State.CLOSED) {
      responder.simple(output, 408, "request timed out", true);
      state = State.CLOSED;
    }
  }

  private void process() {
    while (state != State.CLOSED) {
      boolean progressed =
          switch (state) {
            case HEAD -> head();
            case BODY -> body();
            case SWALLOW -> swallow();
            case TUNNEL -> throughTunnel();
            case CLOSED -> false;
          };
      if (!progressed) {
        break;
      }
    }
    compact();
  }

  private boolean head() {
    if (start == end) {
      return false;
    }
    int from = start;
    RequestReader.Event event = read();
    if (event == RequestReader.Event.NEED_MORE) {
      maybeAnswerEarly();
      maybeAnswerIncompleteHead();
      return false;
    }
    if (event == RequestReader.Event.VIOLATION) {
      return reject(reader.violation());
    }
    RequestHead head = reader.head();
    // Offsets index the array when the parser read it, else the direct buffer, whose 0 was at from.
    current = RequestInfo.of(head, buffer, direct == null ? 0 : from);
    Misbehaviour refusal = toleratedRefusal(head);
    if (refusal != null) {
      return refuse(refusal);
    }
    if (current.versionMinor == 0
        && current.expectContinueField
        && options.tolerates(Misbehaviour.CONTINUE_FOR_HTTP10)) {
      responder.interimContinue(output);
    }
    boolean content =
        head.bodyFraming() == BodyFraming.CHUNKED
            || head.bodyFraming() == BodyFraming.CONTENT_LENGTH && head.contentLength() > 0;
    if (content
        && (options.tolerates(Misbehaviour.BODY_LEFT_UNREAD)
            || current.expectContinue
                && options.tolerates(Misbehaviour.EXPECTATION_ANSWERED_BODY_UNREAD))) {
      // The content is left where it is: the next head() parses it as a request.
      reader.reset();
      complete();
      return true;
    }
    if (current.expectContinue
        && options.tolerates(Misbehaviour.CONTINUE_AWAITS_ABSENT_CONTENT)
        && (head.bodyFraming() == BodyFraming.NONE
            || head.bodyFraming() == BodyFraming.CONTENT_LENGTH && head.contentLength() == 0)) {
      reader.reset();
      state = State.SWALLOW;
      return true;
    }
    if (framing(head) == BodyFraming.NONE
        || framing(head) == BodyFraming.CONTENT_LENGTH && head.contentLength() == 0) {
      reader.reset(); // no content to read: the next read is the next head
      complete();
    } else {
      state = State.BODY;
      maybeContinue();
      maybeAnswerBeforeBody();
    }
    return true;
  }

  /** The body framing, or none when {@link Misbehaviour#BODY_IGNORED_FOR_METHOD} is tolerated. */
  private BodyFraming framing(RequestHead head) {
    if (options.tolerates(Misbehaviour.BODY_IGNORED_FOR_METHOD)
        && BODILESS_METHODS.contains(current.method)) {
      return BodyFraming.NONE;
    }
    return head.bodyFraming();
  }

  /**
   * Sends 100 (Continue) for every request that expects it and has content, even when some content
   * has already arrived: the RFC lets a server omit it then, but answering the same way however the
   * bytes were split keeps the connection's output independent of fragmentation.
   */
  private void maybeContinue() {
    if (current.expectContinue && !options.tolerates(Misbehaviour.CONTINUE_NOT_SENT)) {
      responder.interimContinue(output);
    }
  }

  /**
   * The refusals that tolerated violations add once a head has passed the parser: the parser's
   * limits are lifted by the same rule ids, and the application behind it still has them, or a
   * stricter policy. Returns the misbehaviour that applies, or null.
   */
  private Misbehaviour toleratedRefusal(RequestHead head) {
    ParserConfig config = options.parserConfig();
    if (options.misbehaviours().isEmpty()) {
      return null;
    }
    int requestLine = current.method.length() + current.target.length() + 10;
    if (current.method.length() > config.maxRequestLineLength()
        && options.tolerates(Misbehaviour.LONG_METHOD_ANSWERED_414)) {
      return Misbehaviour.LONG_METHOD_ANSWERED_414;
    }
    if (requestLine > config.maxRequestLineLength()
        && options.tolerates(Misbehaviour.LONG_REQUEST_LINE_ANSWERED_431)) {
      return Misbehaviour.LONG_REQUEST_LINE_ANSWERED_431;
    }
    if ((head.fieldCount() > config.maxFieldCount()
            || head.headLength() - requestLine > config.maxHeaderSectionSize())
        && options.tolerates(Misbehaviour.OVERSIZED_HEADER_SECTION_DROPPED)) {
      return Misbehaviour.OVERSIZED_HEADER_SECTION_DROPPED;
    }
    if (current.versionMinor == 0
        && current.field("Host") == null
        && options.tolerates(Misbehaviour.HOST_REQUIRED_IN_HTTP10)) {
      return Misbehaviour.HOST_REQUIRED_IN_HTTP10;
    }
    return null;
  }

  /** Misbehaves as the tolerated misbehaviour describes, and closes. */
  private boolean refuse(Misbehaviour misbehaviour) {
    switch (misbehaviour) {
      case LONG_METHOD_ANSWERED_414 -> responder.simple(output, 414, "request-line too long", true);
      case LONG_REQUEST_LINE_ANSWERED_431 ->
          responder.simple(output, 431, "request header fields too large", true);
      case HOST_REQUIRED_IN_HTTP10 -> responder.simple(output, 400, "Host required", true);
      default -> {
        // OVERSIZED_HEADER_SECTION_DROPPED: the connection is dropped without a response.
      }
    }
    current = null;
    state = State.CLOSED;
    return false;
  }

  /**
   * Tolerating {@link Misbehaviour#INCOMPLETE_HEAD_ANSWERED}: a read that ends inside a header
   * section is taken for a whole, malformed message; it is answered 400 and discarded, and reading
   * goes on.
   */
  private void maybeAnswerIncompleteHead() {
    if (options.tolerates(Misbehaviour.INCOMPLETE_HEAD_ANSWERED)) {
      responder.simple(output, 400, "bad request", false);
      start = end;
      reader.reset();
    }
  }

  /**
   * Tolerating {@link Misbehaviour#EARLY_RESPONSE}: answers as soon as a request-line has arrived,
   * before the header section is complete; the completed message then gets no second response.
   */
  private void maybeAnswerEarly() {
    if (!answeredEarly
        && options.tolerates(Misbehaviour.EARLY_RESPONSE)
        && indexOf((byte) '\n', start, end) >= 0) {
      responder.simple(output, 200, "hello", false);
      answeredEarly = true;
    }
  }

  /**
   * Tolerating {@link Misbehaviour#RESPONSE_BEFORE_BODY}: answers as soon as the header section is
   * complete; the body is then read and discarded, and gets no second response.
   */
  private void maybeAnswerBeforeBody() {
    if (options.tolerates(Misbehaviour.RESPONSE_BEFORE_BODY)) {
      answeredEarly = true;
      if (responder.respond(output, current)) {
        state = State.CLOSED;
      }
    }
  }

  private int indexOf(byte b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (buffer[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** Passes what arrived to the connection inside the tunnel, and its answers back. */
  private boolean throughTunnel() {
    tunnel.receive(buffer, start, end - start);
    start = end;
    output.writeBytes(tunnel.drainOutput());
    if (tunnel.closed()) {
      state = State.CLOSED;
    }
    return false;
  }

  /** Reads content through the reader, which also finds where the request ends. */
  private boolean body() {
    RequestReader.Event event = read();
    switch (event) {
      case CONTENT -> current.addBody(buffer, reader.contentStart(), reader.contentLength());
      case END -> complete();
      case VIOLATION -> {
        reject(reader.violation());
        return false;
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  /**
   * Hands the unread bytes to the reader and moves {@link #start} past what it used: from the
   * array, at their own indices, or from {@link #direct}, compacted first so that they start at
   * index 0. A partial head is left unread either way, and is presented again with what follows it.
   */
  private RequestReader.Event read() {
    if (direct == null) {
      reader.position(start);
      RequestReader.Event event = reader.read(buffer, end);
      start = reader.position();
      return event;
    }
    dropConsumed();
    direct.limit(end - directFrom).position(0);
    RequestReader.Event event = reader.read(direct);
    int used = direct.position();
    direct.clear();
    direct.get(0, buffer, start, used);
    start += used;
    return event;
  }

  /** Compacts {@link #direct} past what the parser or the engine has consumed. */
  private void dropConsumed() {
    int drop = start - directFrom;
    if (drop > 0) {
      direct.limit(end - directFrom).position(drop);
      direct.compact();
      direct.clear();
      directFrom = start;
    }
  }

  /**
   * Appends received bytes to {@link #direct}, growing it when they do not fit; called before they
   * are appended to {@link #buffer}, while {@link #end} is still the end of what it holds.
   */
  private void appendDirect(byte[] data, int off, int len) {
    dropConsumed();
    int held = end - directFrom;
    if (held + len > direct.capacity()) {
      ByteBuffer larger = ByteBuffer.allocateDirect(Math.max(direct.capacity() * 2, held + len));
      larger.put(direct.limit(held).position(0)).clear();
      direct = larger;
    }
    direct.put(held, data, off, len);
  }

  private boolean swallow() {
    start = end;
    return false;
  }

  private void complete() {
    boolean close;
    if (answeredEarly) {
      answeredEarly = false;
      close = false;
    } else if (responder.opensTunnel(current)) {
      responder.tunnelEstablished(output);
      tunnel = new ConnectionEngine(options);
      current = null;
      state = State.TUNNEL;
      return;
    } else if (responder.upgradesToWebSocket(current)) {
      responder.switchToWebSocket(output, current);
      close = true;
    } else {
      close = responder.respond(output, current);
    }
    current = null;
    state = close ? State.CLOSED : State.HEAD;
  }

  /**
   * Answers a rejected message and closes; returns whether processing goes on, which it does only
   * when {@link Misbehaviour#PROCESSING_AFTER_FRAMING_ERROR} is tolerated: then the connection
   * stays open and parsing resumes after the next empty line.
   */
  private boolean reject(Violation violation) {
    if (!options.tolerates(Misbehaviour.PROCESSING_AFTER_FRAMING_ERROR)) {
      responder.reject(output, violation, current);
      state = State.CLOSED;
      return false;
    }
    responder.simple(
        output, violation.status(), violation.ruleId() + ": " + violation.summary(), false);
    int resync = start;
    while (resync + 3 < end
        && !(buffer[resync] == '\r'
            && buffer[resync + 1] == '\n'
            && buffer[resync + 2] == '\r'
            && buffer[resync + 3] == '\n')) {
      resync++;
    }
    start = resync + 3 < end ? resync + 4 : end;
    reader.reset();
    current = null;
    answeredEarly = false;
    state = State.HEAD;
    return start < end;
  }

  private void append(byte[] data, int off, int len) {
    if (end + len > buffer.length) {
      if (state != State.HEAD || parserIdle()) {
        compact();
      }
      if (end + len > buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, end + len));
      }
    }
    System.arraycopy(data, off, buffer, end, len);
    end += len;
  }

  private boolean parserIdle() {
    return start == end;
  }

  /** Moves unread bytes to the front, but never under a head the parser is part-way through. */
  private void compact() {
    if (start == 0 || (state == State.HEAD && start != end)) {
      return;
    }
    System.arraycopy(buffer, start, buffer, 0, end - start);
    end -= start;
    directFrom -= start;
    start = 0;
  }
}
