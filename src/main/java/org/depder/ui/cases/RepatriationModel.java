package org.depder.ui.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.depder.app.cases.CaseLabels;
import org.depder.app.cases.CaseTasks;
import org.depder.app.i18n.Messages;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.RepatriationTask;
import org.depder.domain.cases.RepatriationTaskKind;
import org.depder.domain.cases.TaskState;
import org.depder.ui.cases.CasesViewModel.Line;

/**
 * The consular steps of a return (issue 7 item 4): travel document, risk assessment before return,
 * escort and hand-over on arrival, each a dated task with an owner. "Plan the return" creates the
 * four at once from the day of travel; each can also be added alone. The hand-over names the social
 * worker who receives the person and their home welaýat: that worker is usually not a user of this
 * laptop, so they are typed in (a name or an identifier), stored in the task's {@code handOverTo}.
 *
 * <p>The domain does not make the risk assessment come first: a return may be urgent, and the order
 * is the consular officer's call. The pane shows a warning line instead when the escort or the
 * hand-over was marked done while the risk assessment was still open (docs/cases.md section 9).
 */
public final class RepatriationModel {
  /** Days before the day of travel at which each task is due when the return is planned. */
  static final int TRAVEL_DOCUMENT_DAYS_BEFORE = 7;

  static final int RISK_ASSESSMENT_DAYS_BEFORE = 3;

  private final CaseContext context;
  private final Welayats welayats;
  private final ObservableList<Line> tasks = FXCollections.observableArrayList();
  private final ObservableList<String> owners = FXCollections.observableArrayList();
  private final ObservableList<String> regions = FXCollections.observableArrayList();
  private final ObjectProperty<String> owner = new SimpleObjectProperty<>();
  private final ObjectProperty<RepatriationTaskKind> kind =
      new SimpleObjectProperty<>(RepatriationTaskKind.TRAVEL_DOCUMENT);
  private final StringProperty date = new SimpleStringProperty("");
  private final StringProperty receiver = new SimpleStringProperty("");
  private final ObjectProperty<String> region = new SimpleObjectProperty<>();
  private final StringProperty note = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
  private List<RepatriationTask> current = List.of();
  private Map<String, String> names = Map.of();

  public RepatriationModel(CaseContext context, Welayats welayats) {
    this.context = context;
    this.welayats = welayats;
    date.set(today().plusDays(14).toString());
    context.onOpen(this::load);
  }

  private record Loaded(
      List<RepatriationTask> tasks, Map<String, String> names, String me, List<String> regions) {}

  private void load(Case c) {
    context.read(
        () ->
            new Loaded(
                context.work().tasks(c.id()).stream()
                    .sorted(
                        Comparator.comparing(RepatriationTask::kind)
                            .thenComparing(RepatriationTask::due)
                            .thenComparing(RepatriationTask::id))
                    .toList(),
                context.cases().userNames(),
                context.cases().currentUser(),
                welayats.codes()),
        this::show);
  }

  private void show(Loaded d) {
    current = d.tasks();
    names = d.names();
    List<String> ids = new ArrayList<>(d.names().keySet());
    ids.sort(Comparator.comparing(this::nameOf));
    String chosen = owner.get();
    if (!owners.equals(ids)) {
      owners.setAll(ids);
    }
    owner.set(chosen == null || !ids.contains(chosen) ? d.me() : chosen);
    String home = region.get();
    if (!regions.equals(d.regions())) {
      regions.setAll(d.regions());
      region.set(home);
    }
    Messages m = context.messages();
    LocalDate today = today();
    tasks.setAll(current.stream().map(t -> line(m, t, today)).toList());
    warning.set(riskAssessmentSkipped(current) ? m.text("casesui.repatriation.orderWarning") : "");
  }

  private Line line(Messages m, RepatriationTask t, LocalDate today) {
    String state = m.text(CaseLabels.taskState(t.state()));
    if (t.state() == TaskState.OPEN && t.due().isBefore(today)) {
      state = m.text("casesui.repatriation.overdue", state);
    }
    String kindName = m.text(CaseLabels.repatriationTask(t.kind()));
    String text =
        t.handOverTo().isPresent() && t.homeRegion().isPresent()
            ? m.text(
                "casesui.repatriation.itemHandOver",
                kindName,
                nameOf(t.ownerId()),
                m.date(t.due()),
                state,
                t.handOverTo().get(),
                welayats.name(t.homeRegion().get(), m.language()))
            : m.text(
                "casesui.repatriation.item", kindName, nameOf(t.ownerId()), m.date(t.due()), state);
    return new Line(t.id(), text);
  }

  /**
   * True when an escort or a hand-over was marked done while a risk assessment before return was
   * open: it is still open, or it was done later.
   */
  static boolean riskAssessmentSkipped(List<RepatriationTask> tasks) {
    List<RepatriationTask> risk =
        tasks.stream()
            .filter(t -> t.kind() == RepatriationTaskKind.PRE_RETURN_RISK_ASSESSMENT)
            .filter(t -> t.state() != TaskState.CANCELLED)
            .toList();
    return tasks.stream()
        .filter(
            t ->
                t.kind() == RepatriationTaskKind.ESCORT
                    || t.kind() == RepatriationTaskKind.HAND_OVER)
        .filter(t -> t.state() == TaskState.DONE && t.doneAt().isPresent())
        .anyMatch(
            done ->
                risk.stream()
                    .anyMatch(
                        r ->
                            r.state() == TaskState.OPEN
                                || r.doneAt()
                                    .map(at -> at.isAfter(done.doneAt().get()))
                                    .orElse(false)));
  }

