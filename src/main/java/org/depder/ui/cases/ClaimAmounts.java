package org.depder.ui.cases;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.depder.app.i18n.Messages;

/**
 * Money as typed and as shown on the proceedings tab. Amounts are typed in major units (manat) with
 * at most as many decimals as the currency has, and stored as whole minor units (tenge): the
 * conversion goes through {@link BigDecimal}, never floating point, so {@code 1250.50} is exactly
 * {@code 125050}. Shown amounts are formatted by ICU in the UI language ("1 250,50 TMT").
 */
final class ClaimAmounts {
  /** Digits, optionally one decimal point or comma and up to three decimals; nothing else. */
  private static final Pattern AMOUNT = Pattern.compile("\\d{1,13}([.,]\\d{1,3})?");

  /** Spaces people type or paste as thousands separators (plain, no-break, narrow no-break). */
  private static final Pattern SPACES = Pattern.compile("[ \\u00A0\\u202F]");

  private ClaimAmounts() {}

  /** The ISO 4217 code typed (any case, spaces around allowed), if it is a real currency. */
  static Optional<String> currency(String typed) {
    String code = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z]{3}")) {
      return Optional.empty();
    }
    try {
      return Currency.getInstance(code).getDefaultFractionDigits() < 0
          ? Optional.empty()
          : Optional.of(code);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The typed amount in minor units of {@code currency}; empty when it is not a plain non-negative
   * number with at most the currency's decimals ({@code 12,5x}, {@code -3}, {@code 1.234} in TMT).
   * A decimal comma is accepted as well as a point, as ru and tk write numbers.
   */
  static OptionalLong minor(String typed, String currency) {
    String text = typed == null ? "" : SPACES.matcher(typed.strip()).replaceAll("");
    if (!AMOUNT.matcher(text).matches()) {
      return OptionalLong.empty();
    }
    BigDecimal major = new BigDecimal(text.replace(',', '.'));
    int digits = digits(currency);
    if (major.scale() > digits) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(major.movePointRight(digits).longValueExact());
  }

  /** {@code minor} units of {@code currency} in the UI language, with the currency code. */
  static String format(Messages m, long minor, String currency) {
    int digits = digits(currency);
    BigDecimal major = BigDecimal.valueOf(minor, digits);
    String key =
        switch (digits) {
          case 0 -> "casesui.claim.moneyWhole";
          case 3 -> "casesui.claim.moneyThree";
          default -> "casesui.claim.money";
        };
    return m.text(key, major, currency);
  }

  private static int digits(String currency) {
    try {
      int digits = Currency.getInstance(currency).getDefaultFractionDigits();
      return digits < 0 || digits > 3 ? 2 : digits;
    } catch (IllegalArgumentException e) {
      return 2;
    }
  }
}
