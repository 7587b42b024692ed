package org.depder.ui.cases;

import java.time.LocalDate;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.FollowUpSchedule;
import org.depder.domain.cases.FollowUpVisit;
import org.depder.ui.cases.CasesViewModel.Line;

/** The follow-up visits of the open case: scheduled from today, each recorded when it happens. */
public final class FollowUpsModel {
  private final CaseContext context;
  private final ObservableList<Line> visits = FXCollections.observableArrayList();

  public FollowUpsModel(CaseContext context) {
    this.context = context;
    context.onOpen(this::load);
  }

  private void load(Case c) {
    context.read(
        () -> context.work().followUps(c.id()),
        (List<FollowUpVisit> list) -> visits.setAll(context.lines().followUps(list)));
  }

  public ObservableList<Line> visits() {
    return visits;
  }

  public void schedule() {
    context
        .shown()
        .ifPresent(
            c -> {
              LocalDate today = LocalDate.now(context.clock());
              context.act(
                  () -> context.work().scheduleFollowUps(c.id(), today, FollowUpSchedule.DEFAULT),
                  r -> m -> m.text("casesui.followup.scheduled"));
            });
  }

  public void record(Line visit) {
    LocalDate today = LocalDate.now(context.clock());
    context.act(
        () -> context.work().recordVisit(visit.id(), today, ""), r -> m -> m.text("casesui.done"));
  }
}
