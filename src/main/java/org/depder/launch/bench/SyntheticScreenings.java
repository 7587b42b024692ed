package org.depder.launch.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.depder.app.i18n.Language;
import org.depder.app.screening.Accompaniment;
import org.depder.app.screening.AgeBand;
import org.depder.app.screening.AgeCertainty;
import org.depder.app.screening.ChildProtection;
import org.depder.app.screening.ConsentDecision;
import org.depder.app.screening.ConsentDecisions;
import org.depder.app.screening.ConsentPurpose;
import org.depder.app.screening.DraftStatus;
import org.depder.app.screening.IndicatorAnswers;
import org.depder.app.screening.InterpreterMode;
import org.depder.app.screening.InterviewSetting;
import org.depder.app.screening.Journey;
import org.depder.app.screening.NextAction;
import org.depder.app.screening.PersonDetails;
import org.depder.app.screening.PersonWishes;
import org.depder.app.screening.ReferralTarget;
import org.depder.app.screening.ScreeningDraft;
import org.depder.app.screening.ScreeningService;
import org.depder.app.screening.Sex;
import org.depder.app.screening.TravelArranger;
import org.depder.app.screening.TravelPurpose;
import org.depder.app.screening.Urgency;
import org.depder.app.screening.VerbalConsent;
import org.depder.domain.screening.Answer;
import org.depder.domain.screening.SafetyGate;
import org.depder.domain.screening.ScreeningContext;
import org.depder.domain.screening.scoring.ApplicableItem;

/**
 * Complete screenings that pass every check before finalising, seeded: random context, age (one in
 * eight a child), interview language, journey, and an answer to every applicable item — mostly No,
 * some Yes, Unknown and Declined — so the scorer and the codec see the spread of real records.
 */
final class SyntheticScreenings {
  private static final ScreeningContext[] CONTEXTS = ScreeningContext.values();
  private static final String[] COUNTRIES = {"TR", "RU", "AE", "KZ", "UZ", "IR", "CN", "TM"};

  private final Random random;
  private final ScreeningService service;

  SyntheticScreenings(long seed, ScreeningService service) {
    this.random = new Random(seed);
    this.service = service;
  }

  /** A complete, not yet finalised screening, ready for {@link ScreeningService#finalise}. */
  ScreeningDraft complete() {
    boolean child = random.nextInt(8) == 0;
    int age = child ? 12 + random.nextInt(6) : 18 + random.nextInt(45);
    AgeBand band =
        java.util.Arrays.stream(AgeBand.values()).filter(b -> b.contains(age)).findFirst().get();
    LocalDate today = service.today();
    ScreeningDraft draft =
        service
            .start("user-bench", Language.values()[random.nextInt(Language.values().length)])
            .withSetting(
                new InterviewSetting(
                    Optional.of("post-" + random.nextInt(40)),
                    CONTEXTS[random.nextInt(CONTEXTS.length)],
                    Language.values()[random.nextInt(Language.values().length)],
                    InterpreterMode.values()[random.nextInt(InterpreterMode.values().length)],
                    random.nextBoolean()))
            .withWishes(PersonWishes.none())
            .withGate(
                new SafetyGate(Answer.YES, Answer.NO, Answer.NO, child ? Answer.YES : Answer.NO))
            .withVerbalConsent(VerbalConsent.GIVEN)
            .withChildProtection(
                child
                    ? new ChildProtection(true, false, "officer " + random.nextInt(900))
                    : ChildProtection.none())
            .withPerson(
                new PersonDetails(
                    OptionalInt.of(age),
                    Optional.of(band),
                    random.nextBoolean() ? AgeCertainty.CERTAIN : AgeCertainty.ESTIMATED,
                    child,
                    random.nextBoolean() ? Sex.FEMALE : Sex.MALE,
                    Optional.of(COUNTRIES[random.nextInt(COUNTRIES.length)]),
                    false,
                    Accompaniment.values()[random.nextInt(Accompaniment.values().length)]))
            .withJourney(
                new Journey(
                    Optional.of("TM"),
                    Optional.of(COUNTRIES[random.nextInt(COUNTRIES.length - 1)]),
                    TravelPurpose.values()[random.nextInt(TravelPurpose.values().length)],
                    TravelArranger.values()[random.nextInt(TravelArranger.values().length)],
                    OptionalInt.of(random.nextInt(60)),
                    Optional.of(today.minusDays(random.nextInt(30))),
                    random.nextBoolean()));
    draft = draft.withAnswers(answers(service.applicableItems(draft)));
    Map<ConsentPurpose, ConsentDecision> consents = new EnumMap<>(ConsentPurpose.class);
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      consents.put(purpose, random.nextBoolean() ? ConsentDecision.GIVEN : ConsentDecision.REFUSED);
    }
    Set<ReferralTarget> targets = EnumSet.of(ReferralTarget.SECOND_LINE_INTERVIEW);
    if (child) {
      targets.add(ReferralTarget.CHILD_PROTECTION);
    }
    return draft
        .withConsents(new ConsentDecisions(true, consents))
        .withAction(
            new NextAction(
                targets,
                Urgency.values()[random.nextInt(Urgency.values().length)],
                true,
                "follow-up " + random.nextInt(100),
                Optional.of(today.plusDays(1 + random.nextInt(14)))));
  }

  /** {@link #complete()} stored as final (what a filled vault mostly holds). */
  ScreeningDraft finalisedRecord() {
    ScreeningDraft d = complete();
    Instant at = d.updatedAt();
    return new ScreeningDraft(
        d.id(),
        d.revision(),
        d.correctionReason(),
        d.screenerId(),
        d.startedAt(),
        at,
        d.ruleSetVersion(),
        d.setting(),
        d.wishes(),
        d.gate(),
        d.verbalConsent(),
        d.childProtection(),
        d.person(),
        d.journey(),
        d.answers(),
        d.judgement(),
        d.consents(),
        d.action(),
        d.stop(),
        DraftStatus.FINALISED);
  }

  /** The same draft with one indicator answer changed (what one autosave writes). */
  ScreeningDraft oneFieldChanged(ScreeningDraft draft) {
    List<String> ids = List.copyOf(draft.answers().answers().keySet());
    if (ids.isEmpty()) {
      return draft.withJourney(draft.journey());
    }
    String id = ids.get(random.nextInt(ids.size()));
    Answer now = draft.answers().answer(id);
    return draft.withAnswers(draft.answers().with(id, now == Answer.YES ? Answer.NO : Answer.YES));
  }

  private IndicatorAnswers answers(List<ApplicableItem> items) {
    Map<String, Answer> answers = new HashMap<>();
    for (ApplicableItem item : items) {
      int p = random.nextInt(100);
      Answer answer =
          p < 60 ? Answer.NO : p < 78 ? Answer.YES : p < 92 ? Answer.UNKNOWN : Answer.DECLINED;
      answers.put(item.indicator().id(), answer);
    }
    return new IndicatorAnswers(answers, Set.of());
  }
}
