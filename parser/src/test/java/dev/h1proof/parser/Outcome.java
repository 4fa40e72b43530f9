package dev.h1proof.parser;

import java.util.EnumSet;
import java.util.Set;

/** Everything observable about one request-parse result, comparable across feeding strategies. */
final class Outcome {
  final ParseStatus status;
  final Violation violation;
  final int offset;
  final String head;
  final Set<Violation> tolerated;
  final byte[] bufferAfter;

  Outcome(RequestParser p, ParseStatus status, byte[] buf, int start, int end) {
    this.status = status;
    this.violation = p.violation();
    this.offset = p.violationOffset() < 0 ? -1 : p.violationOffset() - start;
    this.head = status == ParseStatus.COMPLETE ? dump(p.head(), start) : null;
    this.tolerated =
        p.toleratedViolations().isEmpty() ? Set.of() : EnumSet.copyOf(p.toleratedViolations());
    this.bufferAfter = java.util.Arrays.copyOfRange(buf, start, end);
  }

  /** A canonical text of the head with offsets relative to {@code start}. */
  static String dump(RequestHead h, int start) {
    StringBuilder sb = new StringBuilder();
    sb.append("headLength=").append(h.headLength());
    sb.append(" method@").append(h.methodStart() - start).append('=').append(h.method());
    sb.append(" target@").append(h.targetStart() - start).append('=').append(h.target());
    sb.append(" form=").append(h.targetForm());
    sb.append(" version=").append(h.versionMajor()).append('.').append(h.versionMinor());
    sb.append(" host=").append(h.host());
    if (h.hostStart() >= 0) {
      sb.append('@').append(h.hostStart() - start);
    }
    sb.append(" framing=").append(h.bodyFraming()).append(" cl=").append(h.contentLength());
    sb.append(" keepAlive=").append(h.keepAlive());
    sb.append(" expect=").append(h.expectContinue());
    sb.append(" mustClose=").append(h.mustClose());
    for (int i = 0; i < h.fieldCount(); i++) {
      sb.append(" [").append(h.fieldNameStart(i) - start).append(':').append(h.fieldName(i));
      sb.append('|').append(h.fieldValueStart(i) - start).append(':');
      sb.append(Bytes.escape(Bytes.of(h.fieldValue(i)))).append(']');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return status
        + (violation != null ? " " + violation + "@" + offset : "")
        + (head != null ? " " + head : "")
        + (tolerated.isEmpty() ? "" : " tolerated=" + tolerated);
  }
}
