package org.depder.app.screening;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.depder.app.people.PersonMatcher;

/**
 * What the screening area needs from the signed-in session: where drafts are kept, who is
 * screening, and where people are looked up and created. The composition root builds it from the
 * unlocked vault; without one, the area is not shown, because a screening that cannot be kept must
 * not be started. Without {@code people} the wizard asks for no name and offers no matches.
 */
public record ScreeningAccess(
    ScreeningDraftRepository repository,
    Supplier<String> screenerId,
    Optional<PersonMatcher> people) {
  public ScreeningAccess {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(screenerId, "screenerId");
    Objects.requireNonNull(people, "people");
  }

  public ScreeningAccess(ScreeningDraftRepository repository, Supplier<String> screenerId) {
    this(repository, screenerId, Optional.empty());
  }
}
