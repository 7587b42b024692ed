package org.depder.app.screening;

/** A draft is editable until finalised; a finalised revision never changes again. */
public enum DraftStatus {
  IN_PROGRESS,
  FINALISED
}
