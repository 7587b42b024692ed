package org.depder.app.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.depder.app.replication.ReplicationException;
import org.depder.app.replication.RevisionLog;
import org.depder.app.replication.VaultSessions;
import org.depder.app.screening.ScreeningDraft;
import org.depder.app.screening.ScreeningDraftRepository;
import org.depder.app.screening.ScreeningStoreException;
import org.depder.domain.UuidV7;
import org.depder.domain.cases.BestInterestsDecision;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseNumber;
import org.depder.domain.cases.CaseOpening;
import org.depder.domain.cases.CaseRuleException;
import org.depder.domain.cases.CaseStatus;
import org.depder.domain.cases.ClosureReason;
import org.depder.domain.cases.Consent;
import org.depder.domain.cases.ConsentPurpose;
import org.depder.domain.cases.ContactMethod;
import org.depder.domain.cases.DeclineReason;
import org.depder.domain.cases.FieldMap;
import org.depder.domain.cases.OpeningRoute;
import org.depder.domain.cases.Referral;
import org.depder.domain.cases.Referrals;
import org.depder.domain.cases.ServiceNeed;
import org.depder.domain.cases.Stage;
import org.depder.domain.cases.StageEntry;
import org.depder.domain.cases.Urgency;
import org.depder.domain.screening.ScreenerJudgement;

/**
 * Cases, their history, consents and referrals (issue 7) as signed revisions. Every action reads
 * the read model, applies the domain rule and writes only the fields that changed; the author and
 * time of every step are the vault user and the clock. Domain refusals surface as {@link
 * org.depder.domain.cases.CaseRuleException} and {@link
 * org.depder.domain.cases.IllegalTransitionException}; a consent-gate refusal is a result, never an
 * exception, and nothing is sent.
 */
public final class CaseService {
  private final CaseWriter writer;
  private final ScreeningDraftRepository screenings;
  private final Clock clock;
  private final UuidV7 ids;
  private final Random random;
  private final BestInterests bestInterests;

  public CaseService(
      VaultSessions sessions,
      RevisionLog log,
      ScreeningDraftRepository screenings,
      Clock clock,
      Random random) {
    this.writer = new CaseWriter(sessions, log);
    this.screenings = screenings;
    this.clock = clock;
    this.random = random;
    this.ids = new UuidV7(clock, random);
    this.bestInterests = new BestInterests(this);
  }

  CaseWriter writer() {
    return writer;
  }

  /** Display names of this computer's users by id, so history lines name people, not ids. */
  public Map<String, String> userNames() throws CaseServiceException {
    try {
      return writer.session().userDisplayNames();
    } catch (RuntimeException e) {
      throw new CaseServiceException(CaseServiceException.Code.STORE_FAILED, e);
    }
  }

  /**
   * The id of the signed-in user, so that a screen can offer "me" as the default owner of a task or
   * recognise a transfer waiting for them.
   */
  public String currentUser() throws CaseServiceException {
    return writer.user();
  }

  /** Opens a case from a finalised screening whose outcome (the screener's choice) is ≥ risk. */
  public Case openFromScreening(UUID screeningId, CaseOpening.Facts facts)
      throws CaseServiceException {
    writer.require(CaseAccess.Action.OPEN_FROM_SCREENING);
    return openFrom(finalisedScreening(screeningId), facts);
  }

  /**
   * Opens a case from a finalised screening with the facts the screening holds ({@link
   * CaseFacts#fromScreening}: age band, presumed minor, sex, interview language, the welaýat of the
   * post, the linked person).
   */
  public Case openFromScreening(UUID screeningId) throws CaseServiceException {
    writer.require(CaseAccess.Action.OPEN_FROM_SCREENING);
    ScreeningDraft screening = finalisedScreening(screeningId);
    return openFrom(screening, CaseFacts.fromScreening(screening));
  }

  private ScreeningDraft finalisedScreening(UUID screeningId) throws CaseServiceException {
    ScreeningDraft screening;
    try {
      screening =
          screenings
              .latest(screeningId)
              .orElseThrow(
                  () -> new CaseServiceException(CaseServiceException.Code.SCREENING_NOT_FOUND));
    } catch (ScreeningStoreException e) {
      throw new CaseServiceException(CaseServiceException.Code.STORE_FAILED, e);
    }
    if (!screening.finalised()) {
      throw new CaseServiceException(CaseServiceException.Code.SCREENING_NOT_FINALISED);
    }
    return screening;
  }

