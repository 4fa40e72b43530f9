package dev.h1proof.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parses each corpus input with h1proof and with the JVM's best-known HTTP/1.1 parsers. One
 * operation parses one input completely: every request of a pipelined file, every file of {@code
 * mix/}. Before timing, each parser's extraction is checked against {@link ReferenceParser}, and a
 * mismatch fails the run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "--add-modules", "jdk.incubator.vector"})
public class ParserBenchmark {

  /** The input, shared by every parser's state. */
  @State(Scope.Thread)
  public static class Input {
    /** A file of {@code corpus/valid/} without {@code .http}, or {@code mix}. */
    @Param({
      "techempower-plaintext",
      "techempower-plaintext-pipelined-16",
      "browser-get-chrome",
      "chrome-cookies-430",
      "classic-703",
      "large-headers-16k",
      "chunked-post-events",
      "mix"
    })
    public String input;

    byte[][] messages;
    final BlackholeSink sink = new BlackholeSink();

    /** Loads the input's messages. */
    @Setup(Level.Trial)
    public void load() {
      messages = Corpus.load(input);
    }
  }

  /** Loads and verifies an adapter for the trial. */
  public abstract static class ParserState<A extends ParserAdapter> {
    A adapter;

    abstract A create();

    /**
     * Loads the adapter and verifies its output against the reference before any timing.
     *
     * @param in the input
     */
    @Setup(Level.Trial)
    public void setup(Input in) {
      adapter = create();
      adapter.load(in.messages);
      Verification.check(adapter, in.input, in.messages);
    }
  }

  /** h1proof's parser. */
  @State(Scope.Thread)
  public static class H1proofState extends ParserState<H1proofAdapter> {
    @Override
    H1proofAdapter create() {
      return new H1proofAdapter();
    }
  }

  /** h1proof's parser reading direct buffers. */
  @State(Scope.Thread)
  public static class H1proofDirectState extends ParserState<H1proofAdapter> {
    @Override
    H1proofAdapter create() {
      return H1proofAdapter.direct();
    }
  }

  /** Netty's decoder. */
  @State(Scope.Thread)
  public static class NettyState extends ParserState<NettyAdapter> {
    @Override
    NettyAdapter create() {
      return new NettyAdapter();
    }
  }

  /** Jetty's parser. */
  @State(Scope.Thread)
  public static class JettyState extends ParserState<JettyAdapter> {
    @Override
    JettyAdapter create() {
      return new JettyAdapter();
    }
  }

  /** Undertow's parser. */
  @State(Scope.Thread)
  public static class UndertowState extends ParserState<UndertowAdapter> {
    @Override
    UndertowAdapter create() {
      return new UndertowAdapter();
    }
  }

  /** Tomcat's input buffer. */
  @State(Scope.Thread)
  public static class TomcatState extends ParserState<TomcatAdapter> {
    @Override
    TomcatAdapter create() {
      return new TomcatAdapter();
    }
  }

  /**
   * h1proof.
   *
   * @param in the input
   * @param state the parser
   * @param bh the blackhole
   */
  @Benchmark
  public void h1proof(Input in, H1proofState state, Blackhole bh) {
    BlackholeSink sink = in.sink.with(bh);
    H1proofAdapter adapter = state.adapter;
    for (int i = 0; i < in.messages.length; i++) {
      adapter.parse(i, sink);
    }
  }

  /**
   * h1proof forced onto its scalar scanning path (the oracle), for comparison with the default.
   *
   * @param in the input
   * @param state the parser
   * @param bh the blackhole
   */
  @Benchmark
  @Fork(
      value = 1,
      jvmArgsAppend = {
        "-Xms1g",
        "-Xmx1g",
        "--add-modules",
        "jdk.incubator.vector",
        "-Dh1proof.simd=scalar"
      })
  public void h1proofScalar(Input in, H1proofState state, Blackhole bh) {
    h1proof(in, state, bh);
  }

  /**
   * h1proof forced onto its SWAR scanning path.
   *
   * @param in the input
   * @param state the parser
   * @param bh the blackhole
   */
  @Benchmark
  @Fork(
      value = 1,
      jvmArgsAppend = {
        "-Xms1g",
        "-Xmx1g",
        "--add-modules",
        "jdk.incubator.vector",
        "-Dh1proof.simd=swar"
      })
  public void h1proofSwar(Input in, H1proofState state, Blackhole bh) {
    h1proof(in, state, bh);
  }

