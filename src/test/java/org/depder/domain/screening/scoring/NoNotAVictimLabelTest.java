package org.depder.domain.screening.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.depder.domain.screening.Outcome;
import org.depder.domain.screening.ReasonCode;
import org.junit.jupiter.api.Test;

/** Rule 6.3.8: nothing the product can show says a person is "not a victim". */
class NoNotAVictimLabelTest {
  private static final List<String> FORBIDDEN =
      List.of(
          "not a victim",
          "not victim",
          "no victim",
          "non-victim",
          "не является жертвой",
          "не жертва",
          "не является пострадавш",
          "pida däl",
          "pidasy däl");

  @Test
  void noOutcomeOrReasonCodeSaysNotAVictim() {
    Stream.concat(Stream.of(Outcome.values()), Stream.of(ReasonCode.values()))
        .map(e -> e.name().replace('_', ' ').toLowerCase(Locale.ROOT))
        .forEach(name -> FORBIDDEN.forEach(f -> assertThat(name).doesNotContain(f)));
  }

  @Test
  void noReferenceDataTextSaysNotAVictim() throws IOException {
    Path root = Path.of("src/main/resources/referencedata");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".json")).toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(5);
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
      for (String f : FORBIDDEN) {
        assertThat(text).as(file.toString()).doesNotContain(f);
      }
    }
  }
}
