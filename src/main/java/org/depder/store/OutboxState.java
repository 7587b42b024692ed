package org.depder.store;

/** Where a local revision is on its way to the server. Stored by its code. */
public enum OutboxState {
  /** Waiting to go into a bundle. */
  PENDING("pending"),
  /** In a bundle that was sent or exported; no receipt yet. */
  SENT("sent"),
  /** The last attempt failed (see the reason code); it will be retried. */
  FAILED("failed"),
  /** Listed in a valid signed receipt: the only state in which a row may be removed. */
  ACKNOWLEDGED("acknowledged");

  private final String code;

  OutboxState(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  static OutboxState fromCode(String code) {
    for (OutboxState state : values()) {
      if (state.code.equals(code)) {
        return state;
      }
    }
    throw new IllegalArgumentException("unknown outbox state code");
  }
}
