package org.depder.app.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.depder.app.i18n.Language;
import org.depder.domain.screening.IndicatorSet;
import org.depder.domain.screening.RuleSet;
import org.depder.domain.screening.ScreeningResult;
import org.depder.domain.screening.scoring.Applicability;
import org.depder.domain.screening.scoring.ApplicableItem;
import org.depder.domain.screening.scoring.ScreeningScorer;

/**
 * The screening use cases: start, save while editing, list, score, finalise and correct. Scoring
 * and skip logic are the domain's; this class adds the record's life cycle. Methods that touch the
 * repository may be slow and are called through the {@code TaskRunner}.
 */
public final class ScreeningService {
  private final ScreeningDraftRepository repository;
  private final IndicatorSet indicators;
  private final RuleSet rules;
  private final Clock clock;

  public ScreeningService(
      ScreeningDraftRepository repository, IndicatorSet indicators, RuleSet rules, Clock clock) {
    this.repository = repository;
    this.indicators = indicators;
    this.rules = rules;
    this.clock = clock;
  }

  public IndicatorSet indicatorSet() {
    return indicators;
  }

  public RuleSet ruleSet() {
    return rules;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** A new, unsaved draft; the first autosave stores it. */
  public ScreeningDraft start(String screenerId, Language interviewLanguage) {
    var now = clock.instant();
    return new ScreeningDraft(
        UUID.randomUUID(),
        1,
        Optional.empty(),
        screenerId,
        now,
        now,
        rules.versionTag(),
        InterviewSetting.initial(interviewLanguage),
        PersonWishes.none(),
        ScreeningDraft.unansweredGate(),
        VerbalConsent.NOT_ASKED,
        ChildProtection.none(),
        PersonDetails.unknown(),
        Journey.unknown(),
        IndicatorAnswers.none(),
        Optional.empty(),
        ConsentDecisions.none(),
        NextAction.none(),
        Optional.empty(),
        DraftStatus.IN_PROGRESS);
  }

  /**
   * Stores the draft as it is now. Refused for a finalised revision, both the one passed in and the
   * one already stored: a screen still open on a record that was finalised elsewhere must not
   * overwrite it.
   */
  public ScreeningDraft save(ScreeningDraft draft) throws ScreeningStoreException {
    if (draft.finalised()) {
      throw new FinalisedScreeningException("finalise() is the only way to store a final revision");
    }
    Optional<ScreeningDraft> stored = repository.latest(draft.id());
    if (stored.isPresent()) {
      ScreeningDraft current = stored.get();
      if (current.revision() > draft.revision()
          || (current.revision() == draft.revision() && current.finalised())) {
        throw new FinalisedScreeningException("revision " + draft.revision() + " is closed");
      }
    }
    ScreeningDraft saved = draft.touched(clock.instant());
    repository.save(saved);
    return saved;
  }

  public Optional<ScreeningDraft> find(UUID id) throws ScreeningStoreException {
    return repository.latest(id);
  }

  public List<ScreeningDraft> revisions(UUID id) throws ScreeningStoreException {
    return repository.revisions(id);
  }

  /** Screenings still in progress, the most recently changed first. */
  public List<ScreeningDraft> drafts() throws ScreeningStoreException {
    return repository.latestOfAll().stream()
        .filter(d -> !d.finalised())
        .sorted(Comparator.comparing(ScreeningDraft::updatedAt).reversed())
        .toList();
  }

  /** Every screening (latest revision), the most recently changed first. */
  public List<ScreeningDraft> all() throws ScreeningStoreException {
    return repository.latestOfAll().stream()
        .sorted(Comparator.comparing(ScreeningDraft::updatedAt).reversed())
        .toList();
  }

  public ScreeningResult score(ScreeningDraft draft) {
    return ScreeningScorer.score(indicators, rules, draft.toInput());
  }

  /** The items to show for this draft's context, age and training (DOMAIN 6.2). */
  public List<ApplicableItem> applicableItems(ScreeningDraft draft) {
    var input = draft.toInput();
    return Applicability.applicableItems(
        indicators,
        input.context(),
        input.isChild(),
        input.screenerTrainedForSensitive(),
        input.workedAbroadBefore());
  }

  /**
   * Checks the draft and stores it as final; from then on it never changes. A screening that
   * stopped at the gate or at consent keeps only the minimum ({@link
   * ScreeningDraft#minimumAtStop}).
   */
  public ScreeningDraft finalise(ScreeningDraft draft)
      throws ScreeningStoreException, IncompleteScreeningException {
    List<DraftProblem> problems =
        DraftChecks.beforeFinalising(draft, applicableItems(draft), today());
    if (!problems.isEmpty()) {
      throw new IncompleteScreeningException(problems);
    }
    ScreeningDraft open = save(draft.stop().isPresent() ? draft.minimumAtStop() : draft);
    ScreeningDraft finalised = open.withStatus(DraftStatus.FINALISED, clock.instant());
    repository.save(finalised);
    return finalised;
  }

  /**
   * Opens a correction of a finalised screening: the next revision, in progress, with the reason.
   * The finalised revision stays as it was.
   */
  public ScreeningDraft correct(UUID id, String reason) throws ScreeningStoreException {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a correction needs a reason");
    }
    ScreeningDraft current =
        repository.latest(id).orElseThrow(() -> new ScreeningStoreException("no screening " + id));
    if (!current.finalised()) {
      throw new IllegalStateException("only a finalised screening is corrected; edit the draft");
    }
    ScreeningDraft next = current.asRevision(current.revision() + 1, reason, clock.instant());
    repository.save(next);
    return next;
  }
}
