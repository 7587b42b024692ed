package org.depder.ui.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.depder.app.cases.CaseProceedings;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.ClaimRoute;
import org.depder.domain.cases.ClaimStatus;
import org.depder.domain.cases.CompensationClaim;
import org.depder.domain.cases.Cooperation;
import org.depder.domain.cases.Proceedings;
import org.depder.domain.cases.ProceedingsStatus;
import org.depder.ui.cases.CasesViewModel.Line;

/**
 * The proceedings and compensation of the open case (issue 7 item 6): the person's choice about
 * cooperating with an investigation (recorded only; assistance never depends on it, and no other
 * part of the app reads it), the status of the proceedings, and the compensation claims with their
 * decision and payments. Typed amounts, currencies and dates are checked here first, so a mistake
 * is said in words and nothing is written.
 */
public final class ProceedingsModel {
  /** The decisions a filed claim can get. */
  public static final List<ClaimStatus> OUTCOMES =
      List.of(ClaimStatus.AWARDED, ClaimStatus.PARTLY_AWARDED, ClaimStatus.REJECTED);

  private final CaseContext context;
  private final CaseProceedings service;
  private final ReadOnlyStringWrapper cooperationLine = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper statusLine = new ReadOnlyStringWrapper("");
  private final ObservableList<Line> claims = FXCollections.observableArrayList();
  private final ObjectProperty<Cooperation> cooperation =
      new SimpleObjectProperty<>(Cooperation.NOT_ASKED);
  private final ObjectProperty<ProceedingsStatus> status =
      new SimpleObjectProperty<>(ProceedingsStatus.NONE);
  private final StringProperty note = new SimpleStringProperty("");
  private final ObjectProperty<ClaimRoute> route =
      new SimpleObjectProperty<>(ClaimRoute.CIVIL_CLAIM_IN_CRIMINAL_CASE);
  private final StringProperty currency = new SimpleStringProperty("TMT");
  private final StringProperty claimed = new SimpleStringProperty("");
  private final ObjectProperty<ClaimStatus> outcome = new SimpleObjectProperty<>(OUTCOMES.get(0));
  private final StringProperty awarded = new SimpleStringProperty("");
  private final StringProperty decidedOn = new SimpleStringProperty("");
  private final StringProperty paid = new SimpleStringProperty("");

  public ProceedingsModel(CaseContext context) {
    this.context = context;
    this.service = new CaseProceedings(context.cases());
    context.onOpen(this::load);
  }

  private record State(
      Optional<Proceedings> proceedings,
      List<CompensationClaim> claims,
      Map<String, String> names) {}

  private void load(Case c) {
    context.read(
        () -> new State(service.proceedings(c.id()), service.claims(c.id()), context.userNames()),
        this::show);
  }

  private void show(State s) {
    ProceedingsLines lines = new ProceedingsLines(context.messages(), context.clock().getZone());
    cooperationLine.set(lines.cooperation(s.proceedings(), s.names()));
    statusLine.set(lines.status(s.proceedings(), s.names()));
    cooperation.set(s.proceedings().map(Proceedings::cooperation).orElse(Cooperation.NOT_ASKED));
    status.set(s.proceedings().map(Proceedings::status).orElse(ProceedingsStatus.NONE));
    note.set(s.proceedings().map(Proceedings::note).orElse(""));
    claims.setAll(lines.claims(s.claims()));
    if (decidedOn.get().isBlank()) {
      decidedOn.set(today().toString());
    }
  }

  private LocalDate today() {
    return LocalDate.now(context.clock());
  }

  public void recordCooperation() {
    Cooperation choice = cooperation.get();
    context
        .shown()
        .ifPresent(
            c ->
                context.act(
                    () -> service.recordCooperation(c.id(), choice),
                    r -> m -> m.text("casesui.cooperation.saved")));
  }

  public void saveStatus() {
    ProceedingsStatus chosen = status.get();
    String text = note.get() == null ? "" : note.get().strip();
    context
        .shown()
        .ifPresent(
            c ->
                context.act(
                    () -> service.setProceedingsStatus(c.id(), chosen, text),
                    r -> m -> m.text("casesui.proceedings.saved")));
  }

