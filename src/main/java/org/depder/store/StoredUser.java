package org.depder.store;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A local user row as the store keeps it: only the id, a role code, the disabled flag and the
 * creation time are in clear; names live in {@code sealedProfile}, sealed by the caller.
 */
public record StoredUser(
    String id, String roleCode, byte[] sealedProfile, long createdAtMillis, boolean disabled) {
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,31}");

  public StoredUser {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sealedProfile, "sealedProfile");
    if (!CODE.matcher(roleCode).matches()) {
      throw new IllegalArgumentException("role codes are short lowercase codes");
    }
    sealedProfile = sealedProfile.clone();
  }

  @Override
  public byte[] sealedProfile() {
    return sealedProfile.clone();
  }

  /** Never prints the sealed profile. */
  @Override
  public String toString() {
    return "StoredUser[id=" + id + ", role=" + roleCode + ", disabled=" + disabled + "]";
  }
}
