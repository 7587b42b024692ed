package org.depder.server.core;

/** A device is active until an administrator revokes it; revocation is final. */
public enum DeviceStatus {
  ACTIVE("active"),
  REVOKED("revoked");

  private final String code;

  DeviceStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static DeviceStatus ofCode(String code) {
    for (DeviceStatus s : values()) {
      if (s.code.equals(code)) {
        return s;
      }
    }
    throw new ServerException(ErrorCode.STORAGE, "unknown device status in the database");
  }
}