  /** Files a claim today with the route, currency and amount typed; a bad one writes nothing. */
  public void fileClaim() {
    Optional<Case> shown = context.shown();
    Optional<String> code = ClaimAmounts.currency(currency.get());
    if (shown.isEmpty()) {
      return;
    }
    if (code.isEmpty()) {
      refuse("casesui.claim.badCurrency");
      return;
    }
    OptionalLong amount = ClaimAmounts.minor(claimed.get(), code.get());
    if (amount.isEmpty()) {
      refuse("casesui.claim.badAmount");
      return;
    }
    ClaimRoute chosen = route.get();
    LocalDate today = today();
    context.act(
        () -> service.fileClaim(shown.get().id(), chosen, code.get(), amount.getAsLong(), today),
        r -> {
          claimed.set("");
          return m -> m.text("casesui.claim.filed");
        });
  }

  /** Records the decision on the selected claim: the amount is needed unless it was rejected. */
  public void decide(Line claim) {
    ClaimStatus decision = outcome.get();
    LocalDate on;
    try {
      on = LocalDate.parse(decidedOn.get().strip());
    } catch (DateTimeParseException e) {
      refuse("casesui.date.invalid");
      return;
    }
    context.read(
        () -> claimCurrency(claim),
        code -> {
          Optional<Long> amount = Optional.empty();
          if (decision != ClaimStatus.REJECTED) {
            OptionalLong typed = ClaimAmounts.minor(awarded.get(), code);
            if (typed.isEmpty()) {
              refuse("casesui.claim.badAmount");
              return;
            }
            amount = Optional.of(typed.getAsLong());
          }
          Optional<Long> minor = amount;
          context.act(
              () -> service.decideClaim(claim.id(), decision, minor, on),
              r -> {
                awarded.set("");
                return m -> m.text("casesui.claim.decided");
              });
        });
  }

  /** Records the total paid so far on the selected (awarded) claim. */
  public void pay(Line claim) {
    context.read(
        () -> claimCurrency(claim),
        code -> {
          OptionalLong amount = ClaimAmounts.minor(paid.get(), code);
          if (amount.isEmpty()) {
            refuse("casesui.claim.badAmount");
            return;
          }
          context.act(
              () -> service.recordPayment(claim.id(), amount.getAsLong()),
              r -> {
                paid.set("");
                return m -> m.text("casesui.claim.paid");
              });
        });
  }

  public void withdraw(Line claim) {
    LocalDate today = today();
    context.act(
        () -> service.withdrawClaim(claim.id(), today),
        r -> m -> m.text("casesui.claim.withdrawn"));
  }

  private String claimCurrency(Line claim) throws Exception {
    Case c = context.shown().orElseThrow();
    return service.claims(c.id()).stream()
        .filter(x -> x.id().equals(claim.id()))
        .map(CompensationClaim::currency)
        .findFirst()
        .orElse("TMT");
  }

  private void refuse(String key) {
    context.say(context.messages().text(key));
  }

  public ReadOnlyStringProperty cooperationLineProperty() {
    return cooperationLine.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusLineProperty() {
    return statusLine.getReadOnlyProperty();
  }

  public ObservableList<Line> claims() {
    return claims;
  }

  public ObjectProperty<Cooperation> cooperationProperty() {
    return cooperation;
  }

  public ObjectProperty<ProceedingsStatus> statusProperty() {
    return status;
  }

  public StringProperty noteProperty() {
    return note;
  }

  public ObjectProperty<ClaimRoute> routeProperty() {
    return route;
  }

  public StringProperty currencyProperty() {
    return currency;
  }

  public StringProperty claimedProperty() {
    return claimed;
  }

  public ObjectProperty<ClaimStatus> outcomeProperty() {
    return outcome;
  }

  public StringProperty awardedProperty() {
    return awarded;
  }

  public StringProperty decidedOnProperty() {
    return decidedOn;
  }

  public StringProperty paidProperty() {
    return paid;
  }
}