  /**
   * h1proof forced onto its 256-bit Vector API path (also on JDK 17, where it is not the default).
   *
   * @param in the input
   * @param state the parser
   * @param bh the blackhole
   */
  @Benchmark
  @Fork(
      value = 1,
      jvmArgsAppend = {
        "-Xms1g",
        "-Xmx1g",
        "--add-modules",
        "jdk.incubator.vector",
        "-Dh1proof.simd=vector256"
      })
  public void h1proofVector256(Input in, H1proofState state, Blackhole bh) {
    h1proof(in, state, bh);
  }

  /**
   * h1proof reading each message from a direct {@link java.nio.ByteBuffer} (default path).
   *
   * @param in the input
   * @param state the parser
   * @param bh the blackhole
   */
  @Benchmark
  public void h1proofDirect(Input in, H1proofDirectState state, Blackhole bh) {
    BlackholeSink sink = in.sink.with(bh);
    H1proofAdapter adapter = state.adapter;
    for (int i = 0; i < in.messages.length; i++) {
      adapter.parse(i, sink);
    }
  }

  /**
   * h1proof from direct buffers, forced onto its scalar path.
   *
   * @param in the input
   * @param state the parser
   * @param bh the blackhole
   */
  @Benchmark
  @Fork(
      value = 1,
      jvmArgsAppend = {
        "-Xms1g",
        "-Xmx1g",
        "--add-modules",
        "jdk.incubator.vector",
        "-Dh1proof.simd=scalar"
      })
  public void h1proofDirectScalar(Input in, H1proofDirectState state, Blackhole bh) {
    h1proofDirect(in, state, bh);
  }

  /**
   * h1proof from direct buffers, forced onto its SWAR path.
   *
   * @param in the input
   * @param state the parser
   * @param bh the blackhole
   */
  @Benchmark
  @Fork(
      value = 1,
      jvmArgsAppend = {
        "-Xms1g",
        "-Xmx1g",
        "--add-modules",
        "jdk.incubator.vector",
        "-Dh1proof.simd=swar"
      })
  public void h1proofDirectSwar(Input in, H1proofDirectState state, Blackhole bh) {
    h1proofDirect(in, state, bh);
  }

  /**
   * h1proof from direct buffers, forced onto its 256-bit Vector API path.
   *
   * @param in the input
   * @param state the parser
   * @param bh the blackhole
   */
  @Benchmark
  @Fork(
      value = 1,
      jvmArgsAppend = {
        "-Xms1g",
        "-Xmx1g",
        "--add-modules",
        "jdk.incubator.vector",
        "-Dh1proof.simd=vector256"
      })
  public void h1proofDirectVector256(Input in, H1proofDirectState state, Blackhole bh) {
    h1proofDirect(in, state, bh);
  }

  /**
   * Netty.
   *
   * @param in the input
   * @param state the parser
   * @param bh the blackhole
   */
  @Benchmark
  public void netty(Input in, NettyState state, Blackhole bh) {
    BlackholeSink sink = in.sink.with(bh);
    NettyAdapter adapter = state.adapter;
    for (int i = 0; i < in.messages.length; i++) {
      adapter.parse(i, sink);
    }
  }

  /**
   * Jetty.
   *
   * @param in the input
   * @param state the parser
   * @param bh the blackhole
   */
  @Benchmark
  public void jetty(Input in, JettyState state, Blackhole bh) {
    BlackholeSink sink = in.sink.with(bh);
    JettyAdapter adapter = state.adapter;
    for (int i = 0; i < in.messages.length; i++) {
      adapter.parse(i, sink);
    }
  }

  /**
   * Undertow.
   *
   * @param in the input
   * @param state the parser
   * @param bh the blackhole
   */
  @Benchmark
  public void undertow(Input in, UndertowState state, Blackhole bh) {
    BlackholeSink sink = in.sink.with(bh);
    UndertowAdapter adapter = state.adapter;
    for (int i = 0; i < in.messages.length; i++) {
      adapter.parse(i, sink);
    }
  }

  /**
   * Tomcat.
   *
   * @param in the input
   * @param state the parser
   * @param bh the blackhole
   */
  @Benchmark
  public void tomcat(Input in, TomcatState state, Blackhole bh) {
    BlackholeSink sink = in.sink.with(bh);
    TomcatAdapter adapter = state.adapter;
    for (int i = 0; i < in.messages.length; i++) {
      adapter.parse(i, sink);
    }
  }
}
