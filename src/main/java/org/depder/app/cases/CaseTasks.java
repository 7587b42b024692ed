package org.depder.app.cases;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.DueTasks;
import org.depder.domain.cases.FollowUpSchedule;
import org.depder.domain.cases.FollowUpVisit;
import org.depder.domain.cases.PlanGoal;
import org.depder.domain.cases.Referral;
import org.depder.domain.cases.RepatriationTask;
import org.depder.domain.cases.RepatriationTaskKind;
import org.depder.domain.cases.Transfer;

/**
 * The dated work of cases (issue 7 items 4, 5, 7, 8): repatriation tasks, follow-up visits,
 * transfers and the "due today and overdue" list, as revisions through the same writer as {@link
 * CaseService}.
 */
public final class CaseTasks {
  /** Offices count days in Ashgabat time. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ashgabat");

  private final CaseService cases;
  private final CaseWriter writer;

  public CaseTasks(CaseService cases) {
    this.cases = cases;
    this.writer = cases.writer();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(cases.now(), ZONE);
  }

  // --- repatriation ---

  public RepatriationTask openTask(
      UUID caseId, RepatriationTaskKind kind, String ownerId, LocalDate due)
      throws CaseServiceException {
    writer.require(CaseAccess.Action.REPATRIATION_TASK);
    CaseService.requireOpen(cases.load(caseId).value());
    RepatriationTask t = RepatriationTask.open(cases.nextId(), caseId, kind, ownerId, due);
    writer.create(RepatriationTask.ENTITY_TYPE, t.id(), t.toFields());
    return t;
  }

  public RepatriationTask handOverTo(UUID taskId, String socialWorkerId, String region)
      throws CaseServiceException {
    writer.require(CaseAccess.Action.REPATRIATION_TASK);
    RepatriationTask t = task(taskId);
    return change(t, t.withHandOver(socialWorkerId, region));
  }

  public RepatriationTask completeTask(UUID taskId, String note) throws CaseServiceException {
    writer.require(CaseAccess.Action.REPATRIATION_TASK);
    RepatriationTask t = task(taskId);
    return change(t, t.complete(note, cases.now(), writer.user()));
  }

  public List<RepatriationTask> tasks(UUID caseId) throws CaseServiceException {
    return cases.parts(caseId, RepatriationTask.ENTITY_TYPE, RepatriationTask::fromFields).stream()
        .map(CaseRecords.Stored::value)
        .toList();
  }

  private RepatriationTask task(UUID id) throws CaseServiceException {
    return writer.load(id, RepatriationTask.ENTITY_TYPE, RepatriationTask::fromFields).value();
  }

  private RepatriationTask change(RepatriationTask before, RepatriationTask after)
      throws CaseServiceException {
    writer.write(RepatriationTask.ENTITY_TYPE, after.id(), after.toFields(), before.toFields());
    return after;
  }

  // --- follow-ups ---

  /** Schedules the follow-up visits from {@code start}, owned by the current user. */
  public List<FollowUpVisit> scheduleFollowUps(
      UUID caseId, LocalDate start, FollowUpSchedule schedule) throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    CaseService.requireOpen(cases.load(caseId).value());
    List<FollowUpVisit> visits = schedule.visits(caseId, start, writer.user(), cases::nextId);
    for (FollowUpVisit v : visits) {
      writer.create(FollowUpVisit.ENTITY_TYPE, v.id(), v.toFields());
    }
    return visits;
  }

  public FollowUpVisit recordVisit(UUID visitId, LocalDate on, String note)
      throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    FollowUpVisit v =
        writer.load(visitId, FollowUpVisit.ENTITY_TYPE, FollowUpVisit::fromFields).value();
    FollowUpVisit after = v.record(on, writer.user(), note);
    writer.write(FollowUpVisit.ENTITY_TYPE, visitId, after.toFields(), v.toFields());
    return after;
  }

  public List<FollowUpVisit> followUps(UUID caseId) throws CaseServiceException {
    return cases.parts(caseId, FollowUpVisit.ENTITY_TYPE, FollowUpVisit::fromFields).stream()
        .map(CaseRecords.Stored::value)
        .sorted(java.util.Comparator.comparing(FollowUpVisit::due))
        .toList();
  }

  // --- transfer ---

  public Transfer requestTransfer(
      UUID caseId, Optional<String> toOwner, Optional<String> toRegion, String reason)
      throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    Case c = cases.load(caseId).value();
    Transfer t =
        Transfer.request(cases.nextId(), c, toOwner, toRegion, reason, cases.now(), writer.user());
    writer.create(Transfer.ENTITY_TYPE, t.id(), t.toFields());
    return t;
  }

  /** The current user accepts: they become the owner (and the case moves welaýat if named). */
  public Case acceptTransfer(UUID transferId) throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    Transfer t = transfer(transferId);
    Case c = cases.load(t.caseId()).value();
    Transfer.Accepted accepted = t.accept(c, cases.now(), writer.user());
    writer.write(Transfer.ENTITY_TYPE, transferId, accepted.transfer().toFields(), t.toFields());
    writer.write(Case.ENTITY_TYPE, c.id(), accepted.moved().toFields(), c.toFields());
    return accepted.moved();
  }

  /**
   * The current user declines: the transfer is final and the case stays with its owner. A transfer
   * to a named worker can be declined only by them ({@code NOT_THE_RECEIVER}). The domain keeps no
   * reason for a decline (the request's reason stays on the transfer).
   */
  public Transfer declineTransfer(UUID transferId) throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    Transfer t = transfer(transferId);
    return changeTransfer(t, t.decline(cases.now(), writer.user()));
  }

  /** Withdraws a transfer that is still waiting for its receiver; the case stays where it is. */
  public Transfer cancelTransfer(UUID transferId) throws CaseServiceException {
    writer.require(CaseAccess.Action.CHANGE_CASE);
    Transfer t = transfer(transferId);
    return changeTransfer(t, t.cancel(cases.now(), writer.user()));
  }

  /** Every transfer of the case, answered ones included, oldest request first. */
  public List<Transfer> transfers(UUID caseId) throws CaseServiceException {
    return cases.parts(caseId, Transfer.ENTITY_TYPE, Transfer::fromFields).stream()
        .map(CaseRecords.Stored::value)
        .sorted(java.util.Comparator.comparing(Transfer::requestedAt).thenComparing(Transfer::id))
        .toList();
  }

  private Transfer transfer(UUID id) throws CaseServiceException {
    return writer.load(id, Transfer.ENTITY_TYPE, Transfer::fromFields).value();
  }

  private Transfer changeTransfer(Transfer before, Transfer after) throws CaseServiceException {
    writer.write(Transfer.ENTITY_TYPE, after.id(), after.toFields(), before.toFields());
    return after;
  }

  // --- due today ---

  /** What is due today or overdue for the current user over every case in the read model. */
  public List<DueTasks.DueItem> dueForMe(Set<String> userRegions) throws CaseServiceException {
    List<Case> all = cases.cases().stream().map(CaseRecords.Stored::value).toList();
    List<Referral> referrals = new ArrayList<>();
    List<RepatriationTask> repatriation = new ArrayList<>();
    List<FollowUpVisit> visits = new ArrayList<>();
    List<PlanGoal> goals = new ArrayList<>();
    List<Transfer> transfers = new ArrayList<>();
    for (Case c : all) {
      referrals.addAll(cases.referrals(c.id()));
      repatriation.addAll(tasks(c.id()));
      visits.addAll(followUps(c.id()));
      cases
          .parts(c.id(), PlanGoal.ENTITY_TYPE, PlanGoal::fromFields)
          .forEach(s -> goals.add(s.value()));
      cases
          .parts(c.id(), Transfer.ENTITY_TYPE, Transfer::fromFields)
          .forEach(s -> transfers.add(s.value()));
    }
    return DueTasks.forUser(
        writer.user(),
        userRegions,
        today(),
        ZONE,
        new DueTasks.CaseWork(all, referrals, repatriation, visits, goals, transfers));
  }
}
