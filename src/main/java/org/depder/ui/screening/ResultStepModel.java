package org.depder.ui.screening;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.depder.app.screening.ScreeningDraft;
import org.depder.domain.screening.Outcome;
import org.depder.domain.screening.ScreenerJudgement;
import org.depder.domain.screening.ScreeningResult;

/**
 * Step 7: the computed result and the screener's own judgement. Raising is free; lowering needs a
 * reason and the coordinator who approved it (checked by {@code JudgementRules} via DraftChecks).
 */
public final class ResultStepModel {
  private final ReadOnlyObjectWrapper<ScreeningResult> result = new ReadOnlyObjectWrapper<>();
  private final ObjectProperty<Outcome> chosen = new SimpleObjectProperty<>();
  private final StringProperty reason = new SimpleStringProperty("");
  private final StringProperty coordinator = new SimpleStringProperty("");
  private final DraftEditor editor;

  ResultStepModel(DraftEditor editor) {
    this.editor = editor;
    chosen.addListener((o, a, b) -> writeJudgement());
    reason.addListener((o, a, b) -> writeJudgement());
    coordinator.addListener((o, a, b) -> writeJudgement());
  }

  /**
   * The result follows every change of the answers. The chosen outcome starts at the computed one
   * and follows it while the screener has not chosen another; a judgement keeps its chosen outcome.
   */
  void update(ScreeningResult computed) {
    Outcome before = result.get() == null ? null : result.get().outcome();
    result.set(computed);
    if (before == computed.outcome() || editor.loading()) {
      return;
    }
    if (chosen.get() == null || chosen.get() == before) {
      chosen.set(computed.outcome());
    }
    writeJudgement();
  }

  /** After {@link #update} of the same load: without a judgement the computed outcome is chosen. */
  void fill(ScreeningDraft draft) {
    Outcome computed = result.get() == null ? null : result.get().outcome();
    chosen.set(draft.judgement().map(ScreenerJudgement::chosen).orElse(computed));
    reason.set(draft.judgement().flatMap(ScreenerJudgement::reason).orElse(""));
    coordinator.set(draft.judgement().flatMap(ScreenerJudgement::coordinatorId).orElse(""));
  }

  private void writeJudgement() {
    if (result.get() == null) {
      return;
    }
    Outcome computed = result.get().outcome();
    Outcome mine = chosen.get();
    Optional<ScreenerJudgement> judgement =
        mine == null || mine == computed
            ? Optional.empty()
            : Optional.of(
                new ScreenerJudgement(
                    computed, mine, nonBlank(reason.get()), nonBlank(coordinator.get())));
    editor.edit(d -> d.withJudgement(judgement));
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /** The outcome that counts: the screener's if they chose one, else the computed one. */
  public Outcome effectiveOutcome() {
    return chosen.get() != null ? chosen.get() : result.get().outcome();
  }

  /** How the chosen outcome stands to the computed one, for the result step's explanation. */
  public enum Direction {
    AS_COMPUTED,
    RAISED,
    LOWERED
  }

  public Direction direction() {
    if (chosen.get() == null || result.get() == null || chosen.get() == result.get().outcome()) {
      return Direction.AS_COMPUTED;
    }
    return lowering() ? Direction.LOWERED : Direction.RAISED;
  }

  public boolean lowering() {
    return chosen.get() != null
        && result.get() != null
        && result.get().outcome().isMoreSevereThan(chosen.get());
  }

  public ReadOnlyObjectProperty<ScreeningResult> resultProperty() {
    return result.getReadOnlyProperty();
  }

  public ObjectProperty<Outcome> chosenProperty() {
    return chosen;
  }

  public StringProperty reasonProperty() {
    return reason;
  }

  public StringProperty coordinatorProperty() {
    return coordinator;
  }
}
