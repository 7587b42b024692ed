package org.depder.server.admin;

import java.time.Instant;
import org.depder.server.core.DeviceRole;

/**
 * A freshly issued enrolment code. {@code code} exists only here, on its way to the administrator's
 * screen: the database keeps its hash.
 */
public record IssuedCode(
    String codeId, String code, DeviceRole role, String post, Instant expiresAt) {
  @Override
  public String toString() {
    return "IssuedCode[" + codeId + ", code hidden, " + role.code() + ", " + post + "]";
  }
}