  private Case openFrom(ScreeningDraft screening, CaseOpening.Facts facts)
      throws CaseServiceException {
    var outcome =
        screening
            .judgement()
            .map(ScreenerJudgement::chosen)
            .orElseThrow(
                () ->
                    new CaseServiceException(CaseServiceException.Code.SCREENING_WITHOUT_OUTCOME));
    return save(
        CaseOpening.fromScreening(
            ids.next(),
            ids.next(),
            CaseNumber.generate(random),
            facts,
            screening.id(),
            outcome,
            now(),
            writer.user()));
  }

  /** Opens a case directly, by a social worker or a consular officer. */
  public Case openDirect(CaseOpening.Facts facts, OpeningRoute route) throws CaseServiceException {
    writer.require(CaseAccess.openDirect(route));
    return save(
        CaseOpening.direct(
            ids.next(),
            ids.next(),
            CaseNumber.generate(random),
            facts,
            route,
            now(),
            writer.user()));
  }

  private Case save(CaseOpening.Opened opened) throws CaseServiceException {
    writer.create(Case.ENTITY_TYPE, opened.opened().id(), opened.opened().toFields());
    StageEntry entry = opened.firstEntry();
    writer.create(StageEntry.ENTITY_TYPE, entry.id(), entry.toFields());
    return opened.opened();
  }

  public CaseRecords.Stored<Case> load(UUID caseId) throws CaseServiceException {
    return writer.load(caseId, Case.ENTITY_TYPE, Case::fromFields);
  }

  /** Every case of the read model, with its conflict flag. */
  public List<CaseRecords.Stored<Case>> cases() throws CaseServiceException {
    try {
      return CaseRecords.all(writer.session(), Case.ENTITY_TYPE, Case::fromFields);
    } catch (ReplicationException e) {
      throw new CaseServiceException(CaseServiceException.Code.STORE_FAILED, e);
    }
  }

  /** The parts of one type of a case, e.g. its referrals, from the read model. */
  public <T> List<CaseRecords.Stored<T>> parts(
      UUID caseId, String type, Function<FieldMap, T> reader) throws CaseServiceException {
    try {
      return CaseRecords.partsOf(writer.session(), caseId, type, reader);
    } catch (ReplicationException e) {
      throw new CaseServiceException(CaseServiceException.Code.STORE_FAILED, e);
    }
  }

  private <T> List<T> values(UUID caseId, String type, Function<FieldMap, T> reader)
      throws CaseServiceException {
    return parts(caseId, type, reader).stream().map(CaseRecords.Stored::value).toList();
  }

  /** The case's history, oldest first. */
  public List<StageEntry> history(UUID caseId) throws CaseServiceException {
    return StageEntry.history(values(caseId, StageEntry.ENTITY_TYPE, StageEntry::fromFields));
  }

