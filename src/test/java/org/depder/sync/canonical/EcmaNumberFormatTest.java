package org.depder.sync.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EcmaNumberFormatTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1e21 | 1e+21",
        "1e20 | 100000000000000000000",
        "1e-7 | 1e-7",
        "0.000001 | 0.000001",
        "5e-324 | 5e-324",
        "1.7976931348623157e308 | 1.7976931348623157e+308",
        "-0.0 | 0",
        "9007199254740993 | 9007199254740992",
        "333333333.33333329 | 333333333.3333333",
        "4.50 | 4.5",
        "2e-3 | 0.002",
        "1E30 | 1e+30",
        "0.1 | 0.1",
        "123456789012345680000 | 123456789012345680000",
        "-1.5e-9 | -1.5e-9",
        // Java 17's Double.toString gives 2.0E-3 and, for the next one, 1.0E23 / too many digits
        "1e23 | 1e+23",
        "2.2250738585072014e-308 | 2.2250738585072014e-308",
      })
  void formatsLikeEcmaScript(String literal, String expected) {
    assertThat(EcmaNumberFormat.format(Double.parseDouble(literal))).isEqualTo(expected);
  }

  /** Java 17 prints 2.0E-3 style and, for some values, one digit too many: we must not. */
  @Test
  void shortestDigitsWhereJava17DoubleToStringIsLonger() {
    assertThat(EcmaNumberFormat.format(2.0e-3)).isEqualTo("0.002");
    assertThat(EcmaNumberFormat.format(1.0E23)).isEqualTo("1e+23");
    assertThat(EcmaNumberFormat.format(2e-323)).isEqualTo("2e-323");
  }

  /** Every line of es-numbers.txt was produced by node's Number.prototype.toString. */
  @Test
  void agreesWithNodeOnEveryReferenceNumber() throws IOException {
    int checked = 0;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                getClass().getResourceAsStream("/testvectors/depder/es-numbers.txt"),
                StandardCharsets.US_ASCII))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] parts = line.split(" ");
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(parts[0], 16));
        assertThat(EcmaNumberFormat.format(value)).as(parts[0]).isEqualTo(parts[1]);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(7918);
  }

  @Property(tries = 2000)
  void outputParsesBackToTheSameDouble(@ForAll double value) {
    if (Double.isFinite(value)) {
      assertThat(Double.parseDouble(EcmaNumberFormat.format(value)))
          .isEqualTo(value == 0 ? 0.0 : value);
    }
  }

  @Test
  void refusesNanAndInfinity() {
    assertThatThrownBy(() -> EcmaNumberFormat.format(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EcmaNumberFormat.format(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
