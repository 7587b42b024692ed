package org.depder.domain.screening;

import java.util.List;
import java.util.Objects;

/**
 * The computed result of one screening.
 *
 * @param outcome the suggested outcome, URGENT_SAFETY when the safety gate demands it
 * @param indicatorOutcome the outcome of the indicators alone; kept when the gate overrides, so the
 *     rest of the screening is not lost
 * @param ruleSetVersion e.g. {@code tm-draft-2025.1}, so the result can be re-scored later
 */
public record ScreeningResult(
    Outcome outcome,
    Outcome indicatorOutcome,
    List<DimensionStatus> dimensions,
    List<Reason> reasons,
    String ruleSetVersion,
    VersionRef indicatorSet,
    boolean childPath,
    boolean childProtectionReferralSuggested) {

  public ScreeningResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(indicatorOutcome, "indicatorOutcome");
    dimensions = List.copyOf(dimensions);
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
    Objects.requireNonNull(indicatorSet, "indicatorSet");
  }

  public boolean hasReason(ReasonCode code) {
    return reasons.stream().anyMatch(r -> r.code() == code);
  }
}
