package dev.h1proof.testkit;

import java.util.List;

/**
 * The adapter between the kit and a request parser: one connection's bytes in, what the parser made
 * of them out.
 *
 * <p>{@link #parse} receives the bytes of one connection split into segments, as they would arrive
 * from a socket, and must feed them to the parser in order, one segment at a time, without joining
 * them first (the kit checks that a parser decides the same whole, byte by byte and split at every
 * offset). It parses message after message: each request head, then its body as the head frames it
 * (Content-Length, chunked, or none), then the next request, until the parser rejects the bytes,
 * needs more than it was given, or has used every byte. It must return, never throw for bad input,
 * and hold no state from one call to the next.
 */
public interface ParserUnderTest {

  /**
   * Returns the parser's name, e.g. {@code netty}.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the version of the parser's library, or "unknown".
   *
   * @return the version
   */
  default String version() {
    return "unknown";
  }

  /**
   * Parses one connection's bytes, delivered in {@code segments}.
   *
   * @param segments the bytes, in the order they arrive; never empty
   * @return the requests the parser read and how it stopped
   */
  ParseResult parse(List<byte[]> segments);
}
