package org.depder.domain.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The two referral actions that touch consent: sending (through the gate) and withdrawing the
 * consent (which stops sharing at once and returns what had been shared, issue 7 item 10).
 */
public final class Referrals {
  private Referrals() {}

  /** The result of trying to send. */
  public sealed interface SendResult permits Sent, Refused {}

  /** Sent: the updated referral, the packet that left and what the gate rested on. */
  public record Sent(Referral referral, ReferralPacket packet, ConsentGate.Allowed basis)
      implements SendResult {}

  /** Not sent; the referral is unchanged. */
  public record Refused(GateRefusal reason) implements SendResult {}

  /**
   * Sends {@code referral} if the consent gate allows the purpose {@link ConsentPurpose#REFERRAL}
   * for its service. Throws {@link IllegalTransitionException} if it is not proposed.
   */
  public static SendResult send(
      Case c,
      Referral referral,
      List<Consent> consents,
      List<BestInterestsDecision> decisions,
      Instant at,
      String by) {
    if (!referral.caseId().equals(c.id())) {
      throw new IllegalArgumentException("referral of another case");
    }
    if (referral.state() != ReferralState.PROPOSED) {
      throw new IllegalTransitionException(referral.state(), ReferralState.Action.SEND);
    }
    ConsentGate.Decision decision =
        ConsentGate.check(c, ConsentPurpose.REFERRAL, referral.serviceId(), consents, decisions);
    if (decision instanceof ConsentGate.Refused refused) {
      return new Refused(refused.reason());
    }
    ReferralPacket packet = ReferralPacket.of(c, referral);
    return new Sent(referral.sent(packet, at, by), packet, (ConsentGate.Allowed) decision);
  }

  /** One packet that had left before the withdrawal: to whom, when, and exactly what. */
  public record SharedBefore(
      UUID referralId, String serviceId, Instant sentAt, ReferralPacket packet) {
    public SharedBefore {
      Objects.requireNonNull(referralId, "referralId");
      Objects.requireNonNull(serviceId, "serviceId");
      Objects.requireNonNull(sentAt, "sentAt");
      Objects.requireNonNull(packet, "packet");
    }
  }

  /**
   * The withdrawn consent, the referrals it changed (open ones cancelled with {@link
   * ClosureReason#CONSENT_WITHDRAWN}, shared ones marked so nothing more goes out) and the record
   * of what had been shared.
   */
  public record Withdrawal(
      Consent consent, List<Referral> changed, List<SharedBefore> sharedBefore) {
    public Withdrawal {
      changed = List.copyOf(changed);
      sharedBefore = List.copyOf(sharedBefore);
    }
  }

  /**
   * Withdraws {@code consent}. For a referral consent, every referral of the case to that service
   * is affected; other purposes change no referral (their sharing is checked by the gate the next
   * time).
   */
  public static Withdrawal withdraw(
      Consent consent, List<Referral> referrals, Instant at, String by) {
    Consent withdrawn = consent.withdraw(at, by);
    List<Referral> changed = new ArrayList<>();
    List<SharedBefore> shared = new ArrayList<>();
    if (consent.purpose() == ConsentPurpose.REFERRAL) {
      for (Referral r : referrals) {
        if (!r.caseId().equals(consent.caseId()) || !r.serviceId().equals(consent.scope())) {
          continue;
        }
        Referral next = r;
        if (r.state().after(ReferralState.Action.CANCEL).isPresent()) {
          next = next.cancel(ClosureReason.CONSENT_WITHDRAWN, at);
        }
        if (r.shared().isPresent()) {
          shared.add(
              new SharedBefore(r.id(), r.serviceId(), r.sentAt().orElseThrow(), r.shared().get()));
          if (r.sharingStoppedAt().isEmpty()) {
            next = next.stopSharing(at);
          }
        }
        if (!next.equals(r)) {
          changed.add(next);
        }
      }
    }
    return new Withdrawal(withdrawn, changed, shared);
  }
}
