package org.depder.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.depder.domain.cases.FollowUpSchedule;
import org.junit.jupiter.api.Test;

/** What the follow-up fields accept before anything reaches the service. */
class FollowUpsModelTest {
  @Test
  void monthsAreReadWithCommasOrSpacesAndShownAsTyped() {
    assertThat(FollowUpsModel.schedule(" 1, 3 ,6  12 ")).contains(FollowUpSchedule.DEFAULT);
    assertThat(FollowUpsModel.schedule("2;4")).contains(new FollowUpSchedule(List.of(2, 4)));
    assertThat(FollowUpsModel.text(FollowUpSchedule.DEFAULT)).isEqualTo("1, 3, 6, 12");
  }

  @Test
  void aMonthsListThatIsNotAScheduleIsRefused() {
    for (String bad : new String[] {"", "  ", "3, 1", "1, 1", "0", "121", "1, x", "-1", "1.5"}) {
      assertThat(FollowUpsModel.schedule(bad)).as(bad).isEmpty();
    }
    assertThat(FollowUpsModel.schedule(null)).isEmpty();
  }

  @Test
  void datesAreIsoOnly() {
    assertThat(FollowUpsModel.date(" 2026-03-20 ")).contains(LocalDate.of(2026, 3, 20));
    for (String bad : new String[] {"", "20.03.2026", "2026-02-30", "2026-3-20", "tomorrow"}) {
      assertThat(FollowUpsModel.date(bad)).as(bad).isEmpty();
    }
    assertThat(FollowUpsModel.date(null)).isEmpty();
  }
}
