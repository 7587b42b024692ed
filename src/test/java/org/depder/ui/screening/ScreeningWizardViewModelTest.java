package org.depder.ui.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.depder.app.SameThreadTaskRunner;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.app.screening.AgeBand;
import org.depder.app.screening.AgeCertainty;
import org.depder.app.screening.ConsentDecision;
import org.depder.app.screening.ConsentPurpose;
import org.depder.app.screening.InMemoryScreeningDraftRepository;
import org.depder.app.screening.PersonDetails;
import org.depder.app.screening.ReferralTarget;
import org.depder.app.screening.ScreeningDraft;
import org.depder.app.screening.ScreeningFixtures;
import org.depder.app.screening.ScreeningWorkspace;
import org.depder.app.screening.StopReason;
import org.depder.app.screening.VerbalConsent;
import org.depder.domain.screening.Answer;
import org.depder.domain.screening.Outcome;
import org.depder.domain.screening.ScreeningContext;
import org.depder.ui.LiveTexts;
import org.depder.ui.RecordingDialogService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The wizard without a Stage: every step, the stops, the child path, the judgement rule. */
class ScreeningWizardViewModelTest {
  static final Set<String> ADULT_PRESUMED =
      Set.of("ACT01", "D101", "D102", "D401", "D402", "D501", "D503");

  private final InMemoryScreeningDraftRepository repository =
      new InMemoryScreeningDraftRepository();
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private LiveTexts texts;
  private ScreeningWorkspace workspace;
  private ScreeningWizardViewModel wizard;
  private int backToList;

  @BeforeEach
  void setUp() throws Exception {
    texts = new LiveTexts(Language.EN, Messages::load);
    workspace =
        ScreeningWorkspace.load(ReferenceDataLoader.bundled(), repository, ScreeningFixtures.CLOCK);
    wizard =
        new ScreeningWizardViewModel(
            texts,
            workspace,
            new SameThreadTaskRunner(),
            dialogs,
            Duration.ZERO,
            () -> backToList++,
            Optional.empty());
    wizard.open(workspace.service().start("screener-7", Language.EN));
  }

  @Test
  void anAdultWithActMeansAndExploitationIsAPresumedVictimReferredToTheNrm() {
    context(ScreeningContext.ENTRY_RETURNEE);
    clearGate();
    consent(VerbalConsent.GIVEN);
    wizard.person().ageTextProperty().set("31");
    wizard.person().certaintyProperty().set(AgeCertainty.CERTAIN);
    assertThat(wizard.next()).isTrue();
    assertThat(wizard.next()).isTrue(); // journey: nothing is required
    answerAll(ADULT_PRESUMED);
    assertThat(wizard.next()).isTrue();

    assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.RESULT);
    assertThat(wizard.result().resultProperty().get().outcome())
        .isEqualTo(Outcome.PRESUMED_VICTIM_REFER_NRM);
    assertThat(wizard.result().resultProperty().get().ruleSetVersion())
        .isEqualTo("tm-draft-2025.1");
    assertThat(wizard.next()).isTrue();
    wizard.consents().rightsExplainedProperty().set(true);
    wizard.consents().decisionProperty(ConsentPurpose.REFERRAL).set(ConsentDecision.GIVEN);
    assertThat(wizard.next()).isTrue();

    assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.ACTION);
    assertThat(wizard.action().referralProperty(ReferralTarget.NRM_COORDINATOR).get()).isTrue();
    assertThat(wizard.action().referralProperty(ReferralTarget.CHILD_PROTECTION).get()).isFalse();
    assertThat(wizard.next()).isTrue();

    ScreeningDraft stored = repository.latest(wizard.draft().id()).orElseThrow();
    assertThat(stored.finalised()).isTrue();
    assertThat(stored.answers().answer("D503")).isEqualTo(Answer.YES);
    assertThat(stored.consents().decision(ConsentPurpose.REFERRAL)).contains(ConsentDecision.GIVEN);
    assertThat(backToList).isEqualTo(1);
  }

  @Test
  void aFifteenYearOldTakesTheChildPathAndIsSuggestedChildProtection() {
    context(ScreeningContext.ENTRY_RETURNEE);
    clearGate();
    assertThat(wizard.childPathProperty().get()).isFalse();
    consent(VerbalConsent.GIVEN);
    wizard.person().ageTextProperty().set("15");
    assertThat(wizard.childPathProperty().get()).isTrue();
    assertThat(wizard.indicators().items()).extracting(IndicatorItemModel::id).contains("D408");
    wizard.next();
    wizard.next();
    answerAll(Set.of("ACT01", "D407"));
    wizard.next();

    var result = wizard.result().resultProperty().get();
    assertThat(result.outcome()).isEqualTo(Outcome.PRESUMED_VICTIM_REFER_NRM);
    assertThat(result.childProtectionReferralSuggested()).isTrue();
    wizard.next();
    wizard.next();
    assertThat(wizard.action().referralProperty(ReferralTarget.CHILD_PROTECTION).get()).isTrue();
    assertThat(wizard.action().referralProperty(ReferralTarget.NRM_COORDINATOR).get()).isTrue();
  }

  @Test
  void notSafeToTalkStopsTheInterviewAndKeepsOnlyTheMinimum() {
    context(ScreeningContext.EXIT);
    wizard.safety().aloneAndSafeProperty().set(Answer.NO);
    wizard.safety().immediateDangerProperty().set(Answer.NO);
    wizard.safety().urgentMedicalNeedProperty().set(Answer.NO);
    assertThat(wizard.next()).isTrue();

    assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.STOPPED);
    assertThat(wizard.draft().stop()).contains(StopReason.NOT_SAFE_TO_TALK);
    assertThat(wizard.hotlines()).isNotEmpty();
    wizard.next(); // finish

    ScreeningDraft stored = repository.latest(wizard.draft().id()).orElseThrow();
    assertThat(stored.finalised()).isTrue();
    assertThat(stored.stop()).contains(StopReason.NOT_SAFE_TO_TALK);
    assertThat(stored.person()).isEqualTo(PersonDetails.unknown());
    assertThat(stored.setting().context()).isEqualTo(ScreeningContext.EXIT);
  }

  @Test
  void urgentMedicalNeedStopsAndBackUndoesAMistakenStop() {
    wizard.next();
    wizard.safety().aloneAndSafeProperty().set(Answer.YES);
    wizard.safety().immediateDangerProperty().set(Answer.NO);
    wizard.safety().urgentMedicalNeedProperty().set(Answer.YES);
    wizard.next();
    assertThat(wizard.draft().stop()).contains(StopReason.URGENT_SAFETY);

    wizard.back();
    assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.SAFETY);
    assertThat(wizard.draft().stop()).isEmpty();
  }

  @Test
  void noConsentStopsPolitely() {
    wizard.next();
    clearGate();
    consent(VerbalConsent.REFUSED);
    assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.STOPPED);
    assertThat(wizard.draft().stop()).contains(StopReason.NO_CONSENT);
  }

  @Test
  void unansweredGateQuestionsBlockTheStepOnlyAfterTryingToGoOn() {
    wizard.next();
    assertThat(wizard.problemKeys()).isEmpty();
    assertThat(wizard.next()).isFalse();
    assertThat(wizard.problemKeys()).containsExactly("screening.problem.gateUnanswered");
    assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.SAFETY);
  }

  @Test
  void badInputIsExplainedAndWhatWasTypedIsKept() {
    wizard.next();
    clearGate();
    consent(VerbalConsent.GIVEN);
    wizard.person().ageTextProperty().set("1S");
    assertThat(wizard.problemKeys()).containsExactly("screening.problem.ageNotNumber");
    assertThat(wizard.person().ageTextProperty().get()).isEqualTo("1S");
    assertThat(wizard.next()).isFalse();

    wizard.person().ageTextProperty().set("15");
    wizard.person().bandProperty().set(AgeBand.FROM_18_TO_25);
    wizard.person().certaintyProperty().set(AgeCertainty.CERTAIN);
    assertThat(wizard.problemKeys()).containsExactly("screening.problem.minorButAdult");
    assertThat(wizard.next()).isFalse();

    wizard.person().ageTextProperty().set("200");
    wizard.person().bandProperty().set(null);
    assertThat(wizard.problemKeys()).containsExactly("screening.problem.ageImpossible");
    assertThat(texts.messages().text(wizard.problemKeys().get(0))).contains("not possible");
  }

  @Test
  void loweringTheResultNeedsAReasonAndACoordinator() {
    context(ScreeningContext.ENTRY_RETURNEE);
    clearGate();
    consent(VerbalConsent.GIVEN);
    wizard.next();
    wizard.next();
    answerAll(Set.of("D101"));
    wizard.next();
    assertThat(wizard.result().resultProperty().get().outcome())
        .isEqualTo(Outcome.POSSIBLE_REFER_SECOND_LINE);

    wizard.result().chosenProperty().set(Outcome.RISK_POTENTIAL);
    assertThat(wizard.next()).isFalse();
    assertThat(wizard.problemKeys())
        .containsExactly(
            "screening.problem.loweringReason", "screening.problem.loweringCoordinator");

    wizard.result().reasonProperty().set("Deception concerned a relative, not the person");
    wizard.result().coordinatorProperty().set("C-12");
    assertThat(wizard.next()).isTrue();
    assertThat(wizard.draft().judgement()).isPresent();

    wizard.back();
    wizard.result().chosenProperty().set(Outcome.PRESUMED_VICTIM_REFER_NRM);
    wizard.result().reasonProperty().set("");
    wizard.result().coordinatorProperty().set("");
    assertThat(wizard.next()).as("raising needs nothing").isTrue();
  }

  @Test
  void aJudgementFollowsTheComputedOutcomeAndTheNewestDraftIsTheOneSaved() {
    context(ScreeningContext.ENTRY_RETURNEE);
    clearGate();
    consent(VerbalConsent.GIVEN);
    wizard.next();
    wizard.next();
    answerAll(Set.of("D101"));
    wizard.next();
    wizard.result().chosenProperty().set(Outcome.PRESUMED_VICTIM_REFER_NRM);
    wizard.back();

    wizard.indicators().items().stream()
        .filter(i -> i.id().equals("D101"))
        .findFirst()
        .orElseThrow()
        .answerProperty()
        .set(Answer.NO);

    var stored = repository.latest(wizard.draft().id()).orElseThrow();
    assertThat(stored.judgement().orElseThrow().computed())
        .isEqualTo(Outcome.NO_INDICATORS_THIS_SCREENING);
    assertThat(stored.judgement()).isEqualTo(wizard.draft().judgement());
    assertThat(stored.answers()).isEqualTo(wizard.draft().answers());
  }

  @Test
  void theScreenShownToThePersonUsesTheInterviewLanguageWhateverTheUiLanguage() {
    wizard.context().interviewLanguageProperty().set(Language.RU);
    var personText = wizard.labels().personText();
    wizard.next();
    clearGate();
    assertThat(personText.get()).contains("Я хотел(а) бы задать вам");
    consent(VerbalConsent.GIVEN);
    wizard.next();
    wizard.next();
    wizard.indicators().currentProperty().set(wizard.indicators().items().get(0));
    assertThat(personText.get())
        .isEqualTo(wizard.indicators().items().get(0).indicator().personText().ru());

    texts.switchTo(Language.TK);
    assertThat(personText.get())
        .isEqualTo(wizard.indicators().items().get(0).indicator().personText().ru());
    assertThat(wizard.labels().stepTitle().get()).isEqualTo("Görkezijiler");
  }

  @Test
  void everyChangeIsSavedAndLeavingKeepsTheDraftInTheList() throws Exception {
    wizard.context().interviewLanguageProperty().set(Language.TK);
    int saves = repository.saves();
    wizard.context().trainedProperty().set(true);
    assertThat(repository.saves()).isEqualTo(saves + 1);
    assertThat(wizard.saveStateProperty().get()).isEqualTo(SaveState.SAVED);

    wizard.leave();
    assertThat(backToList).isEqualTo(1);
    assertThat(workspace.service().drafts())
        .extracting(ScreeningDraft::id)
        .containsExactly(wizard.draft().id());
    assertThat(workspace.service().drafts().get(0).setting().screenerTrainedForSensitive())
        .isTrue();
  }

  @Test
  void aReopenedDraftContinuesAtTheStepWhereItWasLeftAfterARestart() throws Exception {
    context(ScreeningContext.ENTRY_RETURNEE);
    clearGate();
    consent(VerbalConsent.GIVEN);
    wizard.person().ageTextProperty().set("27");
    assertThat(wizard.next()).isTrue();
    assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.JOURNEY);
    wizard.leave();

    ScreeningDraft stored = workspace.service().drafts().get(0);
    assertThat(stored.openStep()).contains("JOURNEY");
    ScreeningWizardViewModel restarted =
        new ScreeningWizardViewModel(
            texts,
            workspace,
            new SameThreadTaskRunner(),
            dialogs,
            Duration.ZERO,
            () -> {},
            Optional.empty());
    int saves = repository.saves();
    restarted.open(stored);

    assertThat(restarted.stepProperty().get()).isEqualTo(WizardStep.JOURNEY);
    assertThat(restarted.person().ageTextProperty().get()).isEqualTo("27");
    assertThat(repository.saves()).as("opening is not an edit").isEqualTo(saves);
    restarted.back();
    assertThat(workspace.service().drafts().get(0).openStep()).contains("PERSON");
  }

  @Test
  void aDraftThatRemembersNoStepOrAStoppedOneOpensWhereItMust() {
    ScreeningDraft fresh = workspace.service().start("screener-7", Language.EN);
    assertThat(WizardFlow.resumeAt(fresh)).isEqualTo(WizardStep.CONTEXT);
    assertThat(WizardFlow.resumeAt(fresh.withOpenStep("NO_SUCH_STEP")))
        .isEqualTo(WizardStep.CONTEXT);
    assertThat(WizardFlow.resumeAt(fresh.withOpenStep("STOPPED"))).isEqualTo(WizardStep.CONTEXT);
    assertThat(
            WizardFlow.resumeAt(
                fresh
                    .withOpenStep("RESULT")
                    .withStop(java.util.Optional.of(StopReason.NO_CONSENT))))
        .isEqualTo(WizardStep.STOPPED);
  }

  @Test
  void theComputedOutcomeIsChosenUntilTheScreenerChoosesAnother() {
    context(ScreeningContext.ENTRY_RETURNEE);
    clearGate();
    consent(VerbalConsent.GIVEN);
    wizard.next();
    wizard.next();
    answerAll(Set.of("D101"));
    wizard.next();
    var result = wizard.result();

    assertThat(result.chosenProperty().get()).isEqualTo(Outcome.POSSIBLE_REFER_SECOND_LINE);
    assertThat(result.direction()).isEqualTo(ResultStepModel.Direction.AS_COMPUTED);
    assertThat(wizard.draft().judgement()).isEmpty();

    result.chosenProperty().set(Outcome.PRESUMED_VICTIM_REFER_NRM);
    assertThat(result.direction()).isEqualTo(ResultStepModel.Direction.RAISED);
    result.chosenProperty().set(Outcome.RISK_POTENTIAL);
    assertThat(result.direction()).isEqualTo(ResultStepModel.Direction.LOWERED);
    assertThat(texts.messages().text("screening.judgement.lowered", "x")).contains("reason");
    result.chosenProperty().set(Outcome.POSSIBLE_REFER_SECOND_LINE);
    assertThat(wizard.draft().judgement()).isEmpty();

    // going back and changing an answer: the choice follows the computed outcome
    wizard.back();
    wizard.indicators().items().stream()
        .filter(i -> i.id().equals("D101"))
        .findFirst()
        .orElseThrow()
        .answerProperty()
        .set(Answer.NO);
    wizard.next();
    assertThat(result.chosenProperty().get()).isEqualTo(Outcome.NO_INDICATORS_THIS_SCREENING);
    assertThat(wizard.draft().judgement()).isEmpty();
  }

  @Test
  void aBirthYearThatIsNotANumberOrContradictsTheAgeIsShownAndKeptAsTyped() {
    context(ScreeningContext.ENTRY_RETURNEE);
    clearGate();
    consent(VerbalConsent.GIVEN);
    wizard.person().ageTextProperty().set("30");
    wizard.link().birthYearTextProperty().set("19x0");
    assertThat(wizard.problemKeys()).containsExactly("screening.problem.birthYearNotNumber");
    assertThat(wizard.link().birthYearTextProperty().get()).isEqualTo("19x0");
    wizard.link().birthYearTextProperty().set("1970");
    assertThat(wizard.problemKeys()).containsExactly("screening.problem.birthYearContradictsAge");
    assertThat(wizard.next()).isFalse();
    wizard.link().birthYearTextProperty().set("1996");
    assertThat(wizard.next()).as("without a vault nobody is looked up").isTrue();
    assertThat(wizard.draft().identification().birthYear()).hasValue(1996);
    assertThat(wizard.draft().identification().personId()).isEmpty();
  }

  private void context(ScreeningContext context) {
    wizard.context().contextProperty().set(context);
    assertThat(wizard.next()).isTrue();
  }

  private void clearGate() {
    wizard.safety().aloneAndSafeProperty().set(Answer.YES);
    wizard.safety().immediateDangerProperty().set(Answer.NO);
    wizard.safety().urgentMedicalNeedProperty().set(Answer.NO);
    assertThat(wizard.next()).isTrue();
  }

  private void consent(VerbalConsent consent) {
    wizard.consent().consentProperty().set(consent);
    assertThat(wizard.next()).isTrue();
  }

  private void answerAll(Set<String> yes) {
    assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.INDICATORS);
    for (IndicatorItemModel item : wizard.indicators().items()) {
      if (yes.contains(item.id())) {
        item.answerProperty().set(Answer.YES);
      } else if (!item.disclosureOnly()) {
        item.answerProperty().set(Answer.NO);
      }
    }
  }
}
