package org.depder.server.core;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an enrolled device is used for; decides later which entities the server sends it. The codes
 * are the client's role codes (org.depder.app.vault.Role), repeated here because the server may not
 * depend on app.
 */
public enum DeviceRole {
  SCREENER("screener"),
  SOCIAL_WORKER("social_worker"),
  CONSULAR_OFFICER("consular_officer"),
  COORDINATOR("coordinator"),
  DEVICE_ADMINISTRATOR("device_admin");

  private final String code;

  DeviceRole(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<DeviceRole> ofCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }

  /** The role for {@code code}, or a {@link ErrorCode#BAD_ROLE} refusal. */
  public static DeviceRole parse(String code) {
    return ofCode(code).orElseThrow(() -> new ServerException(ErrorCode.BAD_ROLE, "unknown role"));
  }
}
