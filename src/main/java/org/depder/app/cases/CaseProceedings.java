package org.depder.app.cases;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseRuleException;
import org.depder.domain.cases.ClaimRoute;
import org.depder.domain.cases.ClaimStatus;
import org.depder.domain.cases.CompensationClaim;
import org.depder.domain.cases.Cooperation;
import org.depder.domain.cases.IllegalTransitionException;
import org.depder.domain.cases.Proceedings;
import org.depder.domain.cases.ProceedingsStatus;

/**
 * Proceedings and compensation of a case (issue 7 item 6). The person's cooperation with an
 * investigation is recorded here and read by nothing else: assistance never depends on it.
 * Proceedings are one entity per case with an entity id derived from the case id ({@link
 * Proceedings#entityIdOf}). Claims are entities of their own.
 *
 * <p>Claims move {@code FILED → AWARDED | PARTLY_AWARDED | REJECTED}, an award {@code → PAID}
 * (again for a later instalment, with the total paid so far), and a claim not yet decided {@code →
 * WITHDRAWN}; anything else is an {@link IllegalTransitionException} naming the status and the
 * {@link ClaimAction}.
 */
public final class CaseProceedings {
  /** What can be done to a compensation claim after filing. */
  public enum ClaimAction {
    DECIDE,
    PAY,
    WITHDRAW
  }

  private static final Set<ClaimStatus> DECISIONS =
      EnumSet.of(ClaimStatus.AWARDED, ClaimStatus.PARTLY_AWARDED, ClaimStatus.REJECTED);
  private static final Set<ClaimStatus> PAYABLE =
      EnumSet.of(ClaimStatus.AWARDED, ClaimStatus.PARTLY_AWARDED, ClaimStatus.PAID);
  private static final Set<ClaimStatus> UNDECIDED =
      EnumSet.of(ClaimStatus.PREPARING, ClaimStatus.FILED);

  private final CaseService cases;
  private final CaseWriter writer;

  public CaseProceedings(CaseService cases) {
    this.cases = cases;
    this.writer = cases.writer();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(cases.now(), CaseTasks.ZONE);
  }

  // --- proceedings ---

  /** The case's proceedings; empty when nothing has been recorded yet. */
  public Optional<Proceedings> proceedings(UUID caseId) throws CaseServiceException {
    return stored(caseId).map(CaseRecords.Stored::value);
  }

  private Optional<CaseRecords.Stored<Proceedings>> stored(UUID caseId)
      throws CaseServiceException {
    try {
      return Optional.of(
          writer.load(
              Proceedings.entityIdOf(caseId), Proceedings.ENTITY_TYPE, Proceedings::fromFields));
    } catch (CaseServiceException e) {
      if (e.code() == CaseServiceException.Code.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Records the person's choice about cooperating with an investigation, and when. */
  public Proceedings recordCooperation(UUID caseId, Cooperation choice)
      throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    Proceedings before = current(caseId);
    return save(before, before.withCooperation(choice, cases.now(), writer.user()));
  }

  /** Sets the status of the proceedings, since today (Ashgabat), with a note (may be empty). */
  public Proceedings setProceedingsStatus(UUID caseId, ProceedingsStatus status, String note)
      throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    Proceedings before = current(caseId);
    Proceedings moved = before.withStatus(status, today(), cases.now(), writer.user());
    Proceedings after =
        new Proceedings(
            caseId,
            moved.cooperation(),
            moved.cooperationRecordedAt(),
            moved.status(),
            moved.statusSince(),
            note == null ? "" : note,
            moved.updatedAt(),
            moved.updatedBy());
    return save(before, after);
  }

  /** The stored proceedings, or "none yet" (not written until something is recorded). */
  private Proceedings current(UUID caseId) throws CaseServiceException {
    CaseService.requireOpen(cases.load(caseId).value());
    return proceedings(caseId).orElse(Proceedings.none(caseId, cases.now(), writer.user()));
  }

  private Proceedings save(Proceedings before, Proceedings after) throws CaseServiceException {
    boolean exists = stored(after.caseId()).isPresent();
    writer.write(
        Proceedings.ENTITY_TYPE,
        Proceedings.entityIdOf(after.caseId()),
        after.toFields(),
        exists ? before.toFields() : org.depder.domain.cases.FieldMap.empty());
    return after;
  }

  // --- compensation claims ---

  /** Files a claim: status {@code FILED} on {@code filedOn}; amounts in minor units. */
  public CompensationClaim fileClaim(
      UUID caseId, ClaimRoute route, String currency, long claimedMinor, LocalDate filedOn)
      throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    Case c = cases.load(caseId).value();
    CaseService.requireOpen(c);
    CompensationClaim claim =
        new CompensationClaim(
            cases.nextId(),
            caseId,
            route,
            ClaimStatus.FILED,
            currency,
            claimedMinor,
            Optional.empty(),
            Optional.empty(),
            Optional.of(filedOn),
            Optional.empty(),
            "");
    writer.create(CompensationClaim.ENTITY_TYPE, claim.id(), claim.toFields());
    return claim;
  }

