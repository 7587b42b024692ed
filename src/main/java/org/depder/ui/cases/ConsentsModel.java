package org.depder.ui.cases;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.Consent;
import org.depder.ui.cases.CasesViewModel.Line;

/**
 * The person's consents, shown above every part of the open case (issue 7: always visible), and
 * their withdrawal, which stops further sharing at once and says how many packets had left.
 */
public final class ConsentsModel {
  private final CaseContext context;
  private final ObservableList<Line> consents = FXCollections.observableArrayList();
  private Consumer<Line> withdrawn = line -> {};

  public ConsentsModel(CaseContext context) {
    this.context = context;
    context.onOpen(this::load);
  }

  private void load(Case c) {
    context.read(
        () -> context.cases().consents(c.id()),
        (List<Consent> list) -> consents.setAll(context.lines().consents(list)));
  }

  public ObservableList<Line> consents() {
    return consents;
  }

  /** Called with a consent once it is withdrawn, e.g. to show what had been shared under it. */
  public void onWithdrawn(Consumer<Line> listener) {
    this.withdrawn = listener;
  }

  /** Withdraws the selected consent; says how many packets had already been shared. */
  public void withdraw(Line consent) {
    if (consent.id() == null) {
      return;
    }
    context.act(
        () -> context.cases().withdrawConsent(consent.id()),
        w -> {
          withdrawn.accept(consent);
          return m -> m.text("casesui.consent.withdrawDone", w.sharedBefore().size());
        });
  }
}
