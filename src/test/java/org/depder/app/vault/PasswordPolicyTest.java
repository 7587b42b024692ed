package org.depder.app.vault;

import static org.assertj.core.api.Assertions.assertThat;

import org.depder.app.vault.PasswordFeedback.Strength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {
  private final PasswordPolicy policy = PasswordPolicy.standard();

  private PasswordFeedback evaluate(String password) {
    return policy.evaluate(password.toCharArray());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "short", "Ab1!xyz9Q"})
  void underTenCharactersIsTooShort(String password) {
    assertThat(evaluate(password))
        .isEqualTo(
            new PasswordFeedback(
                Strength.TOO_SHORT, false, java.util.List.of("password.hint.tooShort")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "parol12345",
        "Password2024!",
        "пароль12345",
        "Turkmenistan",
        "ASHGABAT1991",
        "йцукенгшщз"
      })
  void commonPasswordsAreWeakWhateverTheirDecoration(String password) {
    PasswordFeedback feedback = evaluate(password);
    assertThat(feedback.strength()).isEqualTo(Strength.WEAK);
    assertThat(feedback.acceptable()).isFalse();
    assertThat(feedback.hintKeys()).contains("password.hint.common", "password.hint.addWords");
  }

  @ParameterizedTest
  @CsvSource({
    "aaaab-kelem-x, password.hint.repeated",
    "kelem-abcdef-x, password.hint.sequence",
    "nokat-9876-gül, password.hint.sequence",
    "qwer-bagtly-gün, password.hint.sequence"
  })
  void runsAndSequencesAreWeak(String password, String hint) {
    PasswordFeedback feedback = evaluate(password);
    assertThat(feedback.strength()).isEqualTo(Strength.WEAK);
    assertThat(feedback.hintKeys()).contains(hint);
  }

  @ParameterizedTest
  @ValueSource(strings = {"gyzyl-alma7", "derýa kenary"})
  void tenCharactersOfFewKindsAreFairAndAccepted(String password) {
    PasswordFeedback feedback = evaluate(password);
    assertThat(feedback.strength()).isEqualTo(Strength.FAIR);
    assertThat(feedback.acceptable()).isTrue();
    assertThat(feedback.hintKeys()).contains("password.hint.addWords");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Gök-asman 7 derýa", "Ýaşyl baýdak 1991", "dag gül ýyldyz nokat"})
  void longMixedPasswordsAndPassphrasesAreStrong(String password) {
    assertThat(evaluate(password))
        .isEqualTo(new PasswordFeedback(Strength.STRONG, true, java.util.List.of()));
  }
}