  /** Records a dated entry for {@code stage} and makes it the case's current stage. */
  public StageEntry enterStage(UUID caseId, Stage stage, String note) throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    Case c = load(caseId).value();
    Case next = c.withStage(stage);
    StageEntry entry = new StageEntry(ids.next(), caseId, stage, now(), writer.user(), note);
    writer.create(StageEntry.ENTITY_TYPE, entry.id(), entry.toFields());
    writer.write(Case.ENTITY_TYPE, caseId, next.toFields(), c.toFields());
    return entry;
  }

  public void setStatus(UUID caseId, CaseStatus status) throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    Case c = load(caseId).value();
    writer.write(Case.ENTITY_TYPE, caseId, c.withStatus(status).toFields(), c.toFields());
  }

  /** Closes the case (stage closure, with a dated entry). */
  public void close(UUID caseId, CaseStatus closedStatus, String note) throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    Case c = load(caseId).value();
    Instant at = now();
    Case closed = c.close(closedStatus, at);
    StageEntry entry = new StageEntry(ids.next(), caseId, Stage.CLOSURE, at, writer.user(), note);
    writer.create(StageEntry.ENTITY_TYPE, entry.id(), entry.toFields());
    writer.write(Case.ENTITY_TYPE, caseId, closed.toFields(), c.toFields());
  }

  // --- consents ---

  /** Records one consent answer; its id, case, time and recorder are set here. */
  public Consent recordConsent(Consent answer) throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    requireOpen(load(answer.caseId()).value());
    Consent stored =
        new Consent(
            ids.next(),
            answer.caseId(),
            answer.purpose(),
            answer.scope(),
            answer.decision(),
            answer.givenBy(),
            answer.form(),
            answer.language(),
            now(),
            writer.user(),
            answer.childViews(),
            Optional.empty(),
            Optional.empty());
    writer.create(Consent.ENTITY_TYPE, stored.id(), stored.toFields());
    return stored;
  }

  public List<Consent> consents(UUID caseId) throws CaseServiceException {
    return values(caseId, Consent.ENTITY_TYPE, Consent::fromFields);
  }

  /** Withdraws a consent: open referrals it covered are cancelled, shared ones stop sharing. */
  public Referrals.Withdrawal withdrawConsent(UUID consentId) throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    Consent consent = writer.load(consentId, Consent.ENTITY_TYPE, Consent::fromFields).value();
    List<Referral> referrals = referrals(consent.caseId());
    Referrals.Withdrawal w = Referrals.withdraw(consent, referrals, now(), writer.user());
    writer.write(Consent.ENTITY_TYPE, consentId, w.consent().toFields(), consent.toFields());
    for (Referral changed : w.changed()) {
      Referral before =
          referrals.stream().filter(r -> r.id().equals(changed.id())).findFirst().orElseThrow();
      writer.write(Referral.ENTITY_TYPE, changed.id(), changed.toFields(), before.toFields());
    }
    return w;
  }

  // --- best-interests decisions ---

  /**
   * Records a best-interests decision for a child's case: it opens the consent gate for {@code
   * purpose} and {@code scope} like a guardian's consent (docs/cases.md section 3). An adult's case
   * is refused ({@code NOT_A_CHILD}), and the reason is required ({@code REASON_REQUIRED}).
   */
  public BestInterestsDecision recordBestInterests(
      UUID caseId, ConsentPurpose purpose, String scope, String reason)
      throws CaseServiceException {
    return bestInterests.record(caseId, purpose, scope, reason);
  }

  /** Revokes a decision: it no longer opens the gate. Revoking again changes nothing. */
  public BestInterestsDecision revokeBestInterests(UUID decisionId) throws CaseServiceException {
    return bestInterests.revoke(decisionId);
  }

  /** The case's best-interests decisions, revoked ones included, oldest first. */
  public List<BestInterestsDecision> bestInterests(UUID caseId) throws CaseServiceException {
    return bestInterests.of(caseId);
  }

  // --- referrals ---

  public List<Referral> referrals(UUID caseId) throws CaseServiceException {
    return values(caseId, Referral.ENTITY_TYPE, Referral::fromFields);
  }

  public Referral propose(
      UUID caseId,
      String serviceId,
      Set<ServiceNeed> needs,
      Urgency urgency,
      ContactMethod contact,
      String contactDetail)
      throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    requireOpen(load(caseId).value());
    Referral r =
        Referral.propose(
            ids.next(),
            caseId,
            serviceId,
            needs,
            urgency,
            contact,
            contactDetail,
            now(),
            writer.user());
    writer.create(Referral.ENTITY_TYPE, r.id(), r.toFields());
    return r;
  }

  /** Sends through the consent gate; refused, nothing is written and the reason is returned. */
  public Referrals.SendResult send(UUID referralId) throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    Referral r = referral(referralId);
    Case c = load(r.caseId()).value();
    Referrals.SendResult result =
        Referrals.send(c, r, consents(c.id()), bestInterests(c.id()), now(), writer.user());
    if (result instanceof Referrals.Sent sent) {
      writer.write(Referral.ENTITY_TYPE, r.id(), sent.referral().toFields(), r.toFields());
    }
    return result;
  }

  public Referral accept(UUID referralId) throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    Referral r = referral(referralId);
    return change(r, r.accept(now(), writer.user()));
  }

  public Referral decline(UUID referralId, DeclineReason reason, String note)
      throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    Referral r = referral(referralId);
    return change(r, r.decline(reason, note, now(), writer.user()));
  }

  public Referral deliver(UUID referralId, String note) throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    Referral r = referral(referralId);
    return change(r, r.deliver(note, now()));
  }

  public Referral closeReferral(UUID referralId) throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    Referral r = referral(referralId);
    return change(r, r.close(now()));
  }

  public Referral cancel(UUID referralId) throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    Referral r = referral(referralId);
    return change(r, r.cancel(ClosureReason.CANCELLED, now()));
  }

  public Referral referral(UUID referralId) throws CaseServiceException {
    return writer.load(referralId, Referral.ENTITY_TYPE, Referral::fromFields).value();
  }

  private Referral change(Referral before, Referral after) throws CaseServiceException {
    writer.write(Referral.ENTITY_TYPE, after.id(), after.toFields(), before.toFields());
    return after;
  }

  static void requireOpen(Case c) {
    if (c.status().closed()) {
      throw new CaseRuleException(CaseRuleException.Code.CASE_CLOSED);
    }
  }

  Instant now() {
    return clock.instant();
  }

  UUID nextId() {
    return ids.next();
  }
}
