package dev.h1proof.parser;

import java.util.List;
import java.util.Objects;

/**
 * A response parser for judging servers. It observes instead of rejecting: it keeps going past a
 * defect whenever the framing stays knowable and records every deviation from RFC 9112 / RFC 9110
 * (Group 12 of the requirements) as a {@link ResponseDeviation}. Bytes it cannot parse are
 * reported, never thrown.
 *
 * <p>Framing follows RFC 9112 §6.3: responses to HEAD, 1xx, 204 and 304 have no content; a 2xx to
 * CONNECT and a 101 switch the connection away from HTTP/1.1; then chunked, Content-Length, or
 * close-delimited; bodies are read by {@link BodyReader}, as requests' are, and field lines follow
 * the field-line grammar of request heads and trailer sections. Every offset in the result is an
 * absolute index into the array passed to {@link #parse}. Instances are stateless and thread-safe.
 */
public final class ResponseParser {

  /** Creates a response parser. */
  public ResponseParser() {}

  /**
   * Parses everything a server sent on one connection.
   *
   * @param data the received bytes
   * @param off the first byte
   * @param len the number of bytes
   * @param eof whether the server closed the connection after these bytes (ends a close-delimited
   *     body)
   * @param requestMethods the methods of the requests sent on the connection, in order
   * @return the responses and deviations
   */
  public ResponseSequence parse(
      byte[] data, int off, int len, boolean eof, List<String> requestMethods) {
    Objects.checkFromIndexSize(off, len, Objects.requireNonNull(data, "data").length);
    Objects.requireNonNull(requestMethods, "requestMethods");
    return new Run(data, off, off + len, eof, requestMethods).parse();
  }

  /** The state of one parse call. */
  private static final class Run {
    private final byte[] b;
    private final int base;
    private final int end;
    private final boolean eof;
    private final List<String> methods;
    private final Input in = new Input();
    private final ResponseSequence seq = new ResponseSequence();
    private int pos;
    private int request;

    Run(byte[] b, int base, int end, boolean eof, List<String> methods) {
      this.b = b;
      this.base = base;
      this.end = end;
      this.eof = eof;
      this.methods = methods;
      this.pos = base;
      in.set(b);
    }

    ResponseSequence parse() {
      boolean incomplete = false;
      ParsedResponse previous = null;
      while (pos < end) {
        if (!startsWith(pos, "HTTP/")) {
          if (!eof && end - pos < 5 && "HTTP/".startsWith(text(pos, end))) {
            incomplete = true;
            break;
          }
          if (previous != null && "HEAD".equals(previous.requestMethod)) {
            previous.deviations.add(
                dev(
                    Violation.RESPONSE_CONTENT_AFTER_HEAD,
                    pos,
                    "octets after a HEAD response: " + escape(pos, Math.min(end, pos + 40))));
            String cl = previous.field("Content-Length");
            long n = cl == null ? -1 : parseLength(cl);
            if (n > 0 && pos + n < end && startsWith((int) (pos + n), "HTTP/")) {
              pos += (int) n;
              continue;
            }
          } else {
            Violation v =
                request >= methods.size() && previous != null
                    ? Violation.RESPONSE_UNSOLICITED
                    : Violation.RESPONSE_STATUS_LINE;
            seq.deviations.add(
                dev(v, pos, "not a status-line: " + escape(pos, Math.min(end, pos + 40))));
          }
          seq.trailingGarbage = true;
          break;
        }
        ParsedResponse r = new ParsedResponse();
        r.startOffset = pos;
        int next = response(r);
        seq.responses.add(r);
        if (next < 0) {
          incomplete = !r.complete;
          break;
        }
        pos = next;
        previous = r;
        if (seq.tunnel) {
          break;
        }
      }
      seq.unparsedOffset = seq.tunnel ? end : pos;
      boolean allComplete = true;
      for (ParsedResponse r : seq.responses) {
        allComplete &= r.complete;
      }
      seq.complete =
          !incomplete && !seq.trailingGarbage && allComplete && (pos >= end || seq.tunnel);
      return seq;
    }

