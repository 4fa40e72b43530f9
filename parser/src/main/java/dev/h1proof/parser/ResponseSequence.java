package dev.h1proof.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The responses read from one connection by {@link ResponseParser}, in order. */
public final class ResponseSequence {
  final List<ParsedResponse> responses = new ArrayList<>();
  final List<ResponseDeviation> deviations = new ArrayList<>();
  boolean complete;
  boolean trailingGarbage;
  boolean tunnel;
  int unparsedOffset;

  ResponseSequence() {}

  /**
   * Returns every response, interim ones included, in order.
   *
   * @return an unmodifiable list
   */
  public List<ParsedResponse> responses() {
    return Collections.unmodifiableList(responses);
  }

  /**
   * Tells whether every response is complete and no unparsed bytes remain (bytes after a 101 or a
   * successful CONNECT belong to the tunnel and do not count).
   *
   * @return true if the data ends cleanly after the last response
   */
  public boolean complete() {
    return complete;
  }

  /**
   * Returns the number of final (non-1xx) responses.
   *
   * @return the count
   */
  public int finalResponseCount() {
    int n = 0;
    for (ParsedResponse r : responses) {
      if (!r.isInterim()) {
        n++;
      }
    }
    return n;
  }

  /**
   * Tells whether bytes that are not a response were found where a response should begin.
   *
   * @return true if garbage follows the last parsed response
   */
  public boolean trailingGarbage() {
    return trailingGarbage;
  }

  /**
   * Tells whether the connection switched protocols (101) or became a CONNECT tunnel, after which
   * bytes are not parsed.
   *
   * @return true after a protocol switch
   */
  public boolean tunnel() {
    return tunnel;
  }

  /**
   * Returns the index of the first byte not parsed; equals {@code off + len} when everything was
   * parsed.
   *
   * @return the absolute index in the array passed to {@link ResponseParser#parse}
   */
  public int unparsedOffset() {
    return unparsedOffset;
  }

  /**
   * Returns every deviation, from all responses and from the sequence itself, in order found.
   *
   * @return an unmodifiable list
   */
  public List<ResponseDeviation> deviations() {
    List<ResponseDeviation> all = new ArrayList<>();
    for (ParsedResponse r : responses) {
      all.addAll(r.deviations);
    }
    all.addAll(deviations);
    return Collections.unmodifiableList(all);
  }
}
