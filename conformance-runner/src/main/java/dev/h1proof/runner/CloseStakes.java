package dev.h1proof.runner;

import dev.h1proof.rulebook.Observation;

/**
 * What a scenario's verdict makes of the target closing the connection. A target waits for a close,
 * and for the measure that tells a close at its idle timeout from one caused by the request, only
 * while the verdict may still turn on it.
 */
public interface CloseStakes {
  /** Stakes of an exchange whose verdict never turns on a close. */
  CloseStakes NONE =
      new CloseStakes() {
        @Override
        public boolean closeDecides(Observation open) {
          return false;
        }

        @Override
        public boolean openAccusesLess(Observation closed) {
          return false;
        }
      };

  /**
   * For an observation whose connection is still open: true when seeing the connection closed would
   * change the verdict, so a long wait for the close is worth it.
   */
  boolean closeDecides(Observation open);

  /**
   * For an observation whose connection the target closed: true when reading the connection as open
   * would accuse the target less. Only then can a close at the target's idle timeout (which reads
   * both ways, and gets the reading that accuses less) change the verdict.
   */
  boolean openAccusesLess(Observation closed);
}
