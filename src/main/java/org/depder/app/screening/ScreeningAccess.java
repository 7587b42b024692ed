package org.depder.app.screening;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the screening area needs from the signed-in session: where drafts are kept and who is
 * screening. The composition root builds it from the unlocked vault; without one, the area is not
 * shown, because a screening that cannot be kept must not be started.
 */
public record ScreeningAccess(ScreeningDraftRepository repository, Supplier<String> screenerId) {
  public ScreeningAccess {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(screenerId, "screenerId");
  }
}
