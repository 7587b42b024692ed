package org.depder.server.enrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Enrolment codes: 100 random bits, readable groups, forgiving input, a stable stored hash. */
class EnrolmentCodeTest {
  @Test
  void codesAreFiveGroupsOfFourCrockfordSymbols() {
    SecureRandom random = new SecureRandom();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String code = EnrolmentCode.generate(random);
      assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}");
      seen.add(code);
    }
    assertThat(seen).hasSize(200);
    assertThat(EnrolmentCode.SYMBOLS * 5).as("bits of entropy").isGreaterThanOrEqualTo(100);
  }

  @Test
  void typingMistakesThatCannotBeAmbiguousAreForgiven() {
    assertThat(EnrolmentCode.normalise("7k3m q9xd-2b4f h8jn vc5r"))
        .contains("7K3MQ9XD2B4FH8JNVC5R");
    assertThat(EnrolmentCode.normalise("OOOO-IIII-LLLL-0000-1111"))
        .contains("00001111111100001111");
  }

  @Test
  void anythingElseIsNotACode() {
    assertThat(EnrolmentCode.normalise("7K3M-Q9XD-2B4F-H8JN")).isEmpty();
    assertThat(EnrolmentCode.normalise("7K3M-Q9XD-2B4F-H8JN-VC5RX")).isEmpty();
    assertThat(EnrolmentCode.normalise("7K3M-Q9XD-2B4F-H8JN-VC5U")).isEmpty();
    assertThat(EnrolmentCode.normalise("7K3M-Q9XD-2B4F-H8JN-VC5Ş")).isEmpty();
    assertThat(EnrolmentCode.normalise(null)).isEmpty();
    assertThat(EnrolmentCode.normalise("A".repeat(100))).isEmpty();
  }

  @Test
  void theStoredHashOfACodeNeverChanges() {
    assertThat(EnrolmentCode.hash("7K3MQ9XD2B4FH8JNVC5R"))
        .isEqualTo("75436d5a424137d1e19bac9a18eebc3bfeeba416468c69f698502810d41d53a7");
  }
}
