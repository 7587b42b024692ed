package org.depder.app.vault;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a local user of this laptop does; decides what they see and may change (ARCHITECTURE.md
 * section 5). The code is stored in the vault; the label key is the UI text.
 */
public enum Role {
  SCREENER("screener", "role.screener"),
  SOCIAL_WORKER("social_worker", "role.socialWorker"),
  CONSULAR_OFFICER("consular_officer", "role.consularOfficer"),
  COORDINATOR("coordinator", "role.coordinator"),
  DEVICE_ADMINISTRATOR("device_admin", "role.deviceAdministrator");

  private final String code;
  private final String labelKey;

  Role(String code, String labelKey) {
    this.code = code;
    this.labelKey = labelKey;
  }

  public String code() {
    return code;
  }

  public String labelKey() {
    return labelKey;
  }

  public static Optional<Role> fromCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }
}
