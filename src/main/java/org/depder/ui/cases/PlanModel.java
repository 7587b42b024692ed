package org.depder.ui.cases;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.depder.app.cases.CaseLabels;
import org.depder.app.cases.CasePlan;
import org.depder.app.cases.ReferralLabels;
import org.depder.app.i18n.Messages;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.GoalState;
import org.depder.domain.cases.PlanGoal;
import org.depder.domain.cases.ServiceNeed;
import org.depder.ui.cases.CasesViewModel.Line;

/**
 * The rehabilitation and reintegration plan of the open case (issue 7 item 5): its goals, each a
 * need with an optional provider from the service directory, a responsible worker and an optional
 * target date, moved through planned, in progress, achieved or dropped. A goal's description is
 * stored, never listed. Goals with a target date reach their owner's due list by themselves.
 */
public final class PlanModel {
  /** The provider value meaning "none chosen". */
  static final String NO_PROVIDER = "";

  private final CaseContext context;
  private final CasePlan plan;
  private final ObservableList<Line> goals = FXCollections.observableArrayList();
  private final ObjectProperty<ServiceNeed> need = new SimpleObjectProperty<>(ServiceNeed.SHELTER);
  private final StringProperty description = new SimpleStringProperty("");
  private final ObservableList<String> providers = FXCollections.observableArrayList();
  private final ObjectProperty<String> provider = new SimpleObjectProperty<>(NO_PROVIDER);
  private final ObservableList<String> owners = FXCollections.observableArrayList();
  private final ObjectProperty<String> owner = new SimpleObjectProperty<>();
  private final StringProperty target = new SimpleStringProperty("");
  private Map<String, String> names = Map.of();

  public PlanModel(CaseContext context) {
    this.context = context;
    this.plan = new CasePlan(context.cases());
    providers.setAll(NO_PROVIDER);
    need.addListener((o, a, b) -> offerProviders(b));
    context.onOpen(this::load);
  }

  private record Loaded(List<PlanGoal> goals, Map<String, String> names) {}

  private void load(Case c) {
    context.read(
        () -> new Loaded(plan.goals(c.id()), context.userNames()),
        (Loaded l) -> {
          names = l.names();
          goals.setAll(l.goals().stream().map(this::line).toList());
          owners.setAll(
              l.names().keySet().stream().sorted(Comparator.comparing(this::ownerName)).toList());
          if (!owners.contains(c.ownerId())) {
            owners.add(0, c.ownerId());
          }
          owner.set(c.ownerId());
          offerProviders(need.get());
          description.set("");
          target.set("");
        });
  }

  /** The providers of the directory offering {@code value}, after "none chosen". */
  private void offerProviders(ServiceNeed value) {
    List<String> offering =
        value == null
            ? List.of()
            : context
                .directory()
                .map(d -> d.offering(value).stream().map(e -> e.id()).toList())
                .orElse(List.of());
    providers.setAll(NO_PROVIDER);
    providers.addAll(offering);
    provider.set(NO_PROVIDER);
  }

  private Line line(PlanGoal g) {
    Messages m = context.messages();
    String need = m.text(ReferralLabels.need(g.need()));
    String state = m.text(CaseLabels.goalState(g.state()));
    String provider = providerName(g.serviceId().orElse(NO_PROVIDER));
    String owner = ownerName(g.ownerId());
    return new Line(
        g.id(),
        g.target().isPresent()
            ? m.text(
                "casesui.plan.itemWithTarget",
                need,
                state,
                provider,
                owner,
                m.date(g.target().get()))
            : m.text("casesui.plan.item", need, state, provider, owner));
  }

  /** The provider's name in the UI language, or "no provider chosen". */
  String providerName(String serviceId) {
    return serviceId == null || serviceId.isEmpty()
        ? context.messages().text("casesui.plan.noProvider")
        : context.serviceName(serviceId);
  }

  /** The display name of a user id (the id itself when this computer does not know it). */
  String ownerName(String userId) {
    return userId == null ? "" : names.getOrDefault(userId, userId);
  }

  public ObservableList<Line> goals() {
    return goals;
  }

  public ObjectProperty<ServiceNeed> needProperty() {
    return need;
  }

  /** Stored with the goal, never shown in a list. */
  public StringProperty descriptionProperty() {
    return description;
  }

  /** Directory ids offering the chosen need; the first, {@link #NO_PROVIDER}, is none. */
  public ObservableList<String> providers() {
    return providers;
  }

  public ObjectProperty<String> providerProperty() {
    return provider;
  }

  /** User ids of this computer, the case's owner among them. */
  public ObservableList<String> owners() {
    return owners;
  }

  public ObjectProperty<String> ownerProperty() {
    return owner;
  }

  /** The target date as {@code 2026-03-20}; empty for none. */
  public StringProperty targetProperty() {
    return target;
  }

  public void add() {
    Optional<Case> shown = context.shown();
    if (shown.isEmpty() || need.get() == null) {
      return;
    }
    String typed = target.get() == null ? "" : target.get().trim();
    Optional<LocalDate> by = typed.isEmpty() ? Optional.empty() : FollowUpsModel.date(typed);
    if (!typed.isEmpty() && by.isEmpty()) {
      context.say(context.messages().text("casesui.date.invalid"));
      return;
    }
    UUID caseId = shown.get().id();
    ServiceNeed chosen = need.get();
    String text = description.get() == null ? "" : description.get().strip();
    Optional<String> service =
        Optional.ofNullable(provider.get()).filter(id -> !id.equals(NO_PROVIDER));
    String responsible = owner.get() == null ? shown.get().ownerId() : owner.get();
    context.act(
        () -> plan.addGoal(caseId, chosen, text, service, responsible, by),
        r -> m -> m.text("casesui.plan.added"));
  }

  public void setState(Line goal, GoalState state) {
    context.act(
        () -> plan.setGoalState(goal.id(), state),
        r -> m -> m.text("casesui.plan.stateChanged", m.text(CaseLabels.goalState(state))));
  }
}
