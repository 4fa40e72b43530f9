package dev.h1proof.benchmarks;

import org.openjdk.jmh.infra.Blackhole;

/**
 * The timed-path sink: hands every extracted item to a JMH {@link Blackhole}, two consumes per
 * field line for every parser (offsets are packed as {@code start << 32 | length}), so no parser's
 * output can be dead-code-eliminated and none pays more sink overhead than another.
 */
public final class BlackholeSink extends RequestSink {

  private Blackhole blackhole;

  /**
   * Sets the blackhole of the current invocation.
   *
   * @param blackhole the blackhole
   * @return this sink
   */
  public BlackholeSink with(Blackhole blackhole) {
    this.blackhole = blackhole;
    return this;
  }

  private static long pack(int start, int length) {
    return ((long) start << 32) | (length & 0xffffffffL);
  }

  @Override
  public void method(CharSequence method) {
    blackhole.consume(method);
  }

  @Override
  public void method(byte[] buf, int start, int length) {
    blackhole.consume(pack(start, length));
  }

  @Override
  public void target(CharSequence target, CharSequence query) {
    blackhole.consume(target);
    blackhole.consume(query);
  }

  @Override
  public void target(byte[] buf, int start, int length) {
    blackhole.consume(pack(start, length));
  }

  @Override
  public void version(int major, int minor) {
    blackhole.consume(major * 10 + minor);
  }

  @Override
  public void field(CharSequence name, CharSequence value) {
    blackhole.consume(name);
    blackhole.consume(value);
  }

  @Override
  public void field(byte[] buf, int nameStart, int nameLength, int valueStart, int valueLength) {
    blackhole.consume(pack(nameStart, nameLength));
    blackhole.consume(pack(valueStart, valueLength));
  }

  @Override
  public void framing(Framing framing, long contentLength) {
    blackhole.consume(framing);
    blackhole.consume(contentLength);
  }

  @Override
  public void content(int octets) {
    blackhole.consume(octets);
  }

  @Override
  public void end() {}
}
