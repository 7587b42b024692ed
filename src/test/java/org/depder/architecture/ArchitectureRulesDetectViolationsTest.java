package org.depder.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that every architecture rule can fail: each one is evaluated against the deliberately
 * broken tree in {@code archfixture} and must report a violation there. A rule that passes on that
 * tree is vacuous and this test fails.
 */
class ArchitectureRulesDetectViolationsTest {
  private static JavaClasses broken;

  @BeforeAll
  static void importFixture() {
    broken = new ClassFileImporter().importPackages("archfixture");
  }

  static Stream<ArchRule> rules() {
    return new ArchitectureRules("archfixture").all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void detectsTheViolationPlantedForIt(ArchRule rule) {
    assertThat(rule.evaluate(broken).hasViolation())
        .as("rule must fail on the broken fixture: %s", rule.getDescription())
        .isTrue();
  }
}
