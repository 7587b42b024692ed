package org.depder.domain.screening;

import java.util.Objects;
import java.util.Optional;

/**
 * The screener's own outcome next to the computed one (DOMAIN 6.3 rule 7). Raising is free;
 * lowering needs a reason and the id of the coordinator who approved it, checked by {@link
 * JudgementRules#validate}.
 */
public record ScreenerJudgement(
    Outcome computed, Outcome chosen, Optional<String> reason, Optional<String> coordinatorId) {

  public ScreenerJudgement {
    Objects.requireNonNull(computed, "computed");
    Objects.requireNonNull(chosen, "chosen");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(coordinatorId, "coordinatorId");
  }

  public boolean lowers() {
    return computed.isMoreSevereThan(chosen);
  }
}
