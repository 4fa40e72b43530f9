package dev.h1proof.parser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads requests from a channel with the message API; this file is shown in the README. */
public final class ReadLoopExample {
  private ReadLoopExample() {}

  /**
   * Reads every request the client sends on one connection, pipelined or not, and returns what was
   * read: one line per request, or the status to answer before closing.
   */
  public static List<String> serve(ReadableByteChannel channel) throws IOException {
    List<String> log = new ArrayList<>();
    RequestReader reader = new RequestReader(ParserConfig.strict());
    ByteBuffer buf = ByteBuffer.allocate(16 * 1024); // the longest head (and trailers) accepted
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    String request = null;
    while (channel.read(buf) >= 0) {
      buf.flip(); // the unread bytes, from position to limit
      RequestReader.Event event;
      while ((event = reader.read(buf)) != RequestReader.Event.NEED_MORE) {
        switch (event) {
          case HEAD:
            RequestHead head = reader.head(); // offsets into buf: read them before compact()
            request = head.method() + " " + head.target() + " " + head.version();
            request += " host=" + head.host() + " type=" + head.field("Content-Type");
            content.reset();
            break;
          case CONTENT: // a span of buf; chunked content arrives decoded
            for (int i = 0; i < reader.contentLength(); i++) {
              content.write(buf.get(reader.contentStart() + i));
            }
            break;
          case END: // the position is where the next request starts
            String body = content.toString(StandardCharsets.ISO_8859_1);
            String checksum = reader.trailer("Checksum"); // chunked trailers, or null
            log.add(request + " content=" + body + " checksum=" + checksum);
            break;
          default: // VIOLATION: answer its status, then close the connection
            Violation v = reader.violation();
            log.add(v.status() + " " + v.ruleId() + ": " + v.summary());
            return log;
        }
      }
      buf.compact(); // keeps a partial head or trailer section, makes room for the next read
      if (!buf.hasRemaining()) {
        log.add("431 head larger than the buffer");
        return log;
      }
    }
    if (reader.midMessage() || buf.position() > 0) {
      log.add("incomplete request at the end of the input");
    }
    return log;
  }
}
