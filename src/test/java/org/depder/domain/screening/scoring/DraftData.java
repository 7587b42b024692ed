package org.depder.domain.screening.scoring;

import org.depder.app.referencedata.ReferenceDataException;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.domain.screening.IndicatorSet;
import org.depder.domain.screening.RuleSet;

/** The bundled draft set and rules, loaded once for all scoring tests. */
final class DraftData {
  static final IndicatorSet SET;
  static final RuleSet RULES;

  static {
    try {
      var loader = ReferenceDataLoader.bundled();
      SET = loader.indicatorSet(ReferenceDataLoader.CURRENT_DRAFT);
      RULES = loader.ruleSet(ReferenceDataLoader.CURRENT_DRAFT);
    } catch (ReferenceDataException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private DraftData() {}
}
