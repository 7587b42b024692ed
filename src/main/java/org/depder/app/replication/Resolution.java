package org.depder.app.replication;

import java.util.UUID;

/** How a person settles one conflicting field. */
public sealed interface Resolution {
  /** Keep the value written by this candidate revision. */
  record Pick(UUID revisionId) implements Resolution {}

  /** Replace every candidate with an edited text (only for editable fields). */
  record Edit(String text) implements Resolution {}
}
