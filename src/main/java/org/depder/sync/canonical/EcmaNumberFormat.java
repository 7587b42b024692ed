package org.depder.sync.canonical;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats a double exactly as ECMAScript's {@code Number.prototype.toString()} (ECMA-262,
 * Number::toString), which RFC 8785 section 3.2.2.3 requires.
 *
 * <p>Java 17's {@code Double.toString} cannot be used: it sometimes emits more digits than the
 * shortest round-tripping form (fixed only in JDK 19) and uses another exponent notation.
 *
 * <p>Digits: for k = 1, 2, ... 17 we take the k-digit decimals nearest the exact binary value (and
 * its two neighbours, because the rounding interval is lopsided at powers of two) and keep the
 * first k for which one of them parses back to the same double; among those, the one nearest the
 * exact value wins, as the specification asks. {@code Double.parseDouble} is correctly rounded, so
 * "parses back" is exact. Speed is not a concern for manifest-sized documents.
 */
final class EcmaNumberFormat {
  private EcmaNumberFormat() {}

  static String format(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("NaN and Infinity have no JSON form");
    }
    if (value == 0) {
      return "0"; // also for -0, as ECMAScript does
    }
    if (value < 0) {
      return "-" + format(-value);
    }
    BigDecimal shortest = shortestRoundTrip(value);
    String digits = shortest.unscaledValue().toString();
    // value = digits * 10^(n - k)  with k = number of digits
    int k = digits.length();
    int n = k - shortest.scale();
    return layout(digits, k, n);
  }

  private static BigDecimal shortestRoundTrip(double value) {
    BigDecimal exact = new BigDecimal(value);
    for (int precision = 1; precision <= 17; precision++) {
      BigDecimal nearest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(-nearest.scale());
      BigDecimal best = null;
      for (BigDecimal candidate :
          new BigDecimal[] {nearest, nearest.subtract(step), nearest.add(step)}) {
        if (candidate.signum() <= 0 || candidate.precision() > precision) {
          continue;
        }
        if (Double.parseDouble(candidate.toString()) == value
            && (best == null
                || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
          best = candidate;
        }
      }
      if (best != null) {
        return best.stripTrailingZeros();
      }
    }
    throw new IllegalStateException("no round-tripping decimal within 17 digits");
  }

  /** ECMA-262 Number::toString steps 6-10 for a positive value digits * 10^(n-k). */
  private static String layout(String digits, int k, int n) {
    StringBuilder out = new StringBuilder(k + 8);
    if (k <= n && n <= 21) {
      out.append(digits).append("0".repeat(n - k));
    } else if (0 < n && n <= 21) {
      out.append(digits, 0, n).append('.').append(digits, n, k);
    } else if (-6 < n && n <= 0) {
      out.append("0.").append("0".repeat(-n)).append(digits);
    } else {
      int exponent = n - 1;
      out.append(digits.charAt(0));
      if (k > 1) {
        out.append('.').append(digits, 1, k);
      }
      out.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
    }
    return out.toString();
  }
}
