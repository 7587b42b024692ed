package org.depder.store;

/** Whether a record's latest revision has reached the server. Stored by its stable code. */
public enum SyncState {
  /** Changed on this device and not yet acknowledged by a server receipt. */
  PENDING("pending"),
  /** Acknowledged by a server receipt. */
  SYNCED("synced");

  private final String code;

  SyncState(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  static SyncState fromCode(String code) {
    for (SyncState state : values()) {
      if (state.code.equals(code)) {
        return state;
      }
    }
    throw new IllegalArgumentException("unknown sync state code");
  }
}
