package org.depder.domain.cases;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The home screen's list (issue 7 item 7): what is due today or overdue for one user, from every
 * dated thing of the cases they can see. Items of closed cases are left out, except transfers,
 * which are about to change hands anyway.
 */
public final class DueTasks {
  private DueTasks() {}

  /** Everything known about a set of cases. */
  public record CaseWork(
      List<Case> cases,
      List<Referral> referrals,
      List<RepatriationTask> repatriation,
      List<FollowUpVisit> followUps,
      List<PlanGoal> goals,
      List<Transfer> transfers) {
    public CaseWork {
      cases = List.copyOf(cases);
      referrals = List.copyOf(referrals);
      repatriation = List.copyOf(repatriation);
      followUps = List.copyOf(followUps);
      goals = List.copyOf(goals);
      transfers = List.copyOf(transfers);
    }
  }

  /**
   * One line: what, which entity, which case, by when, and for repatriation the task kind.
   *
   * @param overdue due before today (false: due today)
   */
  public record DueItem(
      DueKind kind,
      UUID entityId,
      UUID caseId,
      LocalDate due,
      boolean overdue,
      Optional<RepatriationTaskKind> taskKind) {
    public DueItem {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(entityId, "entityId");
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(due, "due");
      Objects.requireNonNull(taskKind, "taskKind");
    }
  }

  /** Oldest first, then by kind and id so that every device lists them alike. */
  public static final Comparator<DueItem> ORDER =
      Comparator.comparing(DueItem::due)
          .thenComparing(DueItem::kind)
          .thenComparing(DueItem::entityId);

  /**
   * @param userRegions the welaýat codes where the user may accept transfers to a region
   * @param zone the zone in which instants become days (Asia/Ashgabat for Turkmen offices)
   */
  public static List<DueItem> forUser(
      String userId, Set<String> userRegions, LocalDate today, ZoneId zone, CaseWork work) {
    Map<UUID, Case> cases =
        work.cases().stream().collect(Collectors.toMap(Case::id, Function.identity(), (a, b) -> a));
    List<DueItem> items = new ArrayList<>();
    Function<UUID, Boolean> open = id -> cases.containsKey(id) && !cases.get(id).status().closed();
    for (RepatriationTask t : work.repatriation()) {
      if (t.state() == TaskState.OPEN && t.ownerId().equals(userId) && open.apply(t.caseId())) {
        add(
            items,
            DueKind.REPATRIATION_TASK,
            t.id(),
            t.caseId(),
            t.due(),
            today,
            Optional.of(t.kind()));
      }
    }
    for (FollowUpVisit v : work.followUps()) {
      if (v.state() == TaskState.OPEN && v.ownerId().equals(userId) && open.apply(v.caseId())) {
        add(items, DueKind.FOLLOW_UP_VISIT, v.id(), v.caseId(), v.due(), today, Optional.empty());
      }
    }
    for (PlanGoal g : work.goals()) {
      if (g.state().open()
          && g.ownerId().equals(userId)
          && g.target().isPresent()
          && open.apply(g.caseId())) {
        add(
            items,
            DueKind.PLAN_GOAL,
            g.id(),
            g.caseId(),
            g.target().get(),
            today,
            Optional.empty());
      }
    }
    for (Referral r : work.referrals()) {
      if (!r.proposedBy().equals(userId) || !open.apply(r.caseId())) {
        continue;
      }
      switch (r.state()) {
        case PROPOSED ->
            add(
                items,
                DueKind.REFERRAL_TO_SEND,
                r.id(),
                r.caseId(),
                day(r.proposedAt(), zone),
                today,
                Optional.empty());
        case SENT ->
            add(
                items,
                DueKind.REFERRAL_AWAITING_REPLY,
                r.id(),
                r.caseId(),
                r.replyDue(zone).orElseThrow(),
                today,
                Optional.empty());
        case DECLINED, SERVICE_DELIVERED ->
            add(
                items,
                DueKind.REFERRAL_OUTCOME_TO_REVIEW,
                r.id(),
                r.caseId(),
                day(r.deliveredAt().or(r::respondedAt).orElse(r.proposedAt()), zone),
                today,
                Optional.empty());
        default -> {}
      }
    }
    for (Transfer t : work.transfers()) {
      boolean mine =
          t.toOwner()
              .map(userId::equals)
              .orElse(t.toRegion().map(userRegions::contains).orElse(false));
      if (t.state() == TransferState.REQUESTED && mine) {
        add(
            items,
            DueKind.TRANSFER_TO_ACCEPT,
            t.id(),
            t.caseId(),
            day(t.requestedAt(), zone),
            today,
            Optional.empty());
      }
    }
    items.sort(ORDER);
    return List.copyOf(items);
  }

  private static LocalDate day(java.time.Instant at, ZoneId zone) {
    return LocalDate.ofInstant(at, zone);
  }

  private static void add(
      List<DueItem> items,
      DueKind kind,
      UUID id,
      UUID caseId,
      LocalDate due,
      LocalDate today,
      Optional<RepatriationTaskKind> taskKind) {
    if (!due.isAfter(today)) {
      items.add(new DueItem(kind, id, caseId, due, due.isBefore(today), taskKind));
    }
  }
}
