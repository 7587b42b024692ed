package org.depder.ui.cases;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.depder.domain.cases.BestInterestsDecision;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.ConsentPurpose;
import org.depder.ui.cases.CasesViewModel.Line;

/**
 * Best-interests decisions for a child (DOMAIN 2.3): one may stand in for the guardian's consent to
 * one purpose and service, for the child's protection, and must say why; it can be revoked, and the
 * gate then closes again. Listed by purpose, service, date and who; the reason is stored, not
 * listed. An adult's case has none (the gate would not count it).
 */
public final class BestInterestsModel {
  private final CaseContext context;
  private final ObservableList<Line> decisions = FXCollections.observableArrayList();
  private final ObjectProperty<ConsentPurpose> purpose =
      new SimpleObjectProperty<>(ConsentPurpose.REFERRAL);
  private final ObjectProperty<String> scope = new SimpleObjectProperty<>();
  private final StringProperty reason = new SimpleStringProperty("");
  private final ReadOnlyBooleanWrapper child = new ReadOnlyBooleanWrapper(false);

  public BestInterestsModel(CaseContext context) {
    this.context = context;
    context.onOpen(this::load);
  }

  private record Read(List<BestInterestsDecision> decisions, Map<String, String> names) {}

  private void load(Case c) {
    child.set(c.child());
    if (!c.child()) {
      decisions.clear();
      return;
    }
    context.read(
        () -> new Read(context.cases().bestInterests(c.id()), context.userNames()),
        r -> {
          ConsentTexts t = texts();
          decisions.setAll(
              r.decisions().stream()
                  .map(d -> t.bestInterests(d, id -> r.names().getOrDefault(id, id)))
                  .toList());
        });
  }

  /** Records a decision for the chosen purpose and service; the reason is required. */
  public void record() {
    Optional<Case> shown = context.shown();
    if (shown.isEmpty() || !shown.get().child()) {
      return;
    }
    ConsentPurpose p = purpose.get();
    String s = ConsentTexts.scoped(p) ? scope.get() : "";
    if (s == null || s.isBlank()) {
      context.say(context.messages().text("casesui.consentForm.error.scope"));
      return;
    }
    String why = reason.get() == null ? "" : reason.get().strip();
    if (why.isEmpty()) {
      context.say(context.messages().text("casesui.bestInterests.error.reason"));
      return;
    }
    context.act(
        () -> context.cases().recordBestInterests(shown.get().id(), p, s, why),
        d -> {
          reason.set("");
          return m -> m.text("casesui.bestInterests.recorded");
        });
  }

  /** Revokes the selected decision: it no longer opens the gate. */
  public void revoke(Line decision) {
    context.act(
        () -> context.cases().revokeBestInterests(decision.id()),
        d -> m -> m.text("casesui.bestInterests.revoked"));
  }

  private ConsentTexts texts() {
    return new ConsentTexts(context.messages(), context.clock().getZone(), context::serviceName);
  }

  public ObservableList<Line> decisions() {
    return decisions;
  }

  public ObjectProperty<ConsentPurpose> purposeProperty() {
    return purpose;
  }

  public ObjectProperty<String> scopeProperty() {
    return scope;
  }

  public StringProperty reasonProperty() {
    return reason;
  }

  public ReadOnlyBooleanProperty childProperty() {
    return child.getReadOnlyProperty();
  }
}
