package org.depder.ui.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.depder.app.cases.CaseLabels;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseRuleException;
import org.depder.domain.cases.FollowUpSchedule;
import org.depder.domain.cases.FollowUpVisit;
import org.depder.ui.cases.CasesViewModel.Line;

/**
 * The follow-up visits of the open case (issue 7 item 5): scheduled at the months the worker types
 * (1, 3, 6 and 12 by default) from a start date, each recorded with the day of the visit and a note
 * that is stored, never listed. Open visits reach the due list of the Cases area by themselves. A
 * bad months list or date is refused here, in words, before the service is called, and what was
 * typed stays in the fields.
 */
public final class FollowUpsModel {
  private final CaseContext context;
  private final ObservableList<Line> visits = FXCollections.observableArrayList();
  private final StringProperty months = new SimpleStringProperty();
  private final StringProperty start = new SimpleStringProperty();
  private final StringProperty visitedOn = new SimpleStringProperty();
  private final StringProperty note = new SimpleStringProperty("");

  public FollowUpsModel(CaseContext context) {
    this.context = context;
    clear();
    context.onOpen(this::load);
  }

  private record Loaded(List<FollowUpVisit> visits, Map<String, String> names) {}

  private void load(Case c) {
    clear();
    context.read(
        () -> new Loaded(context.work().followUps(c.id()), context.userNames()),
        (Loaded l) ->
            visits.setAll(
                context
                    .lines()
                    .followUps(l.visits(), today(), id -> l.names().getOrDefault(id, id))));
  }

  /** The fields as for a new case: the default months, today, no note. */
  private void clear() {
    months.set(text(FollowUpSchedule.DEFAULT));
    start.set(today().toString());
    visitedOn.set(today().toString());
    note.set("");
  }

  static String text(FollowUpSchedule schedule) {
    return schedule.months().stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private LocalDate today() {
    return LocalDate.now(context.clock());
  }

  public ObservableList<Line> visits() {
    return visits;
  }

  /** The months after the start, separated by commas or spaces, e.g. {@code 1, 3, 6, 12}. */
  public StringProperty monthsProperty() {
    return months;
  }

  /** The day the schedule counts from, as {@code 2026-03-20}. */
  public StringProperty startProperty() {
    return start;
  }

  /** The day of the visit being recorded, as {@code 2026-03-20}. */
  public StringProperty visitedOnProperty() {
    return visitedOn;
  }

  /** What the worker writes about the visit; stored with it, never shown in a list. */
  public StringProperty noteProperty() {
    return note;
  }

  /** The schedule typed in the months field, or empty when it is not a valid one. */
  static Optional<FollowUpSchedule> schedule(String text) {
    String trimmed = text == null ? "" : text.trim();
    if (trimmed.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> list = new ArrayList<>();
    try {
      for (String part : trimmed.split("[,;\\s]+")) {
        list.add(Integer.parseInt(part));
      }
      return Optional.of(new FollowUpSchedule(list));
    } catch (NumberFormatException | CaseRuleException e) {
      return Optional.empty();
    }
  }

  /** A date typed in ISO form ({@code 2026-03-20}), or empty when it is not one. */
  static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text == null ? "" : text.trim()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  public void schedule() {
    Optional<Case> shown = context.shown();
    if (shown.isEmpty()) {
      return;
    }
    Optional<FollowUpSchedule> schedule = schedule(months.get());
    if (schedule.isEmpty()) {
      context.say(
          context.messages().text(CaseLabels.rule(CaseRuleException.Code.INVALID_SCHEDULE)));
      return;
    }
    Optional<LocalDate> from = date(start.get());
    if (from.isEmpty()) {
      context.say(context.messages().text("casesui.date.invalid"));
      return;
    }
    context.act(
        () -> context.work().scheduleFollowUps(shown.get().id(), from.get(), schedule.get()),
        r -> m -> m.text("casesui.followup.scheduled"));
  }

  public void record(Line visit) {
    Optional<LocalDate> on = date(visitedOn.get());
    if (on.isEmpty()) {
      context.say(context.messages().text("casesui.date.invalid"));
      return;
    }
    String written = note.get() == null ? "" : note.get().strip();
    context.act(
        () -> context.work().recordVisit(visit.id(), on.get(), written),
        r -> m -> m.text("casesui.done"));
  }
}
