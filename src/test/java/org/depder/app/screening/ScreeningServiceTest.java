package org.depder.app.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.depder.app.i18n.Language;
import org.depder.domain.screening.Answer;
import org.depder.domain.screening.Outcome;
import org.depder.domain.screening.SafetyGate;
import org.depder.domain.screening.ScreenerJudgement;
import org.depder.domain.screening.ScreeningContext;
import org.depder.domain.screening.scoring.AskMode;
import org.junit.jupiter.api.Test;

class ScreeningServiceTest {
  private final InMemoryScreeningDraftRepository repository =
      new InMemoryScreeningDraftRepository();
  private final ScreeningService service = ScreeningFixtures.service(repository);

  @Test
  void aSavedDraftIsFoundAndListedUntilFinalised() throws Exception {
    ScreeningDraft draft = service.start("screener-1", Language.TK);
    ScreeningDraft saved = service.save(draft.withGate(SafetyGate.clear()));

    assertThat(service.find(draft.id())).contains(saved);
    assertThat(service.drafts()).containsExactly(saved);
    assertThat(saved.ruleSetVersion()).isEqualTo("tm-draft-2025.1");
  }

  @Test
  void aFinalisedScreeningNeverChangesAndACorrectionIsTheNextRevision() throws Exception {
    ScreeningDraft stopped =
        service
            .start("screener-1", Language.RU)
            .withGate(new SafetyGate(Answer.NO, Answer.NO, Answer.NO, Answer.UNKNOWN))
            .withStop(Optional.of(StopReason.NOT_SAFE_TO_TALK));
    ScreeningDraft finalised = service.finalise(stopped);

    assertThat(finalised.finalised()).isTrue();
    assertThat(service.drafts()).isEmpty();
    assertThatThrownBy(() -> service.save(stopped)).isInstanceOf(FinalisedScreeningException.class);
    assertThatThrownBy(() -> service.save(finalised))
        .isInstanceOf(FinalisedScreeningException.class);

    ScreeningDraft correction = service.correct(finalised.id(), "gate answer typed wrongly");
    assertThat(correction.revision()).isEqualTo(2);
    assertThat(correction.correctionReason()).contains("gate answer typed wrongly");
    assertThat(correction.finalised()).isFalse();
    assertThat(service.revisions(finalised.id()))
        .extracting(ScreeningDraft::revision)
        .containsExactly(1, 2);
    assertThat(service.revisions(finalised.id()).get(0)).isEqualTo(finalised);
    assertThatThrownBy(() -> service.correct(finalised.id(), " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void finalisingAnIncompleteScreeningNamesWhatIsMissingAndStoresNothing() {
    ScreeningDraft draft = service.start("screener-1", Language.EN);

    assertThatThrownBy(() -> service.finalise(draft))
        .isInstanceOfSatisfying(
            IncompleteScreeningException.class,
            e ->
                assertThat(e.problems())
                    .contains(DraftProblem.GATE_UNANSWERED, DraftProblem.CONSENT_UNANSWERED));
    assertThat(repository.saves()).isZero();
  }

  @Test
  void loweringTheComputedOutcomeNeedsAReasonAndACoordinator() {
    ScreeningDraft draft =
        service
            .start("s", Language.EN)
            .withJudgement(
                Optional.of(
                    new ScreenerJudgement(
                        Outcome.POSSIBLE_REFER_SECOND_LINE,
                        Outcome.RISK_POTENTIAL,
                        Optional.empty(),
                        Optional.empty())));
    assertThat(DraftChecks.judgement(draft))
        .containsExactly(
            DraftProblem.LOWERING_NEEDS_REASON, DraftProblem.LOWERING_NEEDS_COORDINATOR);
  }

  @Test
  void contradictionsAndImpossibleValuesAreReportedNotThrown() {
    ScreeningDraft base = service.start("s", Language.EN);
    PersonDetails minorInAdultBand =
        new PersonDetails(
            OptionalInt.of(15),
            Optional.of(AgeBand.FROM_18_TO_25),
            AgeCertainty.CERTAIN,
            false,
            Sex.FEMALE,
            Optional.of("TM"),
            true,
            Accompaniment.ALONE);
    assertThat(DraftChecks.person(base.withPerson(minorInAdultBand)))
        .containsExactly(
            DraftProblem.AGE_MINOR_BUT_CERTAIN_ADULT, DraftProblem.STATELESS_WITH_CITIZENSHIP);

    Journey future =
        new Journey(
            Optional.empty(),
            Optional.empty(),
            TravelPurpose.WORK,
            TravelArranger.SELF,
            OptionalInt.of(-2),
            Optional.of(LocalDate.of(2026, 4, 1)),
            false);
    assertThat(DraftChecks.journey(base.withJourney(future), service.today()))
        .containsExactly(DraftProblem.RETURN_DATE_IN_FUTURE, DraftProblem.MONTHS_ABROAD_IMPOSSIBLE);
  }

  @Test
  void aChildBandPutsThePersonOnTheChildPathAndShowsChildOnlyItems() {
    ScreeningDraft child =
        service
            .start("s", Language.TK)
            .withSetting(
                new InterviewSetting(
                    Optional.empty(),
                    ScreeningContext.ENTRY_RETURNEE,
                    Language.TK,
                    InterpreterMode.NONE,
                    false))
            .withPerson(
                new PersonDetails(
                    OptionalInt.empty(),
                    Optional.of(AgeBand.FROM_14_TO_17),
                    AgeCertainty.ESTIMATED,
                    false,
                    Sex.MALE,
                    Optional.of("TM"),
                    false,
                    Accompaniment.NON_RELATIVE));

    assertThat(child.childPath()).isTrue();
    assertThat(service.applicableItems(child))
        .extracting(i -> i.indicator().id())
        .contains("D408")
        .doesNotContain("P08"); // P08 is for exit and foreigners
    assertThat(service.applicableItems(child.withPerson(PersonDetails.unknown())))
        .extracting(i -> i.indicator().id())
        .doesNotContain("D408");
    assertThat(service.applicableItems(child))
        .filteredOn(i -> i.indicator().id().equals("D406"))
        .extracting(i -> i.mode())
        .containsExactly(AskMode.DISCLOSURE_ONLY);
  }

  @Test
  void withdrawingAGivenConsentIsKeptAsWithdrawn() {
    ConsentDecisions decisions =
        ConsentDecisions.none()
            .decide(ConsentPurpose.REFERRAL, ConsentDecision.GIVEN)
            .decide(ConsentPurpose.REFERRAL, ConsentDecision.REFUSED)
            .decide(ConsentPurpose.FAMILY_CONTACT, ConsentDecision.REFUSED);
    assertThat(decisions.decision(ConsentPurpose.REFERRAL)).contains(ConsentDecision.WITHDRAWN);
    assertThat(decisions.decision(ConsentPurpose.FAMILY_CONTACT)).contains(ConsentDecision.REFUSED);
    assertThat(decisions.decision(ConsentPurpose.LAW_ENFORCEMENT)).isEmpty();
  }
}