  /**
   * Records the decision on a filed claim: awarded or partly awarded with the amount awarded
   * (required, {@code INVALID_AMOUNT} without it), or rejected (no amount).
   */
  public CompensationClaim decideClaim(
      UUID claimId, ClaimStatus outcome, Optional<Long> awardedMinor, LocalDate on)
      throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    CompensationClaim claim = claim(claimId);
    if (claim.status() != ClaimStatus.FILED || !DECISIONS.contains(outcome)) {
      throw new IllegalTransitionException(claim.status(), ClaimAction.DECIDE);
    }
    boolean rejected = outcome == ClaimStatus.REJECTED;
    if (!rejected && awardedMinor.isEmpty()) {
      throw new CaseRuleException(CaseRuleException.Code.INVALID_AMOUNT);
    }
    return change(claim, claim.decided(outcome, rejected ? Optional.empty() : awardedMinor, on));
  }

  /** Records the total paid so far on an award; more than was awarded is {@code INVALID_AMOUNT}. */
  public CompensationClaim recordPayment(UUID claimId, long paidMinor) throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    CompensationClaim claim = claim(claimId);
    if (!PAYABLE.contains(claim.status())) {
      throw new IllegalTransitionException(claim.status(), ClaimAction.PAY);
    }
    if (paidMinor > claim.awardedMinor().orElse(0L)) {
      throw new CaseRuleException(CaseRuleException.Code.INVALID_AMOUNT);
    }
    return change(claim, claim.paid(paidMinor));
  }

  /** Withdraws a claim not yet decided, on {@code on}. */
  public CompensationClaim withdrawClaim(UUID claimId, LocalDate on) throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    CompensationClaim claim = claim(claimId);
    if (!UNDECIDED.contains(claim.status())) {
      throw new IllegalTransitionException(claim.status(), ClaimAction.WITHDRAW);
    }
    return change(claim, claim.decided(ClaimStatus.WITHDRAWN, claim.awardedMinor(), on));
  }

  /** The case's claims, in the order they were filed (then by id). */
  public List<CompensationClaim> claims(UUID caseId) throws CaseServiceException {
    return cases
        .parts(caseId, CompensationClaim.ENTITY_TYPE, CompensationClaim::fromFields)
        .stream()
        .map(CaseRecords.Stored::value)
        .sorted(
            Comparator.comparing((CompensationClaim c) -> c.filedOn().orElse(LocalDate.MIN))
                .thenComparing(CompensationClaim::id))
        .toList();
  }

  private CompensationClaim claim(UUID id) throws CaseServiceException {
    CompensationClaim claim =
        writer.load(id, CompensationClaim.ENTITY_TYPE, CompensationClaim::fromFields).value();
    CaseService.requireOpen(cases.load(claim.caseId()).value());
    return claim;
  }

  private CompensationClaim change(CompensationClaim before, CompensationClaim after)
      throws CaseServiceException {
    writer.write(CompensationClaim.ENTITY_TYPE, after.id(), after.toFields(), before.toFields());
    return after;
  }
}
