package org.depder.sync.bundle;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One item of a bundle that the receiver did not apply, by id, with a reason code from the layer
 * that refused it (e.g. the revision layer's {@code BAD_REVISION_SIGNATURE}).
 */
public record ItemRejection(String id, String reason) {
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
  static final Pattern REASON = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  public ItemRejection {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reason, "reason");
    if (!ID.matcher(id).matches() || !REASON.matcher(reason).matches()) {
      throw new IllegalArgumentException("item ids and reason codes have a fixed alphabet");
    }
  }
}
