package org.depder.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.junit.jupiter.api.Test;

/** Typed amounts become exact minor units (no floating point), and shown amounts use the locale. */
class ClaimAmountsTest {
  @Test
  void decimalsInMajorUnitsBecomeExactMinorUnits() {
    assertThat(ClaimAmounts.minor("1250.50", "TMT")).hasValue(125050L);
    assertThat(ClaimAmounts.minor("1250,5", "TMT")).hasValue(125050L);
    assertThat(ClaimAmounts.minor(" 1 250,50 ", "TMT")).hasValue(125050L);
    assertThat(ClaimAmounts.minor("1\u00A0250.05", "TMT")).hasValue(125005L);
    assertThat(ClaimAmounts.minor("0.29", "TMT")).hasValue(29L);
    assertThat(ClaimAmounts.minor("0", "TMT")).hasValue(0L);
    assertThat(ClaimAmounts.minor("9999999999999.99", "USD")).hasValue(999999999999999L);
    assertThat(ClaimAmounts.minor("1000", "JPY")).hasValue(1000L);
    assertThat(ClaimAmounts.minor("1.5", "KWD")).hasValue(1500L);
  }

  @Test
  void anythingElseIsRefused() {
    for (String bad : new String[] {"12,5x", "", " ", "-3", "1.234", "1,2,3", "1e3", "12.", ".5"}) {
      assertThat(ClaimAmounts.minor(bad, "TMT")).as(bad).isEqualTo(OptionalLong.empty());
    }
    assertThat(ClaimAmounts.minor("10.5", "JPY")).isEmpty();
    assertThat(ClaimAmounts.minor(null, "TMT")).isEmpty();
  }

  @Test
  void currenciesAreIsoCodes() {
    assertThat(ClaimAmounts.currency(" tmt ")).contains("TMT");
    assertThat(ClaimAmounts.currency("USD")).contains("USD");
    assertThat(ClaimAmounts.currency("XYZ")).isEmpty();
    assertThat(ClaimAmounts.currency("US")).isEmpty();
    assertThat(ClaimAmounts.currency("XXX")).isEmpty();
    assertThat(ClaimAmounts.currency(null)).isEmpty();
  }

  @Test
  void amountsAreShownInTheUiLanguage() {
    assertThat(ClaimAmounts.format(Messages.load(Language.EN), 125050L, "TMT"))
        .isEqualTo("1,250.50 TMT");
    assertThat(ClaimAmounts.format(Messages.load(Language.RU), 125050L, "TMT"))
        .matches("1[\\u00A0\\u202F ]250,50\\u00A0TMT");
    assertThat(ClaimAmounts.format(Messages.load(Language.TK), 125050L, "TMT"))
        .matches("1[\\u00A0\\u202F ]250,50\\u00A0TMT");
    assertThat(ClaimAmounts.format(Messages.load(Language.EN), 1000L, "JPY"))
        .isEqualTo("1,000 JPY");
  }
}
