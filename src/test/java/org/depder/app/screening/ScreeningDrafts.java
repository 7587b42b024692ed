package org.depder.app.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.depder.app.i18n.Language;
import org.depder.domain.screening.Answer;
import org.depder.domain.screening.Outcome;
import org.depder.domain.screening.SafetyGate;
import org.depder.domain.screening.ScreenerJudgement;
import org.depder.domain.screening.ScreeningContext;

/** Drafts with every field set to something other than its default (round-trip tests). */
public final class ScreeningDrafts {
  public static final UUID ID = UUID.fromString("0195a6d2-7c1e-7a3b-9f10-2b3c4d5e6f70");
  public static final String MARKER = "ZZMARKERahmedow";

  private ScreeningDrafts() {}

  /** Revision 2 of {@link #ID}, finalised, with a judgement, consents, a stop and child fields. */
  public static ScreeningDraft full() {
    return full(ID, 2, "Ogul " + MARKER);
  }

  public static ScreeningDraft full(UUID id, int revision, String officerName) {
    Map<ConsentPurpose, ConsentDecision> consents = new EnumMap<>(ConsentPurpose.class);
    consents.put(ConsentPurpose.REFERRAL, ConsentDecision.GIVEN);
    consents.put(ConsentPurpose.DATA_SHARING, ConsentDecision.WITHDRAWN);
    consents.put(ConsentPurpose.LAW_ENFORCEMENT, ConsentDecision.REFUSED);
    return new ScreeningDraft(
        id,
        revision,
        Optional.of("age corrected after document check"),
        "user-0195a6d2",
        Instant.parse("2026-03-19T07:30:00Z"),
        Instant.parse("2026-03-19T08:12:34.567Z"),
        "draft-2026-03",
        new InterviewSetting(
            Optional.of("post-ashgabat-airport"),
            ScreeningContext.ENTRY_RETURNEE,
            Language.RU,
            InterpreterMode.PHONE,
            true),
        new PersonWishes(InterviewerPreference.WOMAN, true),
        new SafetyGate(Answer.YES, Answer.NO, Answer.DECLINED, Answer.YES),
        VerbalConsent.GIVEN,
        new ChildProtection(true, false, officerName),
        new PersonDetails(
            OptionalInt.of(16),
            Optional.of(AgeBand.FROM_14_TO_17),
            AgeCertainty.CERTAIN,
            true,
            Sex.FEMALE,
            Optional.of("TM"),
            true,
            Accompaniment.NON_RELATIVE),
        new Journey(
            Optional.of("TM"),
            Optional.of("TR"),
            TravelPurpose.WORK,
            TravelArranger.EMPLOYER_OR_RECRUITER,
            OptionalInt.of(7),
            Optional.of(LocalDate.parse("2026-03-18")),
            true),
        new IndicatorAnswers(
            Map.of("R01", Answer.YES, "R02", Answer.NO, "R03", Answer.DECLINED, "R07", Answer.YES),
            Set.of("R07")),
        Optional.of(
            new ScreenerJudgement(
                Outcome.PRESUMED_VICTIM_REFER_NRM,
                Outcome.POSSIBLE_REFER_SECOND_LINE,
                Optional.of("coordinator agreed by phone"),
                Optional.of("coord-17"))),
        new ConsentDecisions(true, consents),
        new NextAction(
            Set.of(ReferralTarget.CHILD_PROTECTION, ReferralTarget.SHELTER),
            Urgency.WITHIN_THREE_DAYS,
            true,
            "Jeren",
            Optional.of(LocalDate.parse("2026-03-21"))),
        Optional.of(StopReason.URGENT_SAFETY),
        DraftStatus.FINALISED);
  }

  /** {@link #full()} with the fields of format 2: an identification and the open step. */
  public static ScreeningDraft fullV2() {
    return full()
        .withIdentification(
            new PersonIdentification(
                "Ахмедова " + MARKER,
                OptionalInt.of(2010),
                "I-TM 123456",
                Optional.of("0195a6d2-0000-7000-8000-000000000042"),
                true))
        .withOpenStep("INDICATORS");
  }

  /** Revision {@code revision} of {@code id}, in progress, everything else at its default. */
  public static ScreeningDraft minimal(UUID id, int revision, String officerName) {
    return new ScreeningDraft(
        id,
        revision,
        revision > 1 ? Optional.of("correction") : Optional.empty(),
        "user-0195a6d2",
        Instant.parse("2026-03-19T07:30:00Z"),
        Instant.parse("2026-03-19T07:31:00Z"),
        "draft-2026-03",
        InterviewSetting.initial(Language.TK),
        PersonWishes.none(),
        ScreeningDraft.unansweredGate(),
        VerbalConsent.NOT_ASKED,
        new ChildProtection(false, false, officerName),
        PersonDetails.unknown(),
        Journey.unknown(),
        IndicatorAnswers.none(),
        Optional.empty(),
        ConsentDecisions.none(),
        NextAction.none(),
        Optional.empty(),
        DraftStatus.IN_PROGRESS);
  }
}
