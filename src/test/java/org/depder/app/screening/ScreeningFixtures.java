package org.depder.app.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.depder.app.referencedata.ReferenceDataException;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.domain.screening.IndicatorSet;
import org.depder.domain.screening.RuleSet;

/** The bundled draft indicator set and rule set, a fixed clock, and a service over memory. */
public final class ScreeningFixtures {
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-19T07:30:00Z"), ZoneId.of("Asia/Ashgabat"));
  private static IndicatorSet indicators;
  private static RuleSet rules;

  private ScreeningFixtures() {}

  public static synchronized ScreeningService service(ScreeningDraftRepository repository) {
    try {
      if (indicators == null) {
        ReferenceDataLoader loader = ReferenceDataLoader.bundled();
        indicators = loader.indicatorSet(ReferenceDataLoader.CURRENT_DRAFT);
        rules = loader.ruleSet(ReferenceDataLoader.CURRENT_DRAFT);
      }
    } catch (ReferenceDataException e) {
      throw new IllegalStateException(e);
    }
    return new ScreeningService(repository, indicators, rules, CLOCK);
  }
}
