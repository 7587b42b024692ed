package org.depder.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SimpleArgumentsTest {

  static Stream<Arguments> simpleCases() {
    return Stream.of(
        Arguments.of("Normal ({0}%)", new Object[] {100}),
        Arguments.of("{0}: version {1}", new Object[] {"vault", 1}),
        Arguments.of("Wersiýa {0}", new Object[] {"0.1.0"}),
        Arguments.of("{1} – {0}", new Object[] {-999, "ä"}));
  }

  @ParameterizedTest
  @MethodSource("simpleCases")
  void givesExactlyWhatIcuGives(String pattern, Object[] args) {
    assertThat(SimpleArguments.applies(pattern, args)).isTrue();
    for (String language : new String[] {"en", "ru", "tk"}) {
      assertThat(SimpleArguments.format(pattern, args))
          .isEqualTo(new MessageFormat(pattern, new ULocale(language)).format(args));
    }
  }

  @ParameterizedTest
  @MethodSource("icuCases")
  void leavesEverythingElseToIcu(String pattern, Object[] args) {
    assertThat(SimpleArguments.applies(pattern, args)).isFalse();
  }

  static Stream<Arguments> icuCases() {
    return Stream.of(
        Arguments.of("{0, plural, one{# file} other{# files}}", new Object[] {2}),
        Arguments.of("{0} records", new Object[] {12_345}),
        Arguments.of("{0} %", new Object[] {1.5}),
        Arguments.of("It''s {0}", new Object[] {"x"}),
        Arguments.of("{1}", new Object[] {"only one"}),
        Arguments.of("{0}}", new Object[] {"x"}));
  }
}
