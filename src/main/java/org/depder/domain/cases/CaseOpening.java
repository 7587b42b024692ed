package org.depder.domain.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.depder.domain.screening.Outcome;

/**
 * Opens a case (issue 7 item 1): from a screening whose outcome is a risk or above, or directly by
 * a social worker or consular officer. Every case starts in {@link Stage#IDENTIFICATION}, active,
 * with a first dated entry.
 */
public final class CaseOpening {
  /** The least screening outcome that opens a case. */
  public static final Outcome THRESHOLD = Outcome.RISK_POTENTIAL;

  private CaseOpening() {}

  /** What is known of the person when the case opens; goes into referral packets later. */
  public record Facts(
      UUID personId,
      String region,
      AgeBand ageBand,
      boolean presumedMinor,
      Sex sex,
      String language) {
    public Facts {
      Objects.requireNonNull(personId, "personId");
      Objects.requireNonNull(region, "region");
      Objects.requireNonNull(ageBand, "ageBand");
      Objects.requireNonNull(sex, "sex");
      Objects.requireNonNull(language, "language");
    }

    @Override
    public String toString() {
      return "Facts[" + personId + "]";
    }
  }

  /** The new case and its first history entry. */
  public record Opened(Case opened, StageEntry firstEntry) {}

  public static Opened fromScreening(
      UUID id,
      UUID entryId,
      String caseNumber,
      Facts facts,
      UUID screeningId,
      Outcome outcome,
      Instant at,
      String by) {
    if (outcome.compareTo(THRESHOLD) < 0) {
      throw new CaseRuleException(CaseRuleException.Code.SCREENING_OUTCOME_BELOW_RISK);
    }
    return open(
        id,
        entryId,
        caseNumber,
        facts,
        OpeningRoute.SCREENING,
        Optional.of(screeningId),
        Optional.of(outcome),
        at,
        by);
  }

  /** Opened without a screening by a social worker or a consular officer. */
  public static Opened direct(
      UUID id,
      UUID entryId,
      String caseNumber,
      Facts facts,
      OpeningRoute route,
      Instant at,
      String by) {
    if (route == OpeningRoute.SCREENING) {
      throw new IllegalArgumentException("use fromScreening");
    }
    return open(id, entryId, caseNumber, facts, route, Optional.empty(), Optional.empty(), at, by);
  }

  private static Opened open(
      UUID id,
      UUID entryId,
      String caseNumber,
      Facts facts,
      OpeningRoute route,
      Optional<UUID> screeningId,
      Optional<Outcome> outcome,
      Instant at,
      String by) {
    Case c =
        new Case(
            id,
            caseNumber,
            facts.personId(),
            route,
            screeningId,
            outcome,
            at,
            by,
            by,
            facts.region(),
            CaseStatus.ACTIVE,
            Stage.IDENTIFICATION,
            facts.ageBand(),
            facts.presumedMinor(),
            facts.sex(),
            facts.language(),
            Optional.empty());
    return new Opened(c, new StageEntry(entryId, id, Stage.IDENTIFICATION, at, by, ""));
  }
}
