package org.depder.domain.screening.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.depder.domain.screening.ContextLetter;
import org.depder.domain.screening.Dimension;
import org.depder.domain.screening.ScreeningContext;
import org.junit.jupiter.api.Test;

/** Skip logic of DOMAIN 6.2. */
class ApplicabilityTest {

  private static List<String> ids(List<ApplicableItem> items) {
    return items.stream().map(a -> a.indicator().id()).toList();
  }

  private static List<String> ids(ScreeningContext context, boolean child) {
    return ids(Applicability.applicableItems(DraftData.SET, context, child, true));
  }

  @Test
  void contextsMapToTheLettersOfTheIndicatorTable() {
    assertThat(ScreeningContext.EXIT.letter()).isEqualTo(ContextLetter.X);
    assertThat(ScreeningContext.ENTRY_RETURNEE.letter()).isEqualTo(ContextLetter.R);
    assertThat(ScreeningContext.ENTRY_FOREIGNER.letter()).isEqualTo(ContextLetter.F);
    assertThat(ScreeningContext.TRANSIT.letter()).isEqualTo(ContextLetter.F);
    assertThat(ScreeningContext.CONSULAR.letter()).isEqualTo(ContextLetter.K);
    assertThat(ScreeningContext.COMMUNITY.letter()).isEqualTo(ContextLetter.H);
    assertThat(ScreeningContext.HOTLINE.letter()).isEqualTo(ContextLetter.H);
  }

  @Test
  void exitShowsTheRiskBlockFirst() {
    var items = Applicability.applicableItems(DraftData.SET, ScreeningContext.EXIT, false, true);
    int lastRisk = 0;
    int firstOther = items.size();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).indicator().dimension() == Dimension.P) {
        lastRisk = i;
      } else {
        firstOther = Math.min(firstOther, i);
      }
    }
    assertThat(lastRisk).isLessThan(firstOther);
  }

  @Test
  void exitShowsExploitationBlocksOnlyToPeopleWhoWorkedAbroad() {
    var before =
        ids(Applicability.applicableItems(DraftData.SET, ScreeningContext.EXIT, false, true, true));
    var never =
        ids(
            Applicability.applicableItems(
                DraftData.SET, ScreeningContext.EXIT, false, true, false));

    assertThat(before).contains("D204", "D301", "D305");
    assertThat(never).doesNotContain("D204", "D301", "D305").contains("P01", "O01");
  }

  @Test
  void adultsDoNotSeeChildOnlyItems() {
    assertThat(ids(ScreeningContext.ENTRY_FOREIGNER, false)).doesNotContain("P08", "D408");
    assertThat(ids(ScreeningContext.ENTRY_FOREIGNER, true)).contains("P08", "D408");
  }

  @Test
  void foreignersGetTheFullSetPlusP03P05P06() {
    assertThat(ids(ScreeningContext.ENTRY_FOREIGNER, false))
        .contains("P03", "P05", "P06", "ACT01", "D101", "D201", "D301", "D401", "D501", "D601");
  }

  @Test
  void returneesAndConsularCasesGetTheFullDBlocks() {
    for (ScreeningContext c : List.of(ScreeningContext.ENTRY_RETURNEE, ScreeningContext.CONSULAR)) {
      assertThat(ids(c, false))
          .as(c.name())
          .contains("D101", "D205", "D305", "D405", "D501", "D510", "D601", "D604");
    }
  }

  @Test
  void sensitiveItemsAreDisclosureOnlyForUntrainedScreeners() {
    var untrained =
        Applicability.applicableItems(DraftData.SET, ScreeningContext.ENTRY_RETURNEE, false, false);
    var trained =
        Applicability.applicableItems(DraftData.SET, ScreeningContext.ENTRY_RETURNEE, false, true);

    assertThat(untrained)
        .filteredOn(a -> a.mode() == AskMode.DISCLOSURE_ONLY)
        .extracting(a -> a.indicator().id())
        .containsExactly("D406");
    assertThat(trained).allMatch(a -> a.mode() == AskMode.ASK);
  }
}
