package org.depder.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceOneTest {

  @Provide
  Arbitrary<String> keys() {
    // A small alphabet, so that near-equal pairs are common.
    return Arbitraries.strings().withChars("abc").ofMaxLength(7);
  }

  @Property(tries = 3000)
  void agreesWithTheFullDynamicProgramme(@ForAll("keys") String a, @ForAll("keys") String b) {
    byte[] left = a.getBytes(StandardCharsets.US_ASCII);
    byte[] right = ("xx" + b).getBytes(StandardCharsets.US_ASCII);
    assertThat(EditDistanceOne.withinOne(left, 0, left.length, right, 2, b.length()))
        .isEqualTo(OsaDistance.between(a, b) <= 1);
  }

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({
    "ahmedov, ahmedov, true",
    "ahmedov, ahmedv, true",
    "ahmedov, ahmedovv, true",
    "ahmedov, ahnedov, true",
    "ahmedov, hamedov, true",
    "ahmedov, ahmeodv, true",
    "ahmedov, mamedov, false",
    "ahmedov, ahmeodva, false",
    "abc, cba, false"
  })
  void examples(String a, String b, boolean expected) {
    byte[] left = a.getBytes(StandardCharsets.US_ASCII);
    byte[] right = b.getBytes(StandardCharsets.US_ASCII);
    assertThat(EditDistanceOne.withinOne(left, 0, left.length, right, 0, right.length))
        .isEqualTo(expected);
  }
}
