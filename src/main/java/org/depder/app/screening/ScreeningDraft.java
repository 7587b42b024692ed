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
 * @param identification the person's name, birth year and document if given, and the person record
 *     the screening is linked to (format 2)
 * @param openStep the wizard step open at the last save, so a reopened draft continues there; a
 *     step name the UI does not know opens the first step (format 2)
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
    DraftStatus status,
    PersonIdentification identification,
    Optional<String> openStep) {
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
    Objects.requireNonNull(identification, "identification");
    Objects.requireNonNull(openStep, "openStep");
  }

  /** A draft of format 1: no identification, no remembered step. */
  public ScreeningDraft(
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
    this(
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
        status,
        PersonIdentification.none(),
        Optional.empty());
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
    return change(f -> f.setting = value);
  }

  public ScreeningDraft withWishes(PersonWishes value) {
    return change(f -> f.wishes = value);
  }

  public ScreeningDraft withGate(SafetyGate value) {
    return change(f -> f.gate = value);
  }

  public ScreeningDraft withVerbalConsent(VerbalConsent value) {
    return change(f -> f.verbalConsent = value);
  }

  public ScreeningDraft withChildProtection(ChildProtection value) {
    return change(f -> f.childProtection = value);
  }

  public ScreeningDraft withPerson(PersonDetails value) {
    return change(f -> f.person = value);
  }

  public ScreeningDraft withJourney(Journey value) {
    return change(f -> f.journey = value);
  }

  public ScreeningDraft withAnswers(IndicatorAnswers value) {
    return change(f -> f.answers = value);
  }

  public ScreeningDraft withJudgement(Optional<ScreenerJudgement> value) {
    return change(f -> f.judgement = value);
  }

  public ScreeningDraft withConsents(ConsentDecisions value) {
    return change(f -> f.consents = value);
  }

  public ScreeningDraft withAction(NextAction value) {
    return change(f -> f.action = value);
  }

  public ScreeningDraft withStop(Optional<StopReason> value) {
    return change(f -> f.stop = value);
  }

  public ScreeningDraft withIdentification(PersonIdentification value) {
    return change(f -> f.identification = value);
  }

  /** Remembers the open step (a name of the UI's step enum) for the next time it is opened. */
  public ScreeningDraft withOpenStep(String stepName) {
    return change(f -> f.openStep = Optional.of(stepName));
  }

  ScreeningDraft withStatus(DraftStatus value, Instant at) {
    return change(
        f -> {
          f.status = value;
          f.updatedAt = at;
        });
  }

  ScreeningDraft touched(Instant at) {
    return withStatus(status, at);
  }

  ScreeningDraft asRevision(int next, String reason, Instant at) {
    return change(
        f -> {
          f.revision = next;
          f.correctionReason = Optional.of(reason);
          f.updatedAt = at;
          f.status = DraftStatus.IN_PROGRESS;
          f.openStep = Optional.empty();
        });
  }

  /**
   * What is kept of a screening that stopped at the safety gate or at the consent question: the
   * context, the person's wishes, the gate and the consent answer. Anything typed before the stop
   * stays in the draft while it is open (the screener may go back after a mistaken answer), but is
   * not finalised: without consent it must not be recorded (DOMAIN 1.8, 1.9 section 1).
   */
  public ScreeningDraft minimumAtStop() {
    return change(
        f -> {
          f.person = PersonDetails.unknown();
          f.journey = Journey.unknown();
          f.answers = IndicatorAnswers.none();
          f.judgement = Optional.empty();
          f.consents = ConsentDecisions.none();
          f.action = NextAction.none();
          f.identification = PersonIdentification.none();
        });
  }

  /** Ids and state only: the record holds answers about a person and ends up in test output. */
  @Override
  public String toString() {
    return "ScreeningDraft[id=" + id + ", revision=" + revision + ", status=" + status + "]";
  }

  private ScreeningDraft change(java.util.function.Consumer<Fields> edit) {
    Fields f = new Fields(this);
    edit.accept(f);
    return f.build();
  }

  /** The components as a mutable bag, so each {@code with} names only what it changes. */
  private static final class Fields {
    UUID id;
    int revision;
    Optional<String> correctionReason;
    String screenerId;
    Instant startedAt;
    Instant updatedAt;
    String ruleSetVersion;
    InterviewSetting setting;
    PersonWishes wishes;
    SafetyGate gate;
    VerbalConsent verbalConsent;
    ChildProtection childProtection;
    PersonDetails person;
    Journey journey;
    IndicatorAnswers answers;
    Optional<ScreenerJudgement> judgement;
    ConsentDecisions consents;
    NextAction action;
    Optional<StopReason> stop;
    DraftStatus status;
    PersonIdentification identification;
    Optional<String> openStep;

    Fields(ScreeningDraft d) {
      id = d.id;
      revision = d.revision;
      correctionReason = d.correctionReason;
      screenerId = d.screenerId;
      startedAt = d.startedAt;
      updatedAt = d.updatedAt;
      ruleSetVersion = d.ruleSetVersion;
      setting = d.setting;
      wishes = d.wishes;
      gate = d.gate;
      verbalConsent = d.verbalConsent;
      childProtection = d.childProtection;
      person = d.person;
      journey = d.journey;
      answers = d.answers;
      judgement = d.judgement;
      consents = d.consents;
      action = d.action;
      stop = d.stop;
      status = d.status;
      identification = d.identification;
      openStep = d.openStep;
    }

    ScreeningDraft build() {
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
          status,
          identification,
          openStep);
    }
  }
}
