package org.depder.ui.cases;

import java.time.LocalDate;
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
import org.depder.domain.cases.Transfer;
import org.depder.ui.cases.CasesViewModel.Line;

/**
 * Transfer of the open case to another worker or welaýat (issue 7 item 8). The sender names a user
 * of this laptop (or types the id of one elsewhere) and/or a welaýat, with a reason; nothing
 * changes hands until the receiver accepts. The receiver sees the transfer in this tab (and, when
 * named, in the due list) and accepts (they become the owner) or declines; the sender can cancel.
 * The reason is stored, never listed.
 */
public final class TransferModel {
  /** The "nobody named" / "no welaýat named" choice of the picklists. */
  static final String NONE = "";

  private final CaseContext context;
  private final Welayats welayats;
  private final ObservableList<Line> transfers = FXCollections.observableArrayList();
  private final ObservableList<String> workers = FXCollections.observableArrayList();
  private final ObservableList<String> regions = FXCollections.observableArrayList();
  private final ObjectProperty<String> worker = new SimpleObjectProperty<>(NONE);
  private final StringProperty workerId = new SimpleStringProperty("");
  private final ObjectProperty<String> region = new SimpleObjectProperty<>(NONE);
  private final StringProperty reason = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper owner = new ReadOnlyStringWrapper("");
  private Map<String, String> names = Map.of();

  public TransferModel(CaseContext context, Welayats welayats) {
    this.context = context;
    this.welayats = welayats;
    context.onOpen(this::load);
  }

  private record Loaded(
      Case c, List<Transfer> transfers, Map<String, String> names, List<String> regions) {}

  private void load(Case c) {
    context.read(
        () ->
            new Loaded(
                c, context.work().transfers(c.id()), context.cases().userNames(), welayats.codes()),
        this::show);
  }

  private void show(Loaded d) {
    names = d.names();
    List<String> ids = new ArrayList<>(d.names().keySet());
    ids.sort(Comparator.comparing(this::nameOf));
    ids.add(0, NONE);
    if (!workers.equals(ids)) {
      workers.setAll(ids);
    }
    List<String> codes = new ArrayList<>(d.regions());
    codes.add(0, NONE);
    if (!regions.equals(codes)) {
      regions.setAll(codes);
    }
    if (!workers.contains(worker.get())) {
      worker.set(NONE);
    }
    if (!regions.contains(region.get())) {
      region.set(NONE);
    }
    Messages m = context.messages();
    owner.set(
        m.text(
            "casesui.transfer.owner",
            nameOf(d.c().ownerId()),
            welayats.name(d.c().region(), m.language())));
    transfers.setAll(d.transfers().stream().map(t -> line(m, t)).toList());
  }

  private Line line(Messages m, Transfer t) {
    String to =
        t.toOwner().isPresent() && t.toRegion().isPresent()
            ? m.text(
                "casesui.transfer.toBoth",
                nameOf(t.toOwner().get()),
                welayats.name(t.toRegion().get(), m.language()))
            : t.toOwner()
                .map(this::nameOf)
                .orElseGet(() -> welayats.name(t.toRegion().orElseThrow(), m.language()));
    return new Line(
        t.id(),
        m.text(
            "casesui.transfer.item",
            m.date(LocalDate.ofInstant(t.requestedAt(), CaseTasks.ZONE)),
            nameOf(t.fromOwner()),
            to,
            m.text(CaseLabels.transferState(t.state()))));
  }

  String nameOf(String userId) {
    return names.getOrDefault(userId, userId);
  }

  /** A worker of the picklist by name; the empty choice says that nobody is named. */
  String workerName(String userId) {
    return NONE.equals(userId)
        ? context.messages().text("casesui.transfer.nobody")
        : nameOf(userId);
  }

  String regionName(String code) {
    return NONE.equals(code)
        ? context.messages().text("casesui.transfer.noRegion")
        : welayats.name(code, context.texts().language());
  }

  /** Asks for the transfer; the case stays with its owner until the receiver accepts. */
  public void request() {
    Optional<Case> shown = context.shown();
    if (shown.isEmpty()) {
      return;
    }
    Messages m = context.messages();
    String typed = workerId.get() == null ? "" : workerId.get().strip();
    Optional<String> to =
        !typed.isEmpty()
            ? Optional.of(typed)
            : Optional.ofNullable(worker.get()).filter(w -> !w.isEmpty());
    Optional<String> where = Optional.ofNullable(region.get()).filter(r -> !r.isEmpty());
    String why = reason.get() == null ? "" : reason.get().strip();
    if (to.isEmpty() && where.isEmpty()) {
      context.say(m.text("cases.rule.transferWithoutTarget"));
      return;
    }
    if (why.isEmpty()) {
      context.say(m.text("casesui.transfer.reasonMissing"));
      return;
    }
    UUID caseId = shown.get().id();
    context.act(
        () -> context.work().requestTransfer(caseId, to, where, why),
        r -> {
          worker.set(NONE);
          workerId.set("");
          region.set(NONE);
          reason.set("");
          return t -> t.text("casesui.transfer.requestedDone");
        });
  }

  /** The signed-in user accepts the selected transfer and becomes the case's owner. */
  public void accept(Line transfer) {
    context.act(
        () -> context.work().acceptTransfer(transfer.id()),
        c -> m -> m.text("casesui.transfer.acceptedDone"));
  }

  /** The signed-in user declines the selected transfer; the case stays with its owner. */
  public void decline(Line transfer) {
    context.act(
        () -> context.work().declineTransfer(transfer.id()),
        t -> m -> m.text("casesui.transfer.declinedDone"));
  }

  /** Withdraws the selected request while it waits for its receiver. */
  public void cancel(Line transfer) {
    context.act(
        () -> context.work().cancelTransfer(transfer.id()),
        t -> m -> m.text("casesui.transfer.cancelledDone"));
  }

  public ObservableList<Line> transfers() {
    return transfers;
  }

  public ObservableList<String> workers() {
    return workers;
  }

  public ObservableList<String> regions() {
    return regions;
  }

  public ObjectProperty<String> workerProperty() {
    return worker;
  }

  public StringProperty workerIdProperty() {
    return workerId;
  }

  public ObjectProperty<String> regionProperty() {
    return region;
  }

  public StringProperty reasonProperty() {
    return reason;
  }

  /** Who has the case now, and that nothing changes hands before the receiver accepts. */
  public ReadOnlyStringProperty ownerProperty() {
    return owner.getReadOnlyProperty();
  }
}
