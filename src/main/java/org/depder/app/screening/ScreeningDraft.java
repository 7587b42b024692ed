package org.depder.app.screening;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.depder.domain.screening.Answer;
import org.depder.domain.screening.SafetyGate;
import org.depder.domain.screening.ScreenerJudgement;
import org.depder.domain.screening.ScreeningInput;

/**
 * One screening record as it is being taken (DOMAIN 1.9 sections 0-8), immutable: every edit
 * returns a new value, so the ViewModel can hand a consistent snapshot to a background save.
 *
 * @param id the record's id, the same for every revision
 * @param revision 1 for the first; a correction of a finalised record is the next revision
 * @param correctionReason why a revision after the first was made
 * @param screenerId the signed-in user who screens
 * @param ruleSetVersion the rule set the result is computed with, kept for later re-scoring
 * @param stop set when the screening ended at the safety gate or the consent question
 */
public record ScreeningDraft(
    UUID id,
    int revision,
    Optional<String> correctionReason,
    String screenerId,
    Instant startedAt,
    Instant updatedAt,
    String ruleSetVersion,
    InterviewSetting setting,
    PersonWishes wishes,
    SafetyGate gate,
    VerbalConsent verbalConsent,
    ChildProtection childProtection,
    PersonDetails person,
    Journey journey,
    IndicatorAnswers answers,
    Optional<ScreenerJudgement> judgement,
    ConsentDecisions consents,
    NextAction action,
    Optional<StopReason> stop,
    DraftStatus status) {
  public ScreeningDraft {
    Objects.requireNonNull(id, "id");
    if (revision < 1) {
      throw new IllegalArgumentException("revisions start at 1");
    }
    Objects.requireNonNull(correctionReason, "correctionReason");
    Objects.requireNonNull(screenerId, "screenerId");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
    Objects.requireNonNull(setting, "setting");
    Objects.requireNonNull(wishes, "wishes");
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(verbalConsent, "verbalConsent");
    Objects.requireNonNull(childProtection, "childProtection");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(journey, "journey");
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(judgement, "judgement");
    Objects.requireNonNull(consents, "consents");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(stop, "stop");
    Objects.requireNonNull(status, "status");
  }

  /** A gate nobody has answered yet: Unknown never stops a screening by itself. */
  public static SafetyGate unansweredGate() {
    return new SafetyGate(Answer.UNKNOWN, Answer.UNKNOWN, Answer.UNKNOWN, Answer.UNKNOWN);
  }

  public boolean finalised() {
    return status == DraftStatus.FINALISED;
  }

  /** Child path as the scorer decides it: under 18, presumed minor, or apparent child. */
  public boolean childPath() {
    return toInput().isChild();
  }

  public ScreeningInput toInput() {
    return new ScreeningInput(
        setting.context(),
        person.toPersonAge(),
        gate,
        setting.screenerTrainedForSensitive(),
        journey.workedAbroadBefore(),
        answers.answers(),
        answers.sexualVariantItems());
  }

  public ScreeningDraft withSetting(InterviewSetting value) {
    return copy(value, wishes, gate, verbalConsent, childProtection, person, journey, answers);
  }

  public ScreeningDraft withWishes(PersonWishes value) {
    return copy(setting, value, gate, verbalConsent, childProtection, person, journey, answers);
  }

  public ScreeningDraft withGate(SafetyGate value) {
    return copy(setting, wishes, value, verbalConsent, childProtection, person, journey, answers);
  }

  public ScreeningDraft withVerbalConsent(VerbalConsent value) {
    return copy(setting, wishes, gate, value, childProtection, person, journey, answers);
  }

  public ScreeningDraft withChildProtection(ChildProtection value) {
    return copy(setting, wishes, gate, verbalConsent, value, person, journey, answers);
  }

  public ScreeningDraft withPerson(PersonDetails value) {
    return copy(setting, wishes, gate, verbalConsent, childProtection, value, journey, answers);
  }

  public ScreeningDraft withJourney(Journey value) {
    return copy(setting, wishes, gate, verbalConsent, childProtection, person, value, answers);
  }

  public ScreeningDraft withAnswers(IndicatorAnswers value) {
    return copy(setting, wishes, gate, verbalConsent, childProtection, person, journey, value);
  }

  public ScreeningDraft withJudgement(Optional<ScreenerJudgement> value) {
    return new ScreeningDraft(
        id,
        revision,
        correctionReason,
        screenerId,
        startedAt,
        updatedAt,
        ruleSetVersion,
        setting,
        wishes,
        gate,
        verbalConsent,
        childProtection,
        person,
        journey,
        answers,
        value,
        consents,
        action,
        stop,
        status);
  }

  public ScreeningDraft withConsents(ConsentDecisions value) {
    return new ScreeningDraft(
        id,
        revision,
        correctionReason,
        screenerId,
        startedAt,
        updatedAt,
        ruleSetVersion,
        setting,
        wishes,
        gate,
        verbalConsent,
        childProtection,
        person,
        journey,
        answers,
        judgement,
        value,
        action,
        stop,
        status);
  }

  public ScreeningDraft withAction(NextAction value) {
    return new ScreeningDraft(
        id,
        revision,
        correctionReason,
        screenerId,
        startedAt,
        updatedAt,
        ruleSetVersion,
        setting,
        wishes,
        gate,
        verbalConsent,
        childProtection,
        person,
        journey,
        answers,
        judgement,
        consents,
        value,
        stop,
        status);
  }

  public ScreeningDraft withStop(Optional<StopReason> value) {
    return new ScreeningDraft(
        id,
        revision,
        correctionReason,
        screenerId,
        startedAt,
        updatedAt,
        ruleSetVersion,
        setting,
        wishes,
        gate,
        verbalConsent,
        childProtection,
        person,
        journey,
        answers,
        judgement,
        consents,
        action,
        value,
        status);
  }

  ScreeningDraft withStatus(DraftStatus value, Instant at) {
    return new ScreeningDraft(
        id,
        revision,
        correctionReason,
        screenerId,
        startedAt,
        at,
        ruleSetVersion,
        setting,
        wishes,
        gate,
        verbalConsent,
        childProtection,
        person,
        journey,
        answers,
        judgement,
        consents,
        action,
        stop,
        value);
  }

  ScreeningDraft touched(Instant at) {
    return withStatus(status, at);
  }

  ScreeningDraft asRevision(int next, String reason, Instant at) {
    return new ScreeningDraft(
        id,
        next,
        Optional.of(reason),
        screenerId,
        startedAt,
        at,
        ruleSetVersion,
        setting,
        wishes,
        gate,
        verbalConsent,
        childProtection,
        person,
        journey,
        answers,
        judgement,
        consents,
        action,
        stop,
        DraftStatus.IN_PROGRESS);
  }

  /**
   * What is kept of a screening that stopped at the safety gate or at the consent question: the
   * context, the person's wishes, the gate and the consent answer. Anything typed before the stop
   * stays in the draft while it is open (the screener may go back after a mistaken answer), but is
   * not finalised: without consent it must not be recorded (DOMAIN 1.8, 1.9 section 1).
   */
  public ScreeningDraft minimumAtStop() {
    return new ScreeningDraft(
        id,
        revision,
        correctionReason,
        screenerId,
        startedAt,
        updatedAt,
        ruleSetVersion,
        setting,
        wishes,
        gate,
        verbalConsent,
        childProtection,
        PersonDetails.unknown(),
        Journey.unknown(),
        IndicatorAnswers.none(),
        Optional.empty(),
        ConsentDecisions.none(),
        NextAction.none(),
        stop,
        status);
  }

  private ScreeningDraft copy(
      InterviewSetting setting,
      PersonWishes wishes,
      SafetyGate gate,
      VerbalConsent verbalConsent,
      ChildProtection childProtection,
      PersonDetails person,
      Journey journey,
      IndicatorAnswers answers) {
    return new ScreeningDraft(
        id,
        revision,
        correctionReason,
        screenerId,
        startedAt,
        updatedAt,
        ruleSetVersion,
        setting,
        wishes,
        gate,
        verbalConsent,
        childProtection,
        person,
        journey,
        answers,
        judgement,
        consents,
        action,
        stop,
        status);
  }
}
