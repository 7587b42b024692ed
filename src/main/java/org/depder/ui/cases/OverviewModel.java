package org.depder.ui.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.depder.app.cases.CaseLabels;
import org.depder.app.cases.ReferralLabels;
import org.depder.app.i18n.Messages;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseStatus;
import org.depder.domain.cases.Stage;

/**
 * The Overview tab's facts and actions: who opened the case, how, for which welaýat, and the packet
 * facts (age band, sex, language) as labelled facts; recording a stage with a note; the follow-up
 * status; closing as Closed or Closed-referred, which asks to be confirmed because a closed case
 * refuses every further change.
 */
public final class OverviewModel {
  /** One labelled fact of the open case, both texts in the UI language. */
  public record Fact(String id, String label, String value) {}

  /** The stages a worker records; closure is entered by closing the case. */
  public static final List<Stage> STAGES =
      Arrays.stream(Stage.values()).filter(s -> s != Stage.CLOSURE).toList();

  public static final List<CaseStatus> CLOSING =
      List.of(CaseStatus.CLOSED, CaseStatus.CLOSED_REFERRED);

  private final CaseContext context;
  private final Supplier<Welayats> welayats;
  private final ObservableList<Fact> facts = FXCollections.observableArrayList();
  private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>();
  private final StringProperty stageNote = new SimpleStringProperty("");
  private final ObjectProperty<CaseStatus> closeStatus =
      new SimpleObjectProperty<>(CaseStatus.CLOSED);
  private final StringProperty closeNote = new SimpleStringProperty("");
  private final BooleanProperty closeArmed = new SimpleBooleanProperty(false);
  private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyBooleanWrapper followUp = new ReadOnlyBooleanWrapper(false);
  private Case shown;
  private Map<String, String> names = Map.of();

  /**
   * @param welayats the welaýat names (codes until the reference data has been read)
   */
  public OverviewModel(CaseContext context, Supplier<Welayats> welayats) {
    this.context = context;
    this.welayats = welayats;
    context.onOpen(this::load);
    context.texts().messagesProperty().addListener((o, a, b) -> showFacts());
  }

  private void load(Case c) {
    boolean another = shown == null || !shown.id().equals(c.id());
    shown = c;
    closed.set(c.status().closed());
    followUp.set(c.status() == CaseStatus.FOLLOW_UP);
    if (another) {
      closeArmed.set(false);
      closeStatus.set(CaseStatus.CLOSED);
      closeNote.set("");
    }
    stageNote.set("");
    stage.set(next(c.stage()));
    context.read(
        context::userNames,
        (Map<String, String> read) -> {
          names = read;
          showFacts();
        });
  }

  /** The stage after {@code current} on the usual path, offered first. */
  private static Stage next(Stage current) {
    int i = STAGES.indexOf(current);
    return i < 0 ? STAGES.get(STAGES.size() - 1) : STAGES.get(Math.min(i + 1, STAGES.size() - 1));
  }

  /** Rebuilds the facts in the UI language (also after the language is switched). */
  void showFacts() {
    if (shown == null) {
      facts.clear();
      return;
    }
    Case c = shown;
    Messages m = context.messages();
    String age = m.text(ReferralLabels.ageBand(c.ageBand()));
    if (c.presumedMinor()) {
      age = m.text("casesui.overview.presumedMinor", age);
    }
    List<Fact> list = new ArrayList<>();
    list.add(
        new Fact(
            "case-fact-opened",
            m.text("casesui.overview.openedBy"),
            m.text(
                "casesui.overview.openedByValue",
                names.getOrDefault(c.openedBy(), c.openedBy()),
                m.date(LocalDate.ofInstant(c.openedAt(), context.clock().getZone())))));
    list.add(new Fact("case-fact-route", m.text("casesui.overview.route"), m.text(route(c))));
    list.add(
        new Fact(
            "case-fact-region",
            m.text("casesui.overview.region"),
            FactTexts.region(m, welayats.get(), c.region(), context.texts().language())));
    list.add(new Fact("case-fact-age", m.text("casesui.overview.ageBand"), age));
    list.add(
        new Fact(
            "case-fact-sex", m.text("casesui.overview.sex"), m.text(ReferralLabels.sex(c.sex()))));
    list.add(
        new Fact(
            "case-fact-language",
            m.text("casesui.overview.language"),
            FactTexts.language(m, c.language())));
    facts.setAll(list);
  }

  private static String route(Case c) {
    return CaseLabels.route(c.route());
  }

  /** Records a dated entry for the chosen stage, with the note (stored, never listed). */
  public void recordStage() {
    if (shown == null || stage.get() == null) {
      return;
    }
    Case c = shown;
    Stage chosen = stage.get();
    String note = stageNote.get() == null ? "" : stageNote.get().strip();
    context.act(
        () -> context.cases().enterStage(c.id(), chosen, note),
        e -> m -> m.text("casesui.overview.stageRecorded", m.text(CaseLabels.stage(chosen))));
  }

  /** Sets the status to follow-up, or back to active when it is follow-up already. */
  public void toggleFollowUp() {
    if (shown == null) {
      return;
    }
    Case c = shown;
    CaseStatus next = c.status() == CaseStatus.FOLLOW_UP ? CaseStatus.ACTIVE : CaseStatus.FOLLOW_UP;
    context.act(
        () -> {
          context.cases().setStatus(c.id(), next);
          return next;
        },
        s -> m -> m.text("casesui.overview.statusSet", m.text(CaseLabels.status(s))));
  }

  /** The first step of closing: asks to confirm, nothing is written yet. */
  public void armClose() {
    if (shown != null && !closed.get()) {
      closeArmed.set(true);
    }
  }

  public void cancelClose() {
    closeArmed.set(false);
  }

  /** Closes the case once closing was asked for and confirmed. */
  public void confirmClose() {
    if (shown == null || !closeArmed.get()) {
      return;
    }
    Case c = shown;
    CaseStatus status = closeStatus.get();
    String note = closeNote.get() == null ? "" : closeNote.get().strip();
    closeArmed.set(false);
    context.act(
        () -> {
          context.cases().close(c.id(), status, note);
          return c;
        },
        r -> m -> m.text("casesui.case.closed"));
  }

  public ObservableList<Fact> facts() {
    return facts;
  }

  public ObjectProperty<Stage> stageProperty() {
    return stage;
  }

  public StringProperty stageNoteProperty() {
    return stageNote;
  }

  public ObjectProperty<CaseStatus> closeStatusProperty() {
    return closeStatus;
  }

  public StringProperty closeNoteProperty() {
    return closeNote;
  }

  public BooleanProperty closeArmedProperty() {
    return closeArmed;
  }

  /** True while no case is open or the open case is closed: every action is then off. */
  public ReadOnlyBooleanProperty closedProperty() {
    return closed.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty followUpProperty() {
    return followUp.getReadOnlyProperty();
  }
}
