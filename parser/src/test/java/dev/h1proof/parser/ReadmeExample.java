package dev.h1proof.parser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The usage example shown in parser/README.md; ReadmeTest keeps the two identical. */
final class ReadmeExample {
  private ReadmeExample() {}

  static List<String> run() {
    List<String> out = new ArrayList<>();
    // README-BEGIN
    byte[] buf =
        ("POST /upload?x=1 HTTP/1.1\r\nHost: example.com\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\nhello\r\n0\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    RequestParser parser = new RequestParser(ParserConfig.strict());
    ParseStatus status = parser.parse(buf, 0, buf.length);
    if (status == ParseStatus.VIOLATION) {
      Violation v = parser.violation(); // answer v.status(), then close
      out.add(v.ruleId() + " at " + parser.violationOffset());
    } else if (status == ParseStatus.COMPLETE) {
      RequestHead head = parser.head();
      out.add(head.method() + " " + head.target() + " host=" + head.host());
      for (int i = 0; i < head.fieldCount(); i++) {
        out.add(head.fieldName(i) + ": " + head.fieldValue(i));
      }
      int offset = head.headLength();
      if (head.bodyFraming() == BodyFraming.CHUNKED) {
        ChunkedDecoder body = new ChunkedDecoder();
        ChunkedDecoder.Status s;
        while ((s = body.decode(buf, offset, buf.length)) == ChunkedDecoder.Status.DATA) {
          out.add(
              "data: "
                  + new String(
                      buf, body.dataStart(), body.dataLength(), StandardCharsets.ISO_8859_1));
          offset += body.consumed();
        }
        offset += body.consumed();
        out.add("body " + s + ", next request at " + offset);
      }
    }
    // README-END
    return out;
  }
}
