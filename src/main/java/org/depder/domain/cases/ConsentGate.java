package org.depder.domain.cases;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Decides whether something may be shared for a purpose with a named service (issue 7 item 3,
 * DOMAIN 2.3). The latest answer counts: a refusal after a consent, or a withdrawal, closes the
 * gate. An adult decides alone: a guardian's answer does not count for an adult. A child needs the
 * guardian's consent or a best-interests decision in force (which may override a guardian's
 * refusal, for the child's protection, with its reason on record); the child's own consent is
 * recorded but not enough.
 *
 * <p>The gate never looks at cooperation with an investigation: assistance does not depend on it.
 */
public final class ConsentGate {
  private ConsentGate() {}

  /** What made the gate open. */
  public enum Basis {
    PERSON_CONSENT,
    GUARDIAN_CONSENT,
    BEST_INTERESTS_DECISION
  }

  /** The gate's answer. */
  public sealed interface Decision permits Allowed, Refused {
    default boolean allowed() {
      return this instanceof Allowed;
    }
  }

  /** Open, on {@code basis}, resting on the consent or decision {@code recordId}. */
  public record Allowed(Basis basis, UUID recordId) implements Decision {}

  public record Refused(GateRefusal reason) implements Decision {}

  private static final Comparator<Consent> LATEST =
      Comparator.comparing(Consent::recordedAt).thenComparing(Consent::id);

  public static Decision check(
      Case c,
      ConsentPurpose purpose,
      String scope,
      List<Consent> consents,
      List<BestInterestsDecision> decisions) {
    if (c.status().closed()) {
      return new Refused(GateRefusal.CASE_CLOSED);
    }
    if (c.child()) {
      Optional<Consent> guardian = latest(c, purpose, scope, consents, ConsentGiver.GUARDIAN);
      if (guardian.isPresent() && guardian.get().inForce()) {
        return new Allowed(Basis.GUARDIAN_CONSENT, guardian.get().id());
      }
      Optional<BestInterestsDecision> best =
          decisions.stream()
              .filter(d -> d.caseId().equals(c.id()) && d.covers(purpose, scope) && d.inForce())
              .max(Comparator.comparing(BestInterestsDecision::decidedAt));
      if (best.isPresent()) {
        return new Allowed(Basis.BEST_INTERESTS_DECISION, best.get().id());
      }
      return guardian
          .<Decision>map(ConsentGate::refusal)
          .orElse(new Refused(GateRefusal.CHILD_NEEDS_GUARDIAN_OR_BEST_INTERESTS));
    }
    Optional<Consent> own = latest(c, purpose, scope, consents, ConsentGiver.PERSON);
    if (own.isEmpty()) {
      return new Refused(GateRefusal.NO_CONSENT);
    }
    return own.get().inForce()
        ? new Allowed(Basis.PERSON_CONSENT, own.get().id())
        : refusal(own.get());
  }

  private static Optional<Consent> latest(
      Case c, ConsentPurpose purpose, String scope, List<Consent> consents, ConsentGiver giver) {
    return consents.stream()
        .filter(x -> x.caseId().equals(c.id()) && x.covers(purpose, scope) && x.givenBy() == giver)
        .max(LATEST);
  }

  private static Refused refusal(Consent latest) {
    return new Refused(
        latest.decision() == ConsentDecision.REFUSED
            ? GateRefusal.CONSENT_REFUSED
            : GateRefusal.CONSENT_WITHDRAWN);
  }
}
