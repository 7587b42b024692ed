package org.depder.app.referencedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.depder.domain.screening.VersionRef;
import org.junit.jupiter.api.Test;

/** One broken file per validation rule, each under src/test/resources/referencedata-test. */
class ReferenceDataValidationTest {
  private static final VersionRef MINI = new VersionRef("mini", "1");

  private static ReferenceDataLoader loader(String testCase) {
    return new ReferenceDataLoader("referencedata-test/" + testCase);
  }

  private static ValidationError onlyErrorOfSet(String testCase) {
    var e =
        catchThrowableOfType(
            ReferenceDataException.class, () -> loader(testCase).indicatorSet(MINI));
    assertThat(e).as(testCase).isNotNull();
    assertThat(e.errors()).as(testCase).hasSize(1);
    return e.errors().get(0);
  }

  private static ValidationError onlyErrorOfRules(String testCase) {
    var e =
        catchThrowableOfType(ReferenceDataException.class, () -> loader(testCase).ruleSet(MINI));
    assertThat(e).as(testCase).isNotNull();
    assertThat(e.errors()).as(testCase).hasSize(1);
    return e.errors().get(0);
  }

  private static void assertError(
      ValidationError error, String file, String path, ValidationCode code) {
    assertThat(error.file()).isEqualTo(file);
    assertThat(error.path()).isEqualTo(path);
    assertThat(error.code()).isEqualTo(code);
  }

  @Test
  void validMiniSetAndRulesLoad() throws ReferenceDataException {
    var set = loader("valid").indicatorSet(MINI);
    var rules = loader("valid").ruleSet(MINI);

    assertThat(set.items()).hasSize(3);
    assertThat(rules.indicatorSet()).isEqualTo(MINI);
    assertThat(rules.versionTag()).isEqualTo("mini-1");
  }

  @Test
  void duplicateItemIdIsReported() {
    assertError(
        onlyErrorOfSet("duplicate-id"),
        "indicators/mini-1.json",
        "items[2].id",
        ValidationCode.DUPLICATE_ID);
  }

  @Test
  void blankTextIsReported() {
    assertError(
        onlyErrorOfSet("blank-text"),
        "indicators/mini-1.json",
        "items[1].question.tk",
        ValidationCode.TEXT_BLANK);
  }

  @Test
  void missingLanguageIsReported() {
    assertError(
        onlyErrorOfSet("missing-text"),
        "indicators/mini-1.json",
        "items[1].personText.ru",
        ValidationCode.MISSING_FIELD);
  }

  @Test
  void englishCopiedIntoTurkmenIsReported() {
    assertError(
        onlyErrorOfSet("copied-english"),
        "indicators/mini-1.json",
        "items[1].question.tk",
        ValidationCode.TEXT_COPIED_FROM_ENGLISH);
  }

  @Test
  void russianWithoutCyrillicIsReported() {
    assertError(
        onlyErrorOfSet("russian-not-cyrillic"),
        "indicators/mini-1.json",
        "items[1].question.ru",
        ValidationCode.TEXT_WRONG_SCRIPT);
  }

  @Test
  void turkmenInCyrillicIsReported() {
    assertError(
        onlyErrorOfSet("turkmen-in-cyrillic"),
        "indicators/mini-1.json",
        "items[1].question.tk",
        ValidationCode.TEXT_WRONG_SCRIPT);
  }

  @Test
  void invalidWeightIsReported() {
    assertError(
        onlyErrorOfSet("bad-weight"),
        "indicators/mini-1.json",
        "items[1].adultWeight.weight",
        ValidationCode.INVALID_WEIGHT);
  }

  @Test
  void missingWeightForAnAgeGroupThatSeesTheItemIsReported() {
    assertError(
        onlyErrorOfSet("missing-weight"),
        "indicators/mini-1.json",
        "items[1].childWeight",
        ValidationCode.INVALID_WEIGHT);
  }

  @Test
  void weightOnTheActItemIsReported() {
    assertError(
        onlyErrorOfSet("weighted-act"),
        "indicators/mini-1.json",
        "items[0]",
        ValidationCode.INVALID_WEIGHT);
  }

  @Test
  void invalidContextIsReported() {
    assertError(
        onlyErrorOfSet("bad-context"),
        "indicators/mini-1.json",
        "items[2].contexts[2]",
        ValidationCode.INVALID_CONTEXT);
  }

  @Test
  void invalidDimensionIsReported() {
    assertError(
        onlyErrorOfSet("bad-dimension"),
        "indicators/mini-1.json",
        "items[1].dimension",
        ValidationCode.INVALID_DIMENSION);
  }

  @Test
  void itemCountMismatchIsReported() {
    var error = onlyErrorOfSet("count-mismatch");
    assertError(error, "indicators/mini-1.json", "items", ValidationCode.ITEM_COUNT_MISMATCH);
    assertThat(error.detail()).contains("52").contains("3");
  }

  @Test
  void fileHoldingAnotherVersionIsReported() {
    assertError(
        onlyErrorOfSet("wrong-version-inside"),
        "indicators/mini-1.json",
        "id",
        ValidationCode.VERSION_MISMATCH);
  }

  @Test
  void unsupportedFormatIsReported() {
    assertError(
        onlyErrorOfSet("wrong-format"),
        "indicators/mini-1.json",
        "",
        ValidationCode.UNSUPPORTED_FORMAT);
  }

  @Test
  void malformedJsonIsReported() {
    assertError(
        onlyErrorOfSet("malformed"), "indicators/mini-1.json", "", ValidationCode.MALFORMED_JSON);
  }

  @Test
  void missingVersionIsReportedAsFileNotFound() {
    var e =
        catchThrowableOfType(
            ReferenceDataException.class,
            () -> loader("valid").indicatorSet(new VersionRef("mini", "7")));
    assertThat(e.errors().get(0).code()).isEqualTo(ValidationCode.FILE_NOT_FOUND);
  }

  @Test
  void ruleSetForAMissingIndicatorSetIsReported() {
    var error = onlyErrorOfRules("rules-unknown-set");
    assertError(error, "rules/mini-1.json", "indicatorSet", ValidationCode.UNKNOWN_INDICATOR_SET);
    assertThat(error.detail()).isEqualTo("mini-9");
  }

  @Test
  void ruleSetNamingAnUnknownItemIsReported() {
    var error = onlyErrorOfRules("rules-unknown-item");
    assertError(error, "rules/mini-1.json", "childProtectionItems", ValidationCode.UNKNOWN_ITEM);
    assertThat(error.detail()).isEqualTo("P99");
  }

  @Test
  void thresholdBelowOneIsReported() {
    assertError(
        onlyErrorOfRules("rules-bad-threshold"),
        "rules/mini-1.json",
        "mediumItemsForPossible",
        ValidationCode.INVALID_VALUE);
  }

  @Test
  void combinationNeedingNothingIsReported() {
    assertError(
        onlyErrorOfRules("rules-empty-combination"),
        "rules/mini-1.json",
        "dimensionPositiveIf[0]",
        ValidationCode.INVALID_VALUE);
  }
}
