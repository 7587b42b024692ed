package org.depder.app.replication;

/** Progress of a long export or import, reported from the worker thread. */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = (phase, done, total) -> {};

  /** {@code done} of {@code total} units of {@code phase}; {@code total} may be 0 if unknown. */
  void progress(Phase phase, long done, long total);

  /** The steps of a transfer, each with its own translated label ({@code sync.phase.<name>}). */
  enum Phase {
    COLLECTING,
    SEALING,
    WRITING,
    CHECKING,
    READING,
    VERIFYING,
    APPLYING
  }
}
