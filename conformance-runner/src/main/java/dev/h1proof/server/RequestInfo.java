package dev.h1proof.server;

import dev.h1proof.parser.RequestHead;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What the server keeps of a request after its head is parsed: enough to route and to echo it. */
final class RequestInfo {
  final String method;
  final String target;
  final int versionMajor;
  final int versionMinor;
  final List<String[]> fields;
  final boolean keepAlive;
  final boolean mustClose;
  final boolean expectContinue;

  /** The Connection field lists {@code close}. */
  final boolean connectionClose;

  /** The Connection field lists {@code keep-alive}. */
  final boolean connectionKeepAlive;

  /** An Expect field is {@code 100-continue}, whatever the version. */
  final boolean expectContinueField;

  long bodyLength;

  private RequestInfo(RequestHead head, byte[] buffer, int base) {
    method = latin1(buffer, base + head.methodStart(), head.methodLength());
    target = latin1(buffer, base + head.targetStart(), head.targetLength());
    versionMajor = head.versionMajor();
    versionMinor = head.versionMinor();
    fields = new ArrayList<>(head.fieldCount());
    for (int i = 0; i < head.fieldCount(); i++) {
      fields.add(
          new String[] {
            latin1(buffer, base + head.fieldNameStart(i), head.fieldNameLength(i)),
            latin1(buffer, base + head.fieldValueStart(i), head.fieldValueLength(i))
          });
    }
    keepAlive = head.keepAlive();
    mustClose = head.mustClose();
    expectContinue = head.expectContinue();
    connectionClose = lists("Connection", "close");
    connectionKeepAlive = lists("Connection", "keep-alive");
    expectContinueField = lists("Expect", "100-continue");
  }

  /** Whether a list field of this name has this member, in any case (RFC 9110 §5.6.1). */
  boolean lists(String name, String token) {
    for (String[] f : fields) {
      if (f[0].equalsIgnoreCase(name)) {
        for (String member : f[1].split(",")) {
          if (member.strip().equalsIgnoreCase(token)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The request {@code head} describes, its offsets counted from index {@code base} of buffer. */
  static RequestInfo of(RequestHead head, byte[] buffer, int base) {
    return new RequestInfo(head, buffer, base);
  }

  void addBody(byte[] buffer, int off, int len) {
    bodyLength += len;
  }

  /** The path of the target: origin-form up to '?', or the path of an absolute-form target. */
  String path() {
    String t = target;
    int scheme = t.indexOf("://");
    if (scheme > 0) {
      int slash = t.indexOf('/', scheme + 3);
      t = slash < 0 ? "/" : t.substring(slash);
    }
    int query = t.indexOf('?');
    return query < 0 ? t : t.substring(0, query);
  }

  String field(String name) {
    for (String[] f : fields) {
      if (f[0].equalsIgnoreCase(name)) {
        return f[1];
      }
    }
    return null;
  }

  private static String latin1(byte[] buffer, int off, int len) {
    return new String(buffer, off, len, StandardCharsets.ISO_8859_1);
  }
}