    /** Parses one response at {@code pos}; returns the offset after it, or -1 to stop. */
    private int response(ParsedResponse r) {
      int lf = indexOf('\n', pos);
      if (lf < 0) {
        r.endOffset = end;
        return -1;
      }
      statusLine(r, pos, lf);
      if (r.status < 0) {
        seq.trailingGarbage = true;
        r.endOffset = lf + 1;
        return -1;
      }
      int i = lf + 1;
      boolean first = true;
      while (true) {
        if (i >= end) {
          r.endOffset = end;
          return -1;
        }
        int le = indexOf('\n', i);
        if (le < 0) {
          r.endOffset = end;
          return -1;
        }
        int ce = le;
        if (ce > i && b[ce - 1] == '\r') {
          ce--;
        } else {
          r.deviations.add(
              dev(Violation.RESPONSE_HEADER_SECTION_GRAMMAR, le, "line ends with a bare LF"));
        }
        if (ce == i) {
          i = le + 1;
          break;
        }
        fieldLine(r, i, ce, first);
        first = false;
        i = le + 1;
      }
      return body(r, i);
    }

    private void statusLine(ParsedResponse r, int s, int lf) {
      int e = lf;
      if (e > s && b[e - 1] == '\r') {
        e--;
      } else {
        r.deviations.add(dev(Violation.RESPONSE_STATUS_LINE, lf, "status-line ends with bare LF"));
      }
      int sp = s;
      while (sp < e && b[sp] != ' ') {
        sp++;
      }
      r.versionText = text(s, sp);
      if (sp - s == 8 && digit(s + 5) && b[s + 6] == '.' && digit(s + 7)) {
        r.versionMajor = b[s + 5] - '0';
        r.versionMinor = b[s + 7] - '0';
      }
      if (!(r.versionMajor == 1 && (r.versionMinor == 0 || r.versionMinor == 1))) {
        r.deviations.add(dev(Violation.RESPONSE_STATUS_LINE, s, "HTTP-version " + escape(s, sp)));
      }
      int c = sp + 1;
      if (sp < e && c + 3 <= e && digit(c) && digit(c + 1) && digit(c + 2)) {
        r.status = (b[c] - '0') * 100 + (b[c + 1] - '0') * 10 + (b[c + 2] - '0');
      } else {
        r.deviations.add(dev(Violation.RESPONSE_STATUS_LINE, Math.min(c, e), "no 3-digit status"));
        return;
      }
      int after = c + 3;
      if (after >= e || b[after] != ' ') {
        if (after < e) {
          r.deviations.add(
              dev(Violation.RESPONSE_STATUS_LINE, after, "status-code longer than 3 digits"));
          r.status = -1;
          return;
        }
        r.deviations.add(dev(Violation.RESPONSE_STATUS_LINE, after, "no SP after the status-code"));
        return;
      }
      for (int k = after + 1; k < e; k++) {
        int o = b[k] & 0xFF;
        if (o != '\t' && (o < 0x20 || o == 0x7F)) {
          r.deviations.add(
              dev(Violation.RESPONSE_STATUS_LINE, k, String.format("octet 0x%02x in reason", o)));
          break;
        }
      }
      r.reason = text(after + 1, e);
    }

