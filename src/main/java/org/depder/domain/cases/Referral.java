package org.depder.domain.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A referral of one case to one named service (issue 7 item 3). Sending goes only through {@link
 * Referrals#send}, which applies the consent gate; the packet that left is kept in {@code shared},
 * so that a later withdrawal can say exactly what had been shared. Every step is dated and
 * attributed.
 *
 * @param serviceId the id of the service in the service directory
 * @param respondedBy the person at the service who accepted or declined, as told to the worker
 * @param sharingStoppedAt set when consent was withdrawn after sending: nothing more goes out
 */
public record Referral(
    UUID id,
    UUID caseId,
    String serviceId,
    Set<ServiceNeed> needs,
    Urgency urgency,
    ContactMethod contactMethod,
    String contactDetail,
    ReferralState state,
    Instant proposedAt,
    String proposedBy,
    Optional<Instant> sentAt,
    Optional<String> sentBy,
    Optional<Instant> respondedAt,
    Optional<String> respondedBy,
    Optional<DeclineReason> declineReason,
    Optional<Instant> deliveredAt,
    Optional<Instant> closedAt,
    Optional<ClosureReason> closureReason,
    String outcomeNote,
    Optional<ReferralPacket> shared,
    Optional<Instant> sharingStoppedAt) {
  public static final String ENTITY_TYPE = "case_referral";

  public Referral {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(serviceId, "serviceId");
    needs = Set.copyOf(needs);
    Objects.requireNonNull(urgency, "urgency");
    Objects.requireNonNull(contactMethod, "contactMethod");
    Objects.requireNonNull(contactDetail, "contactDetail");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(proposedAt, "proposedAt");
    Objects.requireNonNull(proposedBy, "proposedBy");
    Objects.requireNonNull(outcomeNote, "outcomeNote");
    for (Optional<?> o :
        new Optional<?>[] {
          sentAt,
          sentBy,
          respondedAt,
          respondedBy,
          declineReason,
          deliveredAt,
          closedAt,
          closureReason,
          shared,
          sharingStoppedAt
        }) {
      Objects.requireNonNull(o, "optional");
    }
  }

  /** A new referral, not yet sent. */
  public static Referral propose(
      UUID id,
      UUID caseId,
      String serviceId,
      Set<ServiceNeed> needs,
      Urgency urgency,
      ContactMethod contactMethod,
      String contactDetail,
      Instant at,
      String by) {
    return new Referral(
        id,
        caseId,
        serviceId,
        needs,
        urgency,
        contactMethod,
        contactDetail,
        ReferralState.PROPOSED,
        at,
        by,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "",
        Optional.empty(),
        Optional.empty());
  }

  private ReferralState next(ReferralState.Action action) {
    return state.after(action).orElseThrow(() -> new IllegalTransitionException(state, action));
  }

  /** Package-private: only {@link Referrals#send} may call it, after the consent gate. */
  Referral sent(ReferralPacket packet, Instant at, String by) {
    return new Copy(this).state(next(ReferralState.Action.SEND)).sent(at, by, packet).build();
  }

  public Referral accept(Instant at, String by) {
    return new Copy(this).state(next(ReferralState.Action.ACCEPT)).responded(at, by).build();
  }

  public Referral decline(DeclineReason reason, String note, Instant at, String by) {
    Copy c = new Copy(this).state(next(ReferralState.Action.DECLINE)).responded(at, by);
    c.declineReason = Optional.of(reason);
    c.outcomeNote = note;
    return c.build();
  }

  public Referral deliver(String note, Instant at) {
    Copy c = new Copy(this).state(next(ReferralState.Action.DELIVER));
    c.deliveredAt = Optional.of(at);
    c.outcomeNote = note;
    return c.build();
  }

  /** Closes a declined or delivered referral, the outcome having been seen by the worker. */
  public Referral close(Instant at) {
    Copy c = new Copy(this).state(next(ReferralState.Action.CLOSE));
    c.closedAt = Optional.of(at);
    c.closureReason =
        Optional.of(
            state == ReferralState.DECLINED ? ClosureReason.DECLINED : ClosureReason.COMPLETED);
    return c.build();
  }

  /** Ends an open referral without service; {@code reason} is CANCELLED or CONSENT_WITHDRAWN. */
  public Referral cancel(ClosureReason reason, Instant at) {
    if (reason != ClosureReason.CANCELLED && reason != ClosureReason.CONSENT_WITHDRAWN) {
      throw new IllegalArgumentException("cancel reason");
    }
    Copy c = new Copy(this).state(next(ReferralState.Action.CANCEL));
    c.closedAt = Optional.of(at);
    c.closureReason = Optional.of(reason);
    return c.build();
  }

  /** Marks that nothing more may be shared under this referral (consent withdrawn). */
  Referral stopSharing(Instant at) {
    Copy c = new Copy(this);
    c.sharingStoppedAt = Optional.of(at);
    return c.build();
  }

  /** The last day to answer a sent referral, by urgency, in the given zone. */
  public Optional<LocalDate> replyDue(ZoneId zone) {
    return sentAt.map(t -> LocalDate.ofInstant(t, zone).plusDays(urgency.replyDays()));
  }

  public FieldMap toFields() {
    FieldMap.Builder b =
        FieldMap.builder()
            .id("id", id)
            .id("caseId", caseId)
            .text("serviceId", serviceId)
            .enumSet("needs", needs)
            .enumValue("urgency", urgency)
            .enumValue("contactMethod", contactMethod)
            .nonEmpty("contactDetail", contactDetail)
            .enumValue("state", state)
            .instant("proposedAt", proposedAt)
            .text("proposedBy", proposedBy)
            .instant("sentAt", sentAt)
            .text("sentBy", sentBy)
            .instant("respondedAt", respondedAt)
            .text("respondedBy", respondedBy)
            .enumValue("declineReason", declineReason)
            .instant("deliveredAt", deliveredAt)
            .instant("closedAt", closedAt)
            .enumValue("closureReason", closureReason)
            .nonEmpty("outcomeNote", outcomeNote)
            .instant("sharingStoppedAt", sharingStoppedAt);
    shared.ifPresent(p -> p.write(b, "shared."));
    return b.build();
  }

  public static Referral fromFields(FieldMap f) {
    return new Referral(
        f.id("id"),
        f.id("caseId"),
        f.text("serviceId"),
        f.enumSet("needs", ServiceNeed.class),
        f.enumValue("urgency", Urgency.class),
        f.enumValue("contactMethod", ContactMethod.class),
        f.textOrEmpty("contactDetail"),
        f.enumValue("state", ReferralState.class),
        f.instant("proposedAt"),
        f.text("proposedBy"),
        f.optInstant("sentAt"),
        f.optText("sentBy"),
        f.optInstant("respondedAt"),
        f.optText("respondedBy"),
        f.optEnum("declineReason", DeclineReason.class),
        f.optInstant("deliveredAt"),
        f.optInstant("closedAt"),
        f.optEnum("closureReason", ClosureReason.class),
        f.textOrEmpty("outcomeNote"),
        f.has("shared.caseNumber")
            ? Optional.of(ReferralPacket.read(f, "shared."))
            : Optional.empty(),
        f.optInstant("sharingStoppedAt"));
  }

  @Override
  public String toString() {
    return "Referral[" + id + ", " + state + "]";
  }

  /** A mutable copy for the transitions above; never leaves this class. */
  private static final class Copy {
    private final Referral r;
    private ReferralState state;
    private Optional<Instant> sentAt;
    private Optional<String> sentBy;
    private Optional<Instant> respondedAt;
    private Optional<String> respondedBy;
    private Optional<DeclineReason> declineReason;
    private Optional<Instant> deliveredAt;
    private Optional<Instant> closedAt;
    private Optional<ClosureReason> closureReason;
    private String outcomeNote;
    private Optional<ReferralPacket> shared;
    private Optional<Instant> sharingStoppedAt;

    Copy(Referral r) {
      this.r = r;
      state = r.state;
      sentAt = r.sentAt;
      sentBy = r.sentBy;
      respondedAt = r.respondedAt;
      respondedBy = r.respondedBy;
      declineReason = r.declineReason;
      deliveredAt = r.deliveredAt;
      closedAt = r.closedAt;
      closureReason = r.closureReason;
      outcomeNote = r.outcomeNote;
      shared = r.shared;
      sharingStoppedAt = r.sharingStoppedAt;
    }

    Copy state(ReferralState next) {
      state = next;
      return this;
    }

    Copy sent(Instant at, String by, ReferralPacket packet) {
      sentAt = Optional.of(at);
      sentBy = Optional.of(by);
      shared = Optional.of(packet);
      return this;
    }

    Copy responded(Instant at, String by) {
      respondedAt = Optional.of(at);
      respondedBy = Optional.of(by);
      return this;
    }

    Referral build() {
      return new Referral(
          r.id,
          r.caseId,
          r.serviceId,
          r.needs,
          r.urgency,
          r.contactMethod,
          r.contactDetail,
          state,
          r.proposedAt,
          r.proposedBy,
          sentAt,
          sentBy,
          respondedAt,
          respondedBy,
          declineReason,
          deliveredAt,
          closedAt,
          closureReason,
          outcomeNote,
          shared,
          sharingStoppedAt);
    }
  }
}
