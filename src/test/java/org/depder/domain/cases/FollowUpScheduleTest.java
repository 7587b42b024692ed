package org.depder.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.depder.domain.cases.CaseFixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpScheduleTest {
  @Test
  void defaultIsOneThreeSixAndTwelveMonths() {
    assertThat(FollowUpSchedule.DEFAULT.dueDates(day(3, 15)))
        .containsExactly(day(4, 15), day(6, 15), day(9, 15), LocalDate.of(2027, 3, 15));
  }

  @Test
  void aStartOnTheLastDayOfAMonthGivesTheLastDayOfShorterMonths() {
    LocalDate start = LocalDate.of(2026, 1, 31);
    assertThat(FollowUpSchedule.DEFAULT.dueDates(start))
        .containsExactly(
            LocalDate.of(2026, 2, 28),
            LocalDate.of(2026, 4, 30),
            LocalDate.of(2026, 7, 31),
            LocalDate.of(2027, 1, 31));
    // in a leap year February has its 29th; counted from the start, later dates are not shifted
    assertThat(new FollowUpSchedule(List.of(1, 2)).dueDates(LocalDate.of(2028, 1, 31)))
        .containsExactly(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 31));
    assertThat(new FollowUpSchedule(List.of(12)).dueDates(LocalDate.of(2028, 2, 29)))
        .containsExactly(LocalDate.of(2029, 2, 28));
  }

  @Test
  void aScheduleIsConfigurableButMustIncrease() {
    assertThat(new FollowUpSchedule(List.of(2, 4)).dueDates(day(1, 10)))
        .containsExactly(day(3, 10), day(5, 10));
    for (List<Integer> bad :
        List.of(List.<Integer>of(), List.of(3, 1), List.of(0, 1), List.of(1, 1), List.of(121))) {
      assertThatThrownBy(() -> new FollowUpSchedule(bad))
          .as(bad.toString())
          .isInstanceOf(CaseRuleException.class);
    }
  }

  @Test
  void visitsAreDueOverdueOrDone() {
    Case c = adultCase();
    List<FollowUpVisit> visits =
        FollowUpSchedule.DEFAULT.visits(c.id(), day(1, 31), WORKER, CaseFixtures::id);
    assertThat(visits).extracting(FollowUpVisit::monthsAfter).containsExactly(1, 3, 6, 12);
    FollowUpVisit first = visits.get(0);
    assertThat(first.due()).isEqualTo(day(2, 28));
    assertThat(first.status(day(2, 27))).isEqualTo(DueStatus.UPCOMING);
    assertThat(first.status(day(2, 28))).isEqualTo(DueStatus.DUE_TODAY);
    assertThat(first.status(day(3, 1))).isEqualTo(DueStatus.OVERDUE);
    FollowUpVisit done = first.record(day(3, 2), WORKER, "working in a tailoring co-operative");
    assertThat(done.status(day(3, 9))).isEqualTo(DueStatus.DONE);
    assertThat(done.visitedOn()).contains(day(3, 2));
    assertThatThrownBy(() -> done.record(day(3, 3), WORKER, ""))
        .isInstanceOf(CaseRuleException.class);
    assertThat(visits.get(1).cancel(WORKER, "moved abroad").status(day(12, 1)))
        .isEqualTo(DueStatus.DONE);
  }
}
