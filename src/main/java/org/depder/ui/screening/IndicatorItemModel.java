package org.depder.ui.screening;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.depder.domain.screening.Answer;
import org.depder.domain.screening.Indicator;
import org.depder.domain.screening.scoring.ApplicableItem;
import org.depder.domain.screening.scoring.AskMode;

/** One indicator row: the item, how it is handled here, and its answer. */
public final class IndicatorItemModel {
  private final ApplicableItem item;
  private final ObjectProperty<Answer> answer = new SimpleObjectProperty<>();
  private final BooleanProperty sexualVariant = new SimpleBooleanProperty();

  IndicatorItemModel(ApplicableItem item) {
    this.item = item;
  }

  public Indicator indicator() {
    return item.indicator();
  }

  public String id() {
    return item.indicator().id();
  }

  /**
   * Sensitive item with an untrained screener: not asked, ticked only when the person raises it.
   */
  public boolean disclosureOnly() {
    return item.mode() == AskMode.DISCLOSURE_ONLY;
  }

  /** D508 has a sexual variant with its own weight; it is recorded only from disclosure too. */
  public boolean hasSexualVariant() {
    return item.indicator().adultSexualWeight().isPresent();
  }

  public ObjectProperty<Answer> answerProperty() {
    return answer;
  }

  public BooleanProperty sexualVariantProperty() {
    return sexualVariant;
  }

  /** The answer for a key typed on the focused row: 1-4 or the first letters Y, N, U, D. */
  public static java.util.Optional<Answer> answerForKey(String typed) {
    return switch (typed.toUpperCase(java.util.Locale.ROOT)) {
      case "1", "Y" -> java.util.Optional.of(Answer.YES);
      case "2", "N" -> java.util.Optional.of(Answer.NO);
      case "3", "U" -> java.util.Optional.of(Answer.UNKNOWN);
      case "4", "D" -> java.util.Optional.of(Answer.DECLINED);
      default -> java.util.Optional.empty();
    };
  }
}
