package org.depder.sync.revision;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues {@link HybridTimestamp}s (Kulkarni et al., 2014) for the revisions this device authors.
 * Readings are strictly increasing, survive the wall clock stepping back, and move past every
 * reading observed from another device, so a revision made after reading another's normally sorts
 * after it.
 *
 * <p><b>Drift guard.</b> A single device with its clock years ahead would, through plain HLC, drag
 * every clock it syncs with into the future for good. A received reading more than {@code maxDrift}
 * ahead of the local wall clock is therefore not adopted: {@link #observe} ticks as for a local
 * event and counts the refusal. The revision carrying that reading is still accepted and merged:
 * the timestamp only orders the provisional winner of a conflict, never what is an ancestor of
 * what, so the cost of the guard is that this device's later edits may sort before the bad device's
 * ones. Readings within {@code maxDrift} are honoured fully, so honest clocks that are merely a few
 * hours off (a laptop set to local time as UTC) keep causal order.
 *
 * <p>The clock is safe to share between threads.
 */
public final class HybridLogicalClock {
  /**
   * Generous enough for a mis-set time zone, small enough that a bad clock cannot do lasting harm.
   */
  public static final Duration DEFAULT_MAX_DRIFT = Duration.ofHours(24);

  private static final Logger LOG = LoggerFactory.getLogger(HybridLogicalClock.class);

  private final Clock wallClock;
  private final long maxDriftMillis;
  private HybridTimestamp last;
  private long refusedObservations;

  /** A fresh clock, for a device that has never issued a reading. */
  public HybridLogicalClock(Clock wallClock, Duration maxDrift) {
    this(wallClock, maxDrift, new HybridTimestamp(0, 0));
  }

  /**
   * A clock resuming after {@code lastIssued}, the greatest reading this device has used so far
   * (persist it with the revisions): readings stay increasing across restarts even if the wall
   * clock was set back meanwhile.
   */
  public HybridLogicalClock(Clock wallClock, Duration maxDrift, HybridTimestamp lastIssued) {
    this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
    if (maxDrift.isNegative()) {
      throw new IllegalArgumentException("negative maximum drift");
    }
    this.maxDriftMillis = maxDrift.toMillis();
    this.last = Objects.requireNonNull(lastIssued, "lastIssued");
  }

  /** A reading for a local event: greater than every reading issued or observed before. */
  public synchronized HybridTimestamp now() {
    long physical = Math.max(last.physicalMillis(), wallMillis());
    return issue(physical, physical == last.physicalMillis() ? last.counter() : -1);
  }

  /**
   * Takes in a reading from another device (a received revision's time) and returns a reading
   * greater than it and than everything before, unless {@link #isTooFarAhead} holds for it, in
   * which case it is ignored as described on the class and the result is simply {@link #now()}.
   */
  public synchronized HybridTimestamp observe(HybridTimestamp remote) {
    Objects.requireNonNull(remote, "remote");
    long wall = wallMillis();
    if (remote.physicalMillis() - wall > maxDriftMillis) {
      refusedObservations++;
      LOG.warn(
          "A received clock reading {} ms ahead of this device was not adopted",
          remote.physicalMillis() - wall);
      return now();
    }
    long physical = Math.max(Math.max(last.physicalMillis(), remote.physicalMillis()), wall);
    int counter = -1;
    if (physical == last.physicalMillis()) {
      counter = last.counter();
    }
    if (physical == remote.physicalMillis()) {
      counter = Math.max(counter, remote.counter());
    }
    return issue(physical, counter);
  }

  /** True when {@link #observe} would refuse to adopt {@code remote}, for callers that flag it. */
  public boolean isTooFarAhead(HybridTimestamp remote) {
    return remote.physicalMillis() - wallMillis() > maxDriftMillis;
  }

  /** How many observed readings the drift guard has refused since this clock was made. */
  public synchronized long refusedObservations() {
    return refusedObservations;
  }

  /** The greatest reading issued so far, to persist. */
  public synchronized HybridTimestamp lastIssued() {
    return last;
  }

  private HybridTimestamp issue(long physical, int counterBefore) {
    // After 2^31 readings in one millisecond, borrow the next millisecond rather than wrap.
    last =
        counterBefore == Integer.MAX_VALUE
            ? new HybridTimestamp(physical + 1, 0)
            : new HybridTimestamp(physical, counterBefore + 1);
    return last;
  }

  private long wallMillis() {
    return Math.max(0, wallClock.millis());
  }
}