  String nameOf(String userId) {
    return names.getOrDefault(userId, userId);
  }

  String regionName(String code) {
    return welayats.name(code, context.texts().language());
  }

  private LocalDate today() {
    return LocalDate.ofInstant(context.clock().instant(), CaseTasks.ZONE);
  }

  /** The date typed in the form, or empty after saying in the status line that it is not one. */
  private Optional<LocalDate> typedDate() {
    try {
      return Optional.of(LocalDate.parse(date.get().strip()));
    } catch (DateTimeParseException e) {
      context.say(context.messages().text("casesui.repatriation.badDate"));
      return Optional.empty();
    }
  }

  /**
   * Creates the four tasks for the owner: the travel document due a week before the day of travel,
   * the risk assessment three days before (neither before today), escort and hand-over on the day.
   */
  public void plan() {
    Optional<Case> shown = context.shown();
    Optional<LocalDate> travel = typedDate();
    if (shown.isEmpty() || travel.isEmpty() || owner.get() == null) {
      return;
    }
    UUID caseId = shown.get().id();
    String who = owner.get();
    LocalDate day = travel.get();
    LocalDate today = today();
    LocalDate document = max(today, day.minusDays(TRAVEL_DOCUMENT_DAYS_BEFORE));
    LocalDate risk = max(today, day.minusDays(RISK_ASSESSMENT_DAYS_BEFORE));
    context.act(
        () -> {
          CaseTasks work = context.work();
          work.openTask(caseId, RepatriationTaskKind.TRAVEL_DOCUMENT, who, min(document, day));
          work.openTask(
              caseId, RepatriationTaskKind.PRE_RETURN_RISK_ASSESSMENT, who, min(risk, day));
          work.openTask(caseId, RepatriationTaskKind.ESCORT, who, day);
          return work.openTask(caseId, RepatriationTaskKind.HAND_OVER, who, day);
        },
        r -> m -> m.text("casesui.repatriation.planned", m.date(r.due())));
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** Adds one task of the chosen kind, due on the typed date. */
  public void addTask() {
    Optional<Case> shown = context.shown();
    Optional<LocalDate> due = typedDate();
    if (shown.isEmpty() || due.isEmpty() || owner.get() == null || kind.get() == null) {
      return;
    }
    UUID caseId = shown.get().id();
    String who = owner.get();
    RepatriationTaskKind what = kind.get();
    context.act(
        () -> context.work().openTask(caseId, what, who, due.get()),
        r -> m -> m.text("casesui.repatriation.added", m.text(CaseLabels.repatriationTask(what))));
  }

  /**
   * Names the receiving social worker and the home welaýat on the hand-over: the selected task if
   * it is one, else the first open hand-over of the case.
   */
  public void handOver(Line selected) {
    Messages m = context.messages();
    String worker = receiver.get() == null ? "" : receiver.get().strip();
    if (worker.isEmpty()) {
      context.say(m.text("casesui.repatriation.receiverMissing"));
      return;
    }
    if (region.get() == null || region.get().isEmpty()) {
      context.say(m.text("casesui.repatriation.regionMissing"));
      return;
    }
    Optional<RepatriationTask> target =
        current.stream()
            .filter(t -> t.kind() == RepatriationTaskKind.HAND_OVER)
            .filter(t -> selected != null && t.id().equals(selected.id()))
            .findFirst()
            .or(
                () ->
                    current.stream()
                        .filter(t -> t.kind() == RepatriationTaskKind.HAND_OVER)
                        .filter(t -> t.state() == TaskState.OPEN)
                        .findFirst());
    if (target.isEmpty()) {
      context.say(m.text("casesui.repatriation.noHandOver"));
      return;
    }
    String home = region.get();
    context.act(
        () -> context.work().handOverTo(target.get().id(), worker, home),
        r -> t -> t.text("casesui.repatriation.receiverSaved"));
  }

  /** Marks the selected task done with the note typed (stored, never listed). */
  public void markDone(Line selected) {
    String withNote = note.get() == null ? "" : note.get().strip();
    context.act(
        () -> context.work().completeTask(selected.id(), withNote),
        r -> {
          note.set("");
          return m -> m.text("casesui.repatriation.markedDone");
        });
  }

  public ObservableList<Line> tasks() {
    return tasks;
  }

  public ObservableList<String> owners() {
    return owners;
  }

  public ObservableList<String> regions() {
    return regions;
  }

  public ObjectProperty<String> ownerProperty() {
    return owner;
  }

  public ObjectProperty<RepatriationTaskKind> kindProperty() {
    return kind;
  }

  public StringProperty dateProperty() {
    return date;
  }

  public StringProperty receiverProperty() {
    return receiver;
  }

  public ObjectProperty<String> regionProperty() {
    return region;
  }

  public StringProperty noteProperty() {
    return note;
  }

  public ReadOnlyStringProperty warningProperty() {
    return warning.getReadOnlyProperty();
  }
}
