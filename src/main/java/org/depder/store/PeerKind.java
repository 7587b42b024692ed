package org.depder.store;

/** What a pinned peer is. Stored by its code. */
public enum PeerKind {
  SERVER("server"),
  DEVICE("device");

  private final String code;

  PeerKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  static PeerKind fromCode(String code) {
    for (PeerKind kind : values()) {
      if (kind.code.equals(code)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown peer kind code");
  }
}
