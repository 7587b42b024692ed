package org.depder.ui.conflicts;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.depder.app.TaskRunner;
import org.depder.app.i18n.Messages;
import org.depder.app.replication.ConflictDetail;
import org.depder.app.replication.ConflictDetail.Candidate;
import org.depder.app.replication.ConflictService;
import org.depder.app.replication.ConflictSummary;
import org.depder.app.replication.EntityRef;
import org.depder.app.replication.ReplicationException;
import org.depder.app.replication.Resolution;
import org.depder.ui.LiveTexts;
import org.depder.ui.sync.SyncTexts;

/**
 * The conflict review screen: the records whose fields were changed on two devices at once, and for
 * the selected record every conflicting field with every value side by side. Resolving a field
 * writes a new revision through {@link ConflictService}; the lists are read again afterwards, so a
 * record leaves the list when its last field is settled.
 */
public final class ConflictsViewModel {
  private final LiveTexts texts;
  private final TaskRunner tasks;
  private final ConflictService conflicts;
  private final Clock clock;
  private final ObservableList<ConflictSummary> list = FXCollections.observableArrayList();
  private final ObjectProperty<ConflictSummary> selected = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<EntityRef> shown = new ReadOnlyObjectWrapper<>();
  private final ObservableList<FieldChoice> fields = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private final ObjectProperty<Function<Messages, String>> status = new SimpleObjectProperty<>();
  private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
  private final StringBinding statusText;

  public ConflictsViewModel(
      LiveTexts texts, TaskRunner tasks, ConflictService conflicts, Clock clock) {
    this.texts = texts;
    this.tasks = tasks;
    this.conflicts = conflicts;
    this.clock = clock;
    statusText =
        Bindings.createStringBinding(
            () -> status.get() == null ? "" : status.get().apply(texts.messages()),
            status,
            texts.messagesProperty());
    selected.addListener((o, a, b) -> open(b));
  }

  /** Reads the list again; keeps the selection on the same record when it is still listed. */
  public void refresh() {
    EntityRef keep = selected.get() == null ? null : selected.get().entity();
    tasks.run(
        conflicts::conflicts,
        loaded -> {
          list.setAll(loaded);
          Optional<ConflictSummary> same =
              loaded.stream().filter(s -> s.entity().equals(keep)).findFirst();
          if (same.isPresent() && same.get().equals(selected.get())) {
            open(same.get()); // unchanged summary: no selection event, read the fields anyway
          } else if (same.isPresent()) {
            selected.set(same.get());
          } else {
            selected.set(loaded.isEmpty() ? null : loaded.get(0));
          }
        },
        this::failed);
  }

  private void open(ConflictSummary summary) {
    if (summary == null) {
      shown.set(null);
      fields.clear();
      return;
    }
    tasks.run(
        () -> conflicts.conflict(summary.entity()),
        this::show,
        failure -> {
          shown.set(null);
          fields.clear();
          failed(failure);
        });
  }

  private void show(ConflictDetail detail) {
    Messages m = texts.messages();
    shown.set(detail.entity()); // first: the view rebuilds when the fields change
    fields.setAll(
        detail.fields().stream()
            .map(f -> new FieldChoice(f, fieldLabel(m, detail.entity().entityType(), f.field())))
            .toList());
  }

  /**
   * The field's translated label ({@code field.<entity type>.<field>}) where the bundle has one,
   * else the field's name as stored: a conflict on a field without a label must still be shown.
   */
  static String fieldLabel(Messages m, String entityType, String field) {
    String key = String.join(".", "field", entityType, field);
    return m.has(key) ? m.text(key) : field;
  }

  /**
   * Records the person's choice for {@code field} as a new revision, then reads everything again.
   */
  public void resolve(FieldChoice field) {
    EntityRef entity = shown.get();
    Optional<Resolution> resolution = field.resolution();
    if (entity == null || resolution.isEmpty() || busy.get()) {
      return;
    }
    busy.set(true);
    String label = field.label();
    tasks.run(
        () -> {
          conflicts.resolve(entity, field.field(), resolution.get());
          return entity;
        },
        done -> {
          busy.set(false);
          failed.set(false);
          status.set(m -> m.text("conflicts.resolved", label));
          refresh();
        },
        failure -> {
          busy.set(false);
          failed(failure);
          refresh();
        });
  }

  private void failed(Throwable failure) {
    failed.set(true);
    if (failure instanceof ReplicationException e) {
      status.set(m -> SyncTexts.problem(m, e.problem()));
    } else {
      status.set(SyncTexts::unexpected);
    }
  }

  /** One line of the list: what kind of record, how many fields, since when. No field values. */
  public String describe(ConflictSummary summary) {
    Messages m = texts.messages();
    return m.text(
        "conflicts.list.item",
        SyncTexts.entityKind(m, summary.entity().entityType()),
        summary.fields(),
        SyncTexts.moment(m, summary.since(), clock.getZone()),
        shortId(summary.entity()));
  }

  /** The title above the fields of the selected record. */
  public String heading(EntityRef entity) {
    Messages m = texts.messages();
    return m.text(
        "conflicts.detail.title", SyncTexts.entityKind(m, entity.entityType()), shortId(entity));
  }

  /** Who wrote a value, on which device and when. */
  public String provenance(Candidate candidate) {
    Messages m = texts.messages();
    return m.text(
        "conflicts.candidate.by",
        candidate.author(),
        candidate.device(),
        SyncTexts.moment(m, candidate.time(), clock.getZone()));
  }

  /** The value as text; a cleared field says so instead of showing nothing. */
  public String value(Candidate candidate) {
    return candidate.displayValue().isEmpty()
        ? texts.messages().text("conflicts.value.empty")
        : candidate.displayValue();
  }

  /** The first 8 hex digits of the id: enough to tell two records apart, and no personal data. */
  private static String shortId(EntityRef entity) {
    return entity.entityId().toString().substring(0, 8);
  }

  public ObservableList<ConflictSummary> conflicts() {
    return list;
  }

  public ObjectProperty<ConflictSummary> selectedProperty() {
    return selected;
  }

  /** The record whose fields are shown, or null. */
  public ReadOnlyObjectProperty<EntityRef> shownProperty() {
    return shown.getReadOnlyProperty();
  }

  public ObservableList<FieldChoice> fields() {
    return fields;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** Whether the last step failed (the status then says what to do). */
  public ReadOnlyBooleanProperty failedProperty() {
    return failed.getReadOnlyProperty();
  }

  public StringBinding statusText() {
    return statusText;
  }

  public LiveTexts texts() {
    return texts;
  }
}