    private void fieldLine(ParsedResponse r, int s, int e, boolean first) {
      for (int k = s; k < e; k++) {
        if (b[k] == '\r') {
          r.deviations.add(dev(Violation.RESPONSE_HEADER_SECTION_GRAMMAR, k, "bare CR"));
          break;
        }
      }
      if (b[s] == ' ' || b[s] == '\t') {
        r.deviations.add(
            dev(
                Violation.RESPONSE_HEADER_SECTION_GRAMMAR,
                s,
                first ? "whitespace before the first field line" : "obs-fold"));
        if (!first && !r.values.isEmpty()) {
          int last = r.values.size() - 1;
          r.values.set(last, (r.values.get(last) + " " + text(s, e).trim()).trim());
        }
        return;
      }
      int n = FieldLineGrammar.nameEnd(in, s, e);
      int colon = FieldLineGrammar.colon(in, n, e);
      switch (FieldLineGrammar.nameShape(in, s, n, colon)) {
        case TOKEN:
          break;
        case EMPTY:
          r.deviations.add(dev(Violation.RESPONSE_HEADER_SECTION_GRAMMAR, s, "empty field name"));
          break;
        case NO_COLON:
          r.deviations.add(
              dev(
                  Violation.RESPONSE_HEADER_SECTION_GRAMMAR,
                  s,
                  "field line without colon: " + escape(s, Math.min(e, s + 40))));
          return;
        case WHITESPACE_BEFORE_COLON:
          r.deviations.add(
              dev(Violation.RESPONSE_HEADER_SECTION_GRAMMAR, n, "whitespace before colon"));
          break;
        default: // NOT_TOKEN
          r.deviations.add(
              dev(Violation.RESPONSE_HEADER_SECTION_GRAMMAR, n, "field name is not a token"));
          break;
      }
      int vs = FieldLineGrammar.skipOws(in, colon + 1, e);
      int ve = FieldLineGrammar.trimOws(in, vs, e);
      for (int k = vs; (k = FieldLineGrammar.valueEnd(in, k, ve)) < ve; k++) {
        if (FieldLineGrammar.valueFault(b[k]) != FieldLineGrammar.ValueFault.CR) {
          r.deviations.add(
              dev(
                  Violation.RESPONSE_HEADER_SECTION_GRAMMAR,
                  k,
                  String.format("octet 0x%02x in a field value", b[k] & 0xFF)));
          break;
        }
      }
      r.names.add(text(s, FieldLineGrammar.trimOws(in, s, colon)));
      r.values.add(text(vs, ve));
    }

    private int body(ParsedResponse r, int i) {
      boolean interim = r.isInterim();
      String method = null;
      if (!interim) {
        if (request < methods.size()) {
          method = methods.get(request);
        } else {
          r.deviations.add(
              dev(
                  Violation.RESPONSE_UNSOLICITED,
                  r.startOffset,
                  "final response number "
                      + (request + 1)
                      + " for "
                      + methods.size()
                      + " request(s)"));
        }
        request++;
      }
      r.requestMethod = method;
      boolean te = r.field("Transfer-Encoding") != null;
      boolean cl = r.field("Content-Length") != null;
      if ((interim || r.status == 204) && (te || cl)) {
        r.deviations.add(
            dev(
                Violation.RESPONSE_TE_OR_CL_IN_1XX_OR_204,
                r.startOffset,
                "status " + r.status + " with " + (te ? "Transfer-Encoding" : "Content-Length")));
      }
      if (te && cl) {
        r.deviations.add(
            dev(
                Violation.RESPONSE_CL_WITH_TE,
                r.startOffset,
                "both Content-Length and Transfer-Encoding"));
      }
      boolean connectOk = "CONNECT".equals(method) && r.status >= 200 && r.status < 300;
      if (interim || r.status == 204 || r.status == 304 || "HEAD".equals(method) || connectOk) {
        r.framing = BodyFraming.NONE;
        r.complete = true;
        r.endOffset = i;
        if (r.status == 101 || connectOk) {
          seq.tunnel = true;
        }
        return i;
      }
      if (te) {
        String codings = String.join(",", r.fields("Transfer-Encoding")).trim();
        String[] parts = codings.split(",");
        String lastCoding = parts.length == 0 ? "" : parts[parts.length - 1].trim();
        if (lastCoding.equalsIgnoreCase("chunked")) {
          r.framing = BodyFraming.CHUNKED;
          return content(r, i, -1);
        }
        return closeDelimited(r, i);
      }
      if (cl) {
        long n = -1;
        for (String v : r.fields("Content-Length")) {
          long m = parseLength(v);
          if (m < 0 || (n >= 0 && m != n)) {
            r.deviations.add(
                dev(
                    Violation.RESPONSE_HEADER_SECTION_GRAMMAR,
                    r.startOffset,
                    "invalid Content-Length: " + v));
            r.endOffset = i;
            seq.trailingGarbage = true;
            return -1;
          }
          n = m;
        }
        r.framing = BodyFraming.CONTENT_LENGTH;
        return content(r, i, n);
      }
      return closeDelimited(r, i);
    }

