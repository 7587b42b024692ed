package org.depder.ui.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.depder.app.i18n.Language;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.Consent;
import org.depder.domain.cases.ConsentDecision;
import org.depder.domain.cases.ConsentForm;
import org.depder.domain.cases.ConsentGiver;
import org.depder.domain.cases.ConsentPurpose;
import org.depder.domain.cases.Referral;
import org.depder.domain.reference.ServiceEntry;
import org.depder.ui.cases.CasesViewModel.Line;

/**
 * The Consents tab's form: any answer of the person (or, for a child, of the guardian) to any
 * purpose, and the details of a selected consent. Referral and data-sharing answers name one
 * service of the directory (the scope the consent gate checks); the other purposes have no scope.
 * The service sets the answer's id, time and recorder, so the worker cannot back-date or sign for
 * someone else.
 */
public final class ConsentFormModel {
  /** A placeholder: the service gives every answer its own id. */
  private static final UUID NEW = new UUID(0, 0);

  private final CaseContext context;
  private final ObjectProperty<ConsentPurpose> purpose =
      new SimpleObjectProperty<>(ConsentPurpose.REFERRAL);
  private final ObjectProperty<String> scope = new SimpleObjectProperty<>();
  private final ObjectProperty<ConsentDecision> decision =
      new SimpleObjectProperty<>(ConsentDecision.GIVEN);
  private final ObjectProperty<ConsentGiver> givenBy =
      new SimpleObjectProperty<>(ConsentGiver.PERSON);
  private final ObjectProperty<ConsentForm> form =
      new SimpleObjectProperty<>(ConsentForm.ORAL_WITNESSED);
  private final ObjectProperty<String> language = new SimpleObjectProperty<>();
  private final StringProperty childViews = new SimpleStringProperty("");
  private final ReadOnlyBooleanWrapper child = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper rule = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
  private final ObservableList<String> services = FXCollections.observableArrayList();
  private final ObservableList<String> languages = FXCollections.observableArrayList();
  private final BooleanProperty scoped = new SimpleBooleanProperty(true);
  private final List<ObjectProperty<String>> scopes = new ArrayList<>(List.of(scope));
  private UUID openCase;
  private Line detailed;

  public ConsentFormModel(CaseContext context) {
    this.context = context;
    scoped.bind(Bindings.createBooleanBinding(() -> ConsentTexts.scoped(purpose.get()), purpose));
    context.onOpen(this::load);
    context
        .texts()
        .messagesProperty()
        .addListener((o, a, b) -> context.shown().ifPresent(this::sayRule));
  }

  private void load(Case c) {
    child.set(c.child());
    sayRule(c);
    boolean sameCase = c.id().equals(openCase);
    if (!sameCase) {
      openCase = c.id();
      detailed = null;
      details.set("");
    } else if (detailed != null) {
      showDetails(detailed);
    }
    context.read(
        () -> context.cases().referrals(c.id()), (List<Referral> r) -> fill(c, r, sameCase));
  }

  private void sayRule(Case c) {
    rule.set(
        context
            .messages()
            .text(c.child() ? "casesui.consentForm.ruleChild" : "casesui.consentForm.ruleAdult"));
  }

  /**
   * The services of the case's referrals first (the usual answer is about one of them), then the
   * rest of the directory by name in the UI language; the languages the UI knows and the case's.
   * The chosen services are kept while the same case is read again, and start over for another.
   */
  private void fill(Case c, List<Referral> referrals, boolean sameCase) {
    Set<String> ids = new LinkedHashSet<>();
    referrals.forEach(r -> ids.add(r.serviceId()));
    context
        .directory()
        .ifPresent(
            d ->
                d.services().stream()
                    .map(ServiceEntry::id)
                    .sorted(Comparator.comparing(context::serviceName))
                    .forEach(ids::add));
    List<String> kept = scopes.stream().map(p -> sameCase ? p.get() : (String) null).toList();
    services.setAll(ids);
    String first = ids.stream().findFirst().orElse(null);
    for (int i = 0; i < scopes.size(); i++) {
      String keep = kept.get(i);
      scopes.get(i).set(keep != null && ids.contains(keep) ? keep : first);
    }
    List<String> codes = new ArrayList<>();
    codes.add(c.language());
    for (Language l : Language.values()) {
      if (!codes.contains(l.code())) {
        codes.add(l.code());
      }
    }
    languages.setAll(codes);
    language.set(c.language());
    childViews.set("");
  }

