package org.depder.domain.screening.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.depder.domain.screening.Answer;
import org.depder.domain.screening.Dimension;
import org.depder.domain.screening.Indicator;
import org.depder.domain.screening.Outcome;
import org.depder.domain.screening.PersonAge;
import org.depder.domain.screening.SafetyGate;
import org.depder.domain.screening.ScreeningContext;
import org.depder.domain.screening.ScreeningInput;
import org.depder.domain.screening.ScreeningResult;

/** Properties of the scoring over random screenings of the bundled draft set. */
class ScoringPropertiesTest {
  private static final List<String> ITEM_IDS =
      DraftData.SET.items().stream().map(Indicator::id).toList();
  private static final List<String> OBSERVATION_IDS =
      DraftData.SET.items().stream()
          .filter(i -> i.dimension() == Dimension.O)
          .map(Indicator::id)
          .toList();

  private static ScreeningResult score(ScreeningInput input) {
    return ScreeningScorer.score(DraftData.SET, DraftData.RULES, input);
  }

  @Provide
  Arbitrary<ScreeningInput> screenings() {
    return screeningsOver(ITEM_IDS, Arbitraries.of(Answer.class));
  }

  @Provide
  Arbitrary<String> itemIds() {
    return Arbitraries.of(ITEM_IDS);
  }

  private static Arbitrary<ScreeningInput> screeningsOver(
      List<String> ids, Arbitrary<Answer> answers) {
    Arbitrary<Map<String, Answer>> answerMaps =
        Arbitraries.maps(Arbitraries.of(ids), answers).ofMaxSize(ids.size());
    Arbitrary<PersonAge> ages =
        Arbitraries.oneOf(
            Arbitraries.integers().between(5, 70).map(PersonAge::adult),
            Arbitraries.just(PersonAge.unknown()),
            Arbitraries.just(PersonAge.presumedMinorOfUnknownAge()));
    Arbitrary<SafetyGate> gates =
        Combinators.combine(
                Arbitraries.of(Answer.class),
                Arbitraries.of(Answer.class),
                Arbitraries.of(Answer.class),
                Arbitraries.of(Answer.class))
            .as(SafetyGate::new);
    return Combinators.combine(
            Arbitraries.of(ScreeningContext.class),
            ages,
            gates,
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            answerMaps,
            Arbitraries.of(Set.<String>of(), Set.of("D508")))
        .as(ScreeningInput::new);
  }

  @Property(tries = 2000)
  void addingOneMoreYesNeverLowersTheOutcome(
      @ForAll("screenings") ScreeningInput input, @ForAll("itemIds") String item) {
    ScreeningResult before = score(input);
    ScreeningResult after = score(input.withAnswer(item, Answer.YES));

    assertThat(after.outcome()).isGreaterThanOrEqualTo(before.outcome());
    assertThat(after.indicatorOutcome()).isGreaterThanOrEqualTo(before.indicatorOutcome());
    if (before.childProtectionReferralSuggested()) {
      assertThat(after.childProtectionReferralSuggested()).isTrue();
    }
    for (int i = 0; i < before.dimensions().size(); i++) {
      if (before.dimensions().get(i).positive()) {
        assertThat(after.dimensions().get(i).positive()).isTrue();
      }
    }
  }

  @Property(tries = 1000)
  void unknownAndDeclinedNeverChangeTheResultComparedWithNo(
      @ForAll("screenings") ScreeningInput input) {
    Map<String, Answer> asNo = new HashMap<>();
    input.answers().forEach((id, a) -> asNo.put(id, a.counts() ? a : Answer.NO));
    ScreeningInput replaced =
        new ScreeningInput(
            input.context(),
            input.age(),
            input.gate(),
            input.screenerTrainedForSensitive(),
            input.workedAbroadBefore(),
            asNo,
            input.sexualVariantItems());

    assertThat(score(input)).isEqualTo(score(replaced));
  }

  @Property(tries = 1000)
  void observationsAloneNeverRiseAboveRiskPotential(
      @ForAll("observationOnlyScreenings") ScreeningInput input) {
    assertThat(score(input).indicatorOutcome()).isLessThanOrEqualTo(Outcome.RISK_POTENTIAL);
  }

  @Provide
  Arbitrary<ScreeningInput> observationOnlyScreenings() {
    return screeningsOver(OBSERVATION_IDS, Arbitraries.of(Answer.class));
  }

  @Property(tries = 1000)
  void theChildPathNeverLowersTheOutcome(@ForAll("screenings") ScreeningInput input) {
    ScreeningInput asAdult = withAge(input, PersonAge.adult(30));
    ScreeningInput asChild = withAge(input, PersonAge.adult(15));

    assertThat(score(asChild).indicatorOutcome())
        .isGreaterThanOrEqualTo(score(asAdult).indicatorOutcome());
  }

  private static ScreeningInput withAge(ScreeningInput input, PersonAge age) {
    SafetyGate gate = input.gate();
    return new ScreeningInput(
        input.context(),
        age,
        new SafetyGate(
            gate.aloneAndSafeToTalk(), gate.immediateDanger(), gate.urgentMedicalNeed(), Answer.NO),
        input.screenerTrainedForSensitive(),
        input.workedAbroadBefore(),
        input.answers(),
        input.sexualVariantItems());
  }

  @Property(tries = 1000)
  void answersToItemsThatDoNotApplyNeverChangeTheResult(
      @ForAll("screenings") ScreeningInput input) {
    Set<String> applicable =
        Applicability.applicableItems(
                DraftData.SET,
                input.context(),
                input.isChild(),
                input.screenerTrainedForSensitive(),
                input.workedAbroadBefore())
            .stream()
            .map(a -> a.indicator().id())
            .collect(Collectors.toSet());
    ScreeningInput withNoise = input;
    for (String id : ITEM_IDS) {
      if (!applicable.contains(id)) {
        withNoise = withNoise.withAnswer(id, Answer.YES);
      }
    }

    assertThat(score(withNoise)).isEqualTo(score(input));
  }

  @Property(tries = 1000)
  void scoringIsDeterministic(@ForAll("screenings") ScreeningInput input) {
    Map<String, Answer> reordered = new LinkedHashMap<>();
    input.answers().entrySet().stream()
        .sorted(Map.Entry.<String, Answer>comparingByKey().reversed())
        .forEach(e -> reordered.put(e.getKey(), e.getValue()));
    ScreeningInput same =
        new ScreeningInput(
            input.context(),
            input.age(),
            input.gate(),
            input.screenerTrainedForSensitive(),
            input.workedAbroadBefore(),
            reordered,
            input.sexualVariantItems());

    assertThat(score(input)).isEqualTo(score(input)).isEqualTo(score(same));
  }

  @Property(tries = 1000)
  void urgentSafetyKeepsTheIndicatorOutcome(@ForAll("screenings") ScreeningInput input) {
    ScreeningResult result = score(input);

    if (input.gate().urgent()) {
      assertThat(result.outcome()).isEqualTo(Outcome.URGENT_SAFETY);
    } else {
      assertThat(result.outcome()).isEqualTo(result.indicatorOutcome());
    }
    assertThat(result.indicatorOutcome()).isNotEqualTo(Outcome.URGENT_SAFETY);
  }

  @Property(tries = 500)
  void everyResultCarriesTheRuleSetVersionAndAtLeastOneReason(
      @ForAll("screenings") ScreeningInput input) {
    ScreeningResult result = score(input);

    assertThat(result.ruleSetVersion()).isEqualTo("tm-draft-2025.1");
    assertThat(result.reasons()).isNotEmpty();
  }
}
