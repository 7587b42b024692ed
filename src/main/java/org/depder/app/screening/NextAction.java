package org.depder.app.screening;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Section 8: what happens next.
 *
 * @param followUpOwner the staff member who follows up (staff id or name)
 * @param followUpOn when; cannot be in the past
 */
public record NextAction(
    Set<ReferralTarget> referrals,
    Urgency urgency,
    boolean hotlineCardGiven,
    String followUpOwner,
    Optional<LocalDate> followUpOn) {
  public NextAction {
    referrals = Set.copyOf(referrals);
    Objects.requireNonNull(urgency, "urgency");
    Objects.requireNonNull(followUpOwner, "followUpOwner");
    Objects.requireNonNull(followUpOn, "followUpOn");
  }

  public static NextAction none() {
    return new NextAction(Set.of(), Urgency.ROUTINE, false, "", Optional.empty());
  }
}
