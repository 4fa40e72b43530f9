package dev.h1proof.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The verification sink: turns everything it receives into {@link ParsedRequest}s. */
public final class RecordingSink extends RequestSink {

  private final List<ParsedRequest> requests = new ArrayList<>();
  private String method;
  private String target;
  private int versionMajor;
  private int versionMinor;
  private List<ParsedRequest.Field> fields = new ArrayList<>();
  private Framing framing;
  private long contentLength;
  private long contentOctets;
  private boolean open;

  /**
   * Returns the requests recorded so far.
   *
   * @return the completed requests, in order
   * @throws IllegalStateException if a request was begun but not ended
   */
  public List<ParsedRequest> requests() {
    if (open) {
      throw new IllegalStateException("request " + method + " " + target + " was not ended");
    }
    return List.copyOf(requests);
  }

  private static String string(byte[] buf, int start, int length) {
    return new String(buf, start, length, StandardCharsets.ISO_8859_1);
  }

  @Override
  public void method(CharSequence method) {
    begin(method.toString());
  }

  @Override
  public void method(byte[] buf, int start, int length) {
    begin(string(buf, start, length));
  }

  @Override
  public void target(CharSequence target, CharSequence query) {
    this.target = query == null ? target.toString() : target + "?" + query;
  }

  @Override
  public void target(byte[] buf, int start, int length) {
    this.target = string(buf, start, length);
  }

  @Override
  public void version(int major, int minor) {
    this.versionMajor = major;
    this.versionMinor = minor;
  }

  private void begin(String method) {
    if (open) {
      throw new IllegalStateException("method " + method + " before end()");
    }
    open = true;
    this.method = method;
    this.target = null;
    this.versionMajor = -1;
    this.versionMinor = -1;
    this.fields = new ArrayList<>();
    this.framing = null;
    this.contentLength = -1;
    this.contentOctets = 0;
  }

  @Override
  public void field(CharSequence name, CharSequence value) {
    fields.add(new ParsedRequest.Field(name.toString(), value.toString()));
  }

  @Override
  public void field(byte[] buf, int nameStart, int nameLength, int valueStart, int valueLength) {
    fields.add(
        new ParsedRequest.Field(
            string(buf, nameStart, nameLength), string(buf, valueStart, valueLength)));
  }

  @Override
  public void framing(Framing framing, long contentLength) {
    this.framing = framing;
    this.contentLength = contentLength;
  }

  @Override
  public void content(int octets) {
    contentOctets += octets;
  }

  @Override
  public void end() {
    if (!open) {
      throw new IllegalStateException("end() without a request-line");
    }
    open = false;
    requests.add(
        new ParsedRequest(
            method,
            target,
            versionMajor,
            versionMinor,
            List.copyOf(fields),
            framing,
            contentLength,
            contentOctets));
  }
}