    /**
     * Reads the content of {@code r} from {@code i} by its framing; returns the offset after it, or
     * -1 to stop.
     */
    private int content(ParsedResponse r, int i, long length) {
      BodyReader body = new BodyReader(ParserConfig.strict(), false);
      body.begin(r.framing, length);
      body.position(i);
      while (true) {
        switch (body.read(b, end)) {
          case DATA:
            r.content(body.dataStart(), body.dataLength());
            continue;
          case COMPLETE:
            r.complete = true;
            r.endOffset = body.position();
            return body.position();
          case VIOLATION:
            r.deviations.add(
                dev(
                    body.violation(),
                    body.violationOffset(),
                    "chunked body: " + body.violation().summary()));
            seq.trailingGarbage = true;
            r.endOffset = body.position();
            return -1;
          default:
            r.endOffset = end;
            r.complete = r.framing == BodyFraming.CLOSE_DELIMITED && eof;
            return r.complete ? end : -1;
        }
      }
    }

    private int closeDelimited(ParsedResponse r, int i) {
      r.framing = BodyFraming.CLOSE_DELIMITED;
      String connection =
          String.join(",", r.fields("Connection")).toLowerCase(java.util.Locale.ROOT);
      boolean close = false;
      for (String option : connection.split(",")) {
        close |= option.trim().equals("close");
      }
      if (!close) {
        r.deviations.add(
            dev(
                Violation.RESPONSE_NOT_SELF_DELIMITED,
                r.startOffset,
                "close-delimited body without Connection: close"));
      }
      return content(r, i, -1);
    }

    private static long parseLength(String v) {
      String t = v.trim();
      if (t.isEmpty() || t.length() > 18) {
        return -1;
      }
      long n = 0;
      for (int k = 0; k < t.length(); k++) {
        char c = t.charAt(k);
        if (c < '0' || c > '9') {
          return -1;
        }
        n = n * 10 + (c - '0');
      }
      return n;
    }

    private ResponseDeviation dev(Violation v, int absolute, String detail) {
      return new ResponseDeviation(v, absolute, detail);
    }

    private boolean digit(int k) {
      return k < end && b[k] >= '0' && b[k] <= '9';
    }

    private boolean startsWith(int at, String s) {
      if (end - at < s.length()) {
        return false;
      }
      for (int k = 0; k < s.length(); k++) {
        if (b[at + k] != s.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    private int indexOf(char c, int from) {
      for (int k = from; k < end; k++) {
        if (b[k] == c) {
          return k;
        }
      }
      return -1;
    }

    private String text(int s, int e) {
      return new String(b, s, e - s, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private String escape(int s, int e) {
      StringBuilder sb = new StringBuilder("\"");
      for (int k = s; k < e; k++) {
        int o = b[k] & 0xFF;
        if (o == '\r') {
          sb.append("\\r");
        } else if (o == '\n') {
          sb.append("\\n");
        } else if (o == '\t') {
          sb.append("\\t");
        } else if (o == '"' || o == '\\') {
          sb.append('\\').append((char) o);
        } else if (o < 0x20 || o >= 0x7F) {
          sb.append(String.format("\\x%02x", o));
        } else {
          sb.append((char) o);
        }
      }
      return sb.append('"').toString();
    }
  }
}
