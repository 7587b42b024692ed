package org.depder.domain.screening.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.depder.domain.screening.Combination;
import org.junit.jupiter.api.Test;

/** Rule 6.3.1, the ILO combination rule, with the thresholds of the bundled rule set. */
class DimensionRuleTest {
  private static final List<Combination> ILO = DraftData.RULES.positiveCombinations();

  private static boolean positive(int s, int m, int w) {
    return DimensionRule.isPositive(ILO, s, m, w);
  }

  @Test
  void twoStrongArePositive() {
    assertThat(positive(2, 0, 0)).isTrue();
  }

  @Test
  void oneStrongAndOneMediumArePositive() {
    assertThat(positive(1, 1, 0)).isTrue();
  }

  @Test
  void oneStrongAndOneWeakArePositive() {
    assertThat(positive(1, 0, 1)).isTrue();
  }

  @Test
  void threeMediumArePositive() {
    assertThat(positive(0, 3, 0)).isTrue();
  }

  @Test
  void twoMediumAndOneWeakArePositive() {
    assertThat(positive(0, 2, 1)).isTrue();
  }

  @Test
  void oneStrongAloneIsNotPositive() {
    assertThat(positive(1, 0, 0)).isFalse();
  }

  @Test
  void twoMediumAloneAreNotPositive() {
    assertThat(positive(0, 2, 0)).isFalse();
  }

  @Test
  void oneMediumAndManyWeakAreNotPositive() {
    assertThat(positive(0, 1, 5)).isFalse();
  }

  @Test
  void weakItemsAloneAreNeverPositive() {
    assertThat(positive(0, 0, 10)).isFalse();
  }

  @Test
  void moreYesNeverMakesADimensionNegative() {
    for (int s = 0; s < 4; s++) {
      for (int m = 0; m < 5; m++) {
        for (int w = 0; w < 5; w++) {
          if (positive(s, m, w)) {
            assertThat(positive(s + 1, m, w) && positive(s, m + 1, w) && positive(s, m, w + 1))
                .as("%d S %d M %d W", s, m, w)
                .isTrue();
          }
        }
      }
    }
  }
}
