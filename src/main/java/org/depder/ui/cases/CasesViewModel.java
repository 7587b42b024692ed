package org.depder.ui.cases;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.depder.app.cases.CaseLabels;
import org.depder.app.cases.CaseRecords;
import org.depder.app.i18n.Messages;
import org.depder.domain.UuidV7;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.StageEntry;

/**
 * The Cases area: the list of cases (pseudonymous number, stage, status, conflict flag, due items),
 * the "due today" list, and the open case's heading and stage history. The other parts of the open
 * case (consents, referrals, follow-ups...) are models of their own over the shared {@link
 * CaseContext}. The lines shown are plain text built from labels, never free-text notes.
 */
public final class CasesViewModel {
  /** One line of a list with the id it stands for. */
  public record Line(UUID id, String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  private final CaseContext context;
  private final ObservableList<Line> list = FXCollections.observableArrayList();
  private final ObservableList<Line> due = FXCollections.observableArrayList();
  private final ObservableList<Line> history = FXCollections.observableArrayList();
  private final ObjectProperty<Line> selected = new SimpleObjectProperty<>();
  private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
  private final Welayats welayats = Welayats.BUNDLED;
  private final NewCaseModel newCase;
  private List<String> welayatCodes = List.of();
  private UUID openNext;

  public CasesViewModel(CaseContext context) {
    this.context = context;
    UuidV7 personIds = new UuidV7(context.clock(), new SecureRandom());
    this.newCase = new NewCaseModel(context, this::openAfterChange, personIds::next);
    context.afterChange(this::refresh);
    selected.addListener((o, a, b) -> open(b == null ? null : b.id()));
  }

  /** Opens {@code caseId} once the list has been read again after the current action. */
  private void openAfterChange(UUID caseId) {
    openNext = caseId;
  }

  public CaseContext context() {
    return context;
  }

  /** Reads the list and the due items again; keeps the open case. */
  public void refresh() {
    if (welayatCodes.isEmpty()) {
      // read once in the background; names are shown as codes until then
      context.read(welayats::codes, (List<String> codes) -> welayatCodes = codes);
    }
    context.read(
        () -> {
          List<Line> lines = new ArrayList<>();
          Messages m = context.messages();
          var dueItems = context.work().dueForMe(Set.of());
          for (CaseRecords.Stored<Case> s : context.cases().cases()) {
            Case c = s.value();
            long dueCount = dueItems.stream().filter(i -> i.caseId().equals(c.id())).count();
            lines.add(
                new Line(
                    c.id(),
                    m.text(
                        "casesui.list.item",
                        c.caseNumber(),
                        m.text(CaseLabels.stage(c.stage())),
                        m.text(CaseLabels.status(c.status())),
                        dueCount,
                        s.conflict() ? m.text("casesui.list.conflict") : "")));
          }
          List<Line> dueLines = new ArrayList<>();
          for (var item : dueItems) {
            String number = context.cases().load(item.caseId()).value().caseNumber();
            dueLines.add(
                new Line(
                    item.caseId(),
                    m.text(
                        item.overdue() ? "casesui.due.overdue" : "casesui.due.today",
                        m.text(CaseLabels.dueKind(item.kind())),
                        number,
                        m.date(item.due()))));
          }
          return new Lists(lines, dueLines);
        },
        r -> {
          list.setAll(r.cases());
          due.setAll(r.due());
          UUID next = openNext;
          openNext = null;
          if (next != null) {
            open(next);
          } else {
            context.shown().ifPresent(c -> open(c.id()));
          }
        });
  }

  private record Lists(List<Line> cases, List<Line> due) {}

  private record Detail(Case c, List<StageEntry> history, Map<String, String> names) {}

  /** Opens one case: its heading and history here, every other part through the context. */
  public void open(UUID caseId) {
    if (caseId == null) {
      return;
    }
    context.read(
        () ->
            new Detail(
                context.cases().load(caseId).value(),
                context.cases().history(caseId),
                context.userNames()),
        this::show);
  }

  private void show(Detail d) {
    CaseLines lines = context.lines();
    heading.set(lines.heading(d.c()));
    history.setAll(lines.history(d.history(), by -> d.names().getOrDefault(by, by)));
    context.opened(d.c());
  }

  /** Opening a case directly: the form of the left column's "New case". */
  public NewCaseModel newCase() {
    return newCase;
  }

  /** The welaýats' names (codes until the reference data has been read). */
  public Welayats welayats() {
    return welayats;
  }

  /** The welaýat codes of the reference data; empty until they have been read. */
  public List<String> welayatCodes() {
    return welayatCodes;
  }

  public ObservableList<Line> cases() {
    return list;
  }

  public ObservableList<Line> due() {
    return due;
  }

  public ObservableList<Line> history() {
    return history;
  }

  public ObjectProperty<Line> selectedProperty() {
    return selected;
  }

  public ReadOnlyStringProperty headingProperty() {
    return heading.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return context.statusProperty();
  }
}
