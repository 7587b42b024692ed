package org.depder.domain.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The follow-up plan: visits at 1, 3, 6 and 12 months by default (issue 7 item 5), configurable.
 * Each date is counted from the start, not from the previous visit, so a late visit does not push
 * the later ones; a start on the 31st gives the last day of shorter months (31 January + 1 month =
 * 28 or 29 February).
 */
public record FollowUpSchedule(List<Integer> months) {
  public static final FollowUpSchedule DEFAULT = new FollowUpSchedule(List.of(1, 3, 6, 12));

  public FollowUpSchedule {
    months = List.copyOf(months);
    int last = 0;
    for (int m : months) {
      if (m <= last || m > 120) {
        throw new CaseRuleException(CaseRuleException.Code.INVALID_SCHEDULE);
      }
      last = m;
    }
    if (months.isEmpty()) {
      throw new CaseRuleException(CaseRuleException.Code.INVALID_SCHEDULE);
    }
  }

  public List<LocalDate> dueDates(LocalDate start) {
    return months.stream().map(start::plusMonths).toList();
  }

  /** The visits of this schedule for a case, owned by {@code ownerId}, with fresh ids. */
  public List<FollowUpVisit> visits(
      UUID caseId, LocalDate start, String ownerId, Supplier<UUID> ids) {
    List<FollowUpVisit> visits = new ArrayList<>();
    for (int m : months) {
      visits.add(
          new FollowUpVisit(
              ids.get(),
              caseId,
              m,
              start.plusMonths(m),
              ownerId,
              TaskState.OPEN,
              java.util.Optional.empty(),
              java.util.Optional.empty(),
              ""));
    }
    return visits;
  }
}
