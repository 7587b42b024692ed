package org.depder.app.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.depder.domain.screening.Answer;
import org.depder.domain.screening.JudgementProblem;
import org.depder.domain.screening.JudgementRules;
import org.depder.domain.screening.JudgementValidation;
import org.depder.domain.screening.scoring.ApplicableItem;
import org.depder.domain.screening.scoring.AskMode;

/**
 * What must be right before a step is left, as pure functions of the draft. Problems are reported,
 * never thrown: the screener keeps what was typed and sees what to change.
 */
public final class DraftChecks {
  /** Twenty years abroad is already unusual; more is a typing error. */
  static final int LONGEST_PLAUSIBLE_MONTHS_ABROAD = 12 * 60;

  private DraftChecks() {}

  /** The three safety questions need an explicit Yes or No; "apparent child" may stay Unknown. */
  public static List<DraftProblem> gate(ScreeningDraft draft) {
    var gate = draft.gate();
    boolean answered =
        explicit(gate.aloneAndSafeToTalk())
            && explicit(gate.immediateDanger())
            && explicit(gate.urgentMedicalNeed());
    return answered ? List.of() : List.of(DraftProblem.GATE_UNANSWERED);
  }

  public static List<DraftProblem> consent(ScreeningDraft draft) {
    return draft.verbalConsent() == VerbalConsent.NOT_ASKED
        ? List.of(DraftProblem.CONSENT_UNANSWERED)
        : List.of();
  }

  public static List<DraftProblem> person(ScreeningDraft draft) {
    PersonDetails person = draft.person();
    List<DraftProblem> problems = new ArrayList<>();
    if (person.ageYears().isPresent()) {
      int years = person.ageYears().getAsInt();
      if (years < 0 || years > PersonDetails.OLDEST_PLAUSIBLE_AGE) {
        problems.add(DraftProblem.AGE_IMPOSSIBLE);
      } else if (person.ageBand().isPresent() && !person.ageBand().get().contains(years)) {
        boolean minorInAdultBand = years < 18 && !person.ageBand().get().child();
        problems.add(
            minorInAdultBand && person.ageCertainty() == AgeCertainty.CERTAIN
                ? DraftProblem.AGE_MINOR_BUT_CERTAIN_ADULT
                : DraftProblem.AGE_CONTRADICTS_BAND);
      }
    }
    if (person.stateless() && person.citizenship().isPresent()) {
      problems.add(DraftProblem.STATELESS_WITH_CITIZENSHIP);
    }
    return List.copyOf(problems);
  }

  /**
   * The birth year, if given: not in the future nor before 1900, and within a year of the stated
   * age (a birthday may fall either side of today).
   */
  public static List<DraftProblem> identification(ScreeningDraft draft, LocalDate today) {
    var year = draft.identification().birthYear();
    if (year.isEmpty()) {
      return List.of();
    }
    int born = year.getAsInt();
    if (born < 1900 || born > today.getYear()) {
      return List.of(DraftProblem.BIRTH_YEAR_IMPOSSIBLE);
    }
    var age = draft.person().ageYears();
    if (age.isPresent() && Math.abs(today.getYear() - born - age.getAsInt()) > 1) {
      return List.of(DraftProblem.BIRTH_YEAR_CONTRADICTS_AGE);
    }
    return List.of();
  }

  public static List<DraftProblem> journey(ScreeningDraft draft, LocalDate today) {
    List<DraftProblem> problems = new ArrayList<>();
    Journey journey = draft.journey();
    if (journey.returnedOn().map(d -> d.isAfter(today)).orElse(false)) {
      problems.add(DraftProblem.RETURN_DATE_IN_FUTURE);
    }
    if (journey.monthsAbroad().isPresent()) {
      int months = journey.monthsAbroad().getAsInt();
      if (months < 0 || months > LONGEST_PLAUSIBLE_MONTHS_ABROAD) {
        problems.add(DraftProblem.MONTHS_ABROAD_IMPOSSIBLE);
      }
    }
    return List.copyOf(problems);
  }

  /**
   * Every item the screener asks needs an answer (Unknown and Declined are answers); items that are
   * recorded only on spontaneous disclosure may stay empty.
   */
  public static List<DraftProblem> indicators(ScreeningDraft draft, List<ApplicableItem> items) {
    boolean missing =
        items.stream()
            .filter(i -> i.mode() == AskMode.ASK)
            .anyMatch(i -> !draft.answers().answered(i.indicator().id()));
    return missing ? List.of(DraftProblem.INDICATORS_UNANSWERED) : List.of();
  }

  public static List<DraftProblem> judgement(ScreeningDraft draft) {
    if (draft.judgement().isEmpty()) {
      return List.of();
    }
    JudgementValidation validation = JudgementRules.validate(draft.judgement().get());
    if (validation instanceof JudgementValidation.Rejected rejected) {
      return rejected.problems().stream()
          .map(
              p ->
                  p == JudgementProblem.LOWERING_NEEDS_REASON
                      ? DraftProblem.LOWERING_NEEDS_REASON
                      : DraftProblem.LOWERING_NEEDS_COORDINATOR)
          .toList();
    }
    return List.of();
  }

  public static List<DraftProblem> action(ScreeningDraft draft, LocalDate today) {
    return draft.action().followUpOn().map(d -> d.isBefore(today)).orElse(false)
        ? List.of(DraftProblem.FOLLOW_UP_IN_PAST)
        : List.of();
  }

  /**
   * Before finalising. A screening that stopped at the gate or at consent records the minimum, so
   * only the gate (and the consent answer, if it got that far) are checked.
   */
  public static List<DraftProblem> beforeFinalising(
      ScreeningDraft draft, List<ApplicableItem> items, LocalDate today) {
    List<DraftProblem> problems = new ArrayList<>(gate(draft));
    if (draft.stop().isPresent()) {
      if (draft.stop().get() == StopReason.NO_CONSENT) {
        problems.addAll(consent(draft));
      }
      return List.copyOf(problems);
    }
    problems.addAll(consent(draft));
    problems.addAll(person(draft));
    problems.addAll(identification(draft, today));
    problems.addAll(journey(draft, today));
    problems.addAll(indicators(draft, items));
    problems.addAll(judgement(draft));
    problems.addAll(action(draft, today));
    return List.copyOf(problems);
  }

  private static boolean explicit(Answer answer) {
    return answer == Answer.YES || answer == Answer.NO;
  }
}
