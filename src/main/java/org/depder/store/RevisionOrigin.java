package org.depder.store;

/** Whether a revision was made on this device or received from a peer. Stored by its code. */
public enum RevisionOrigin {
  LOCAL("local"),
  REMOTE("remote");

  private final String code;

  RevisionOrigin(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  static RevisionOrigin fromCode(String code) {
    for (RevisionOrigin origin : values()) {
      if (origin.code.equals(code)) {
        return origin;
      }
    }
    throw new IllegalArgumentException("unknown revision origin code");
  }
}