  /** Records the answer as chosen; refuses, in words, an answer that names no service. */
  public void record() {
    Optional<Case> shown = context.shown();
    if (shown.isEmpty()) {
      return;
    }
    Case c = shown.get();
    ConsentPurpose p = purpose.get();
    String s = ConsentTexts.scoped(p) ? scope.get() : "";
    if (s == null || s.isBlank()) {
      context.say(context.messages().text("casesui.consentForm.error.scope"));
      return;
    }
    String lang = language.get() == null ? c.language() : language.get();
    ConsentDecision d = decision.get();
    ConsentGiver giver = givenBy.get();
    // id, time and recorder are set by the service
    Consent answer =
        new Consent(
            NEW,
            c.id(),
            p,
            s,
            d,
            giver,
            form.get(),
            lang,
            context.clock().instant(),
            "",
            c.child() ? childViews.get().strip() : "",
            Optional.empty(),
            Optional.empty());
    context.act(
        () -> context.cases().recordConsent(answer),
        stored -> m -> m.text(ConsentTexts.recordedKey(c, stored)));
  }

  /**
   * Shows who recorded the selected consent, when, how, and what it had let out before; kept (and
   * read again) while the same case is reloaded after an action, such as its withdrawal.
   */
  public void showDetails(Line consent) {
    Optional<Case> shown = context.shown();
    if (consent == null || shown.isEmpty()) {
      return;
    }
    if (consent.id() == null) {
      detailed = null;
      details.set("");
      return;
    }
    detailed = consent;
    UUID caseId = shown.get().id();
    context.read(
        () ->
            new ConsentTexts.Facts(
                context.cases().consents(caseId).stream()
                    .filter(x -> x.id().equals(consent.id()))
                    .findFirst(),
                context.cases().referrals(caseId),
                context.userNames()),
        facts ->
            details.set(
                new ConsentTexts(
                        context.messages(), context.clock().getZone(), context::serviceName)
                    .details(facts)));
  }

  public ObjectProperty<ConsentPurpose> purposeProperty() {
    return purpose;
  }

  public ObjectProperty<String> scopeProperty() {
    return scope;
  }

  public ObjectProperty<ConsentDecision> decisionProperty() {
    return decision;
  }

  public ObjectProperty<ConsentGiver> givenByProperty() {
    return givenBy;
  }

  public ObjectProperty<ConsentForm> formProperty() {
    return form;
  }

  public ObjectProperty<String> languageProperty() {
    return language;
  }

  public StringProperty childViewsProperty() {
    return childViews;
  }

  /** Whether the open case is a child's: the child's views can then be written down. */
  public ReadOnlyBooleanProperty childProperty() {
    return child.getReadOnlyProperty();
  }

  /** Whether the chosen purpose names a service. */
  public BooleanBinding scopedProperty() {
    return Bindings.createBooleanBinding(scoped::get, scoped);
  }

  /** Whose answer counts for this case (child: guardian or best interests; adult: the person). */
  public ReadOnlyStringProperty ruleProperty() {
    return rule.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty detailsProperty() {
    return details.getReadOnlyProperty();
  }

  /**
   * Another service choice over {@link #services()} (the best-interests form's): it keeps its
   * service, or gets the first, whenever the list is read again.
   */
  public void alsoScope(ObjectProperty<String> other) {
    scopes.add(other);
  }

  /** Service ids to choose from, shown by name. */
  public ObservableList<String> services() {
    return services;
  }

  /** ISO 639-1 codes of the languages the consent may have been explained in. */
  public ObservableList<String> languages() {
    return languages;
  }
}
