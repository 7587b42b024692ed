package org.depder.ui.cases;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.depder.app.cases.ReferralLabels;
import org.depder.app.i18n.Messages;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.ContactMethod;
import org.depder.domain.cases.Referral;
import org.depder.domain.cases.ServiceNeed;
import org.depder.domain.cases.Urgency;
import org.depder.domain.reference.ServiceDirectory;
import org.depder.domain.reference.ServiceEntry;

/**
 * The form that proposes a referral of the open case: a service of the case's welaýat or a
 * nationwide one (optionally only those offering a chosen need), the needs, the urgency, how the
 * service makes contact and the detail for it, which goes into the packet the service receives.
 * Checked here before the service is called, so a refusal loses nothing typed.
 */
public final class ReferralProposal {
  private final CaseContext context;
  private final Consumer<Referral> proposed;
  private final ObservableList<Optional<ServiceNeed>> filters = FXCollections.observableArrayList();
  private final ObjectProperty<Optional<ServiceNeed>> filter =
      new SimpleObjectProperty<>(Optional.empty());
  private final ObservableList<ServiceEntry> services = FXCollections.observableArrayList();
  private final ObjectProperty<ServiceEntry> service = new SimpleObjectProperty<>();
  private final Map<ServiceNeed, BooleanProperty> needs = new EnumMap<>(ServiceNeed.class);
  private final ObjectProperty<Urgency> urgency = new SimpleObjectProperty<>(Urgency.ROUTINE);
  private final ObjectProperty<ContactMethod> contact =
      new SimpleObjectProperty<>(ContactMethod.THROUGH_REFERRING_WORKER);
  private final StringProperty contactDetail = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
  private String region = "";
  private java.util.UUID caseId;

  /**
   * @param proposed told of every referral proposed here, on the UI thread
   */
  ReferralProposal(CaseContext context, Consumer<Referral> proposed) {
    this.context = context;
    this.proposed = proposed;
    filters.add(Optional.empty());
    for (ServiceNeed need : ServiceNeed.values()) {
      filters.add(Optional.of(need));
      needs.put(need, new SimpleBooleanProperty(false));
    }
    filter.addListener(
        (o, a, b) -> {
          b.ifPresent(need -> needs.get(need).set(true));
          offer();
        });
    service.addListener((o, a, b) -> warn());
    context.texts().messagesProperty().addListener((o, a, b) -> warn());
    context.onOpen(this::opened);
  }

  /** Another case starts from an empty form, so nothing typed for one person goes to another. */
  private void opened(Case c) {
    if (!c.id().equals(caseId)) {
      caseId = c.id();
      needs.values().forEach(n -> n.set(false));
      contactDetail.set("");
      filter.set(Optional.empty());
    }
    if (!c.region().equals(region)) {
      region = c.region();
      offer();
    }
  }

  /** The services usable from the case's welaýat (and nationwide), offering the chosen need. */
  private void offer() {
    Optional<ServiceDirectory> directory = context.directory();
    List<ServiceEntry> usable =
        directory.stream()
            .flatMap(d -> d.forRegion(region).stream())
            .filter(s -> filter.get().map(s.serves()::contains).orElse(true))
            .toList();
    ServiceEntry chosen = service.get();
    services.setAll(usable);
    service.set(usable.contains(chosen) ? chosen : null);
    warn();
  }

  private void warn() {
    Messages m = context.messages();
    ServiceEntry s = service.get();
    if (context.directory().isEmpty()) {
      warning.set(m.text(ReferralLabels.ERROR_SERVICES_UNAVAILABLE));
    } else if (services.isEmpty()) {
      warning.set(m.text("casesui.referral.propose.noServices"));
    } else if (s == null || !s.needsVerification()) {
      warning.set("");
    } else if (s.toBeConfirmed().isEmpty()) {
      warning.set(m.text("casesui.referral.propose.unconfirmedEntry"));
    } else {
      String fields =
          s.toBeConfirmed().stream()
              .sorted(Comparator.comparing(ReferralProposal::fieldOrder))
              .map(f -> m.text(fieldKey(f)))
              .collect(Collectors.joining(", "));
      warning.set(m.text("casesui.referral.propose.unconfirmed", fields));
    }
  }

  private static int fieldOrder(String field) {
    return List.of("phone", "email", "address", "hours", "capacity").indexOf(field);
  }

  /** The i18n key of a confirmable contact field. */
  private static String fieldKey(String field) {
    return switch (field) {
      case "phone" -> "casesui.referral.propose.field.phone";
      case "email" -> "casesui.referral.propose.field.email";
      case "address" -> "casesui.referral.propose.field.address";
      case "hours" -> "casesui.referral.propose.field.hours";
      default -> "casesui.referral.propose.field.capacity";
    };
  }

  /** The name of a service in the UI language, marked when its contacts are not confirmed. */
  public String label(ServiceEntry s) {
    Messages m = context.messages();
    String name = s.name().in(context.texts().language().code());
    return s.needsVerification() ? m.text("casesui.referral.propose.unconfirmedItem", name) : name;
  }

  /** Proposes the referral as filled in; says what is missing instead when something is. */
  public void propose() {
    Optional<Case> shown = context.shown();
    if (shown.isEmpty()) {
      return;
    }
    Messages m = context.messages();
    Set<ServiceNeed> chosen =
        needs.entrySet().stream()
            .filter(e -> e.getValue().get())
            .map(Map.Entry::getKey)
            .collect(Collectors.toCollection(TreeSet::new));
    String detail = contactDetail.get().strip();
    Optional<String> missing =
        Stream.of(
                service.get() == null ? "casesui.referral.error.noService" : null,
                chosen.isEmpty() ? "casesui.referral.error.noNeeds" : null,
                contact.get() == ContactMethod.PHONE_AGREED_NUMBER && detail.isEmpty()
                    ? "casesui.referral.error.noNumber"
                    : null)
            .filter(key -> key != null)
            .findFirst();
    if (missing.isPresent()) {
      context.say(m.text(missing.get()));
      return;
    }
    String serviceId = service.get().id();
    Urgency u = urgency.get();
    ContactMethod method = contact.get();
    context.act(
        () -> context.cases().propose(shown.get().id(), serviceId, chosen, u, method, detail),
        r -> {
          proposed.accept(r);
          return t -> t.text("casesui.referral.proposed");
        });
  }

  public ObservableList<Optional<ServiceNeed>> filters() {
    return filters;
  }

  public ObjectProperty<Optional<ServiceNeed>> filterProperty() {
    return filter;
  }

  public ObservableList<ServiceEntry> services() {
    return services;
  }

  public ObjectProperty<ServiceEntry> serviceProperty() {
    return service;
  }

  public BooleanProperty need(ServiceNeed need) {
    return needs.get(need);
  }

  public ObjectProperty<Urgency> urgencyProperty() {
    return urgency;
  }

  public ObjectProperty<ContactMethod> contactProperty() {
    return contact;
  }

  public StringProperty contactDetailProperty() {
    return contactDetail;
  }

  /** The directory's warning about the chosen service, or why no service can be chosen. */
  public ReadOnlyStringProperty warningProperty() {
    return warning.getReadOnlyProperty();
  }
}
