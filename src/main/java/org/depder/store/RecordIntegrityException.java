package org.depder.store;

/**
 * A stored record failed to open: its sealed payload was altered, moved from another row or
 * revision, or sealed under another key. Carries the record id (a random UUID, not personal data).
 */
public class RecordIntegrityException extends RuntimeException {
  private final String recordId;

  public RecordIntegrityException(String recordId, Throwable cause) {
    super("record " + recordId + " failed to open", cause);
    this.recordId = recordId;
  }

  public String recordId() {
    return recordId;
  }
}
