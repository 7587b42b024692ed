package org.depder.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The written rule of docs/logging.md, as far as a machine can check it. */
class LoggingPolicyTest {

  @Test
  void everyLogMessageInProductionCodeIsAConstantTemplate() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        LogCallScanner.violations(source).forEach(v -> problems.add(file + " " + v));
      }
    }
    assertThat(problems).as("log calls that are not constant templates").isEmpty();
  }

  @Test
  void scannerAcceptsTemplatesWithArguments() {
    assertThat(
            LogCallScanner.violations(
                "log.info(\"Vault opened in {} ms\", ms);\n"
                    + "LOG.warn(\"Bundle refused: {}\" + \" (code)\", reason.code());"))
        .isEmpty();
  }

  @Test
  void scannerRefusesMessagesBuiltAtRunTime() {
    assertThat(LogCallScanner.violations("log.info(\"Saved \" + person.name());")).hasSize(1);
    assertThat(LogCallScanner.violations("logger.error(message, e);")).hasSize(1);
    assertThat(LogCallScanner.violations("log.debug(String.format(\"%s\", x));")).hasSize(1);
  }
}
