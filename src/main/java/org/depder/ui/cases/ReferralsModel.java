package org.depder.ui.cases;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.depder.app.cases.CaseTasks;
import org.depder.app.cases.ReferralLabels;
import org.depder.app.i18n.Messages;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.Consent;
import org.depder.domain.cases.ConsentDecision;
import org.depder.domain.cases.ConsentForm;
import org.depder.domain.cases.ConsentGiver;
import org.depder.domain.cases.ConsentPurpose;
import org.depder.domain.cases.DeclineReason;
import org.depder.domain.cases.Referral;
import org.depder.domain.cases.ReferralPacket;
import org.depder.domain.cases.Referrals;
import org.depder.ui.LiveTexts;
import org.depder.ui.cases.CasesViewModel.Line;

/**
 * The referrals of the open case and their lifecycle: proposed (through {@link ReferralProposal}),
 * sent through the consent gate (a refusal is shown in words), accepted or declined with a reason,
 * delivered, cancelled, closed; the printed letter. The selected referral's details list every step
 * with its date and who, and the packet that was or would be shared. A declined or delivered
 * referral is the outcome that comes back to the referring worker: it stays on their due list until
 * they close it, which is the acknowledgement.
 */
public final class ReferralsModel {
  private final CaseContext context;
  private final ReferralProposal proposal;
  private final ObservableList<Line> referrals = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper packet = new ReadOnlyStringWrapper("");
  private final ObjectProperty<DeclineReason> declineReason = new SimpleObjectProperty<>();
  private final StringProperty note = new SimpleStringProperty("");
  private UUID caseId;
  private UUID selected;

  public ReferralsModel(CaseContext context) {
    this.context = context;
    this.proposal = new ReferralProposal(context, r -> selected = r.id());
    context.onOpen(this::load);
  }

  private void load(Case c) {
    if (!c.id().equals(caseId)) {
      caseId = c.id();
      selected = null;
    }
    context.read(
        () -> context.cases().referrals(c.id()),
        (List<Referral> list) -> {
          referrals.setAll(context.lines().referrals(list, today()));
          if (selected != null && list.stream().anyMatch(r -> r.id().equals(selected))) {
            showDetails(selected);
          } else {
            selected = null;
            details.set(context.messages().text("casesui.referral.details.none"));
            packet.set("");
          }
        });
  }

  private LocalDate today() {
    return LocalDate.now(context.clock().withZone(CaseTasks.ZONE));
  }

  /** The referral shown in the details; a line without an id (or none) changes nothing. */
  public void select(Line line) {
    if (line == null || line.id() == null || line.id().equals(selected)) {
      return;
    }
    selected = line.id();
    showDetails(line.id());
  }

  /** The id of the referral whose details are shown, so a re-read list can select it again. */
  public Optional<UUID> selected() {
    return Optional.ofNullable(selected);
  }

  private record Detail(Case c, Referral r, Map<String, String> names) {}

  private void showDetails(UUID referralId) {
    context.read(
        () -> {
          Referral r = context.cases().referral(referralId);
          return new Detail(context.cases().load(r.caseId()).value(), r, context.userNames());
        },
        d -> {
          ReferralDetails text =
              new ReferralDetails(context.messages(), CaseTasks.ZONE, context::serviceName);
          details.set(String.join("\n", text.steps(d.r(), d.names(), today())));
          ReferralPacket p = d.r().shared().orElseGet(() -> ReferralPacket.of(d.c(), d.r()));
          packet.set(String.join("\n", text.packet(d.r(), p)));
        });
  }

  /** The texts of the UI language, for the pickers of the view. */
  LiveTexts texts() {
    return context.texts();
  }

  public ReferralProposal proposal() {
    return proposal;
  }

  public ObservableList<Line> referrals() {
    return referrals;
  }

  /** Every step of the selected referral with date and who, one per line. */
  public ReadOnlyStringProperty detailsProperty() {
    return details.getReadOnlyProperty();
  }

  /** The packet the selected referral shared, or would share when sent: nothing else. */
  public ReadOnlyStringProperty packetProperty() {
    return packet.getReadOnlyProperty();
  }

  public ObjectProperty<DeclineReason> declineReasonProperty() {
    return declineReason;
  }

  /** The service's note on a decline or a delivery; stored with the referral, never listed. */
  public StringProperty noteProperty() {
    return note;
  }

  /**
   * Records the person's consent, given now and signed, to a referral to the selected referral's
   * service. A child's own consent is recorded too but does not open the gate (the guardian's or a
   * best-interests decision does).
   */
  public void recordConsentFor(Line referral) {
    Optional<Case> shown = context.shown();
    if (shown.isEmpty()) {
      return;
    }
    Case c = shown.get();
    context.act(
        () -> {
          Referral r = context.cases().referral(referral.id());
          // id, time and recorder of the answer are set by the service
          return context
              .cases()
              .recordConsent(
                  new Consent(
                      referral.id(),
                      c.id(),
                      ConsentPurpose.REFERRAL,
                      r.serviceId(),
                      ConsentDecision.GIVEN,
                      ConsentGiver.PERSON,
                      ConsentForm.SIGNED,
                      c.language(),
                      context.clock().instant(),
                      "",
                      "",
                      Optional.empty(),
                      Optional.empty()));
        },
        r -> m -> m.text("casesui.consent.recorded"));
  }

  public void send(Line referral) {
    context.act(
        () -> context.cases().send(referral.id()),
        r ->
            r instanceof Referrals.Refused refused
                ? m -> m.text(ReferralLabels.gateRefusal(refused.reason()))
                : m -> m.text("casesui.referral.sent"));
  }

  public void accept(Line referral) {
    context.act(() -> context.cases().accept(referral.id()), done("casesui.referral.acceptedDone"));
  }

  /** Records the service's refusal with the chosen reason and the note, if any. */
  public void decline(Line referral) {
    DeclineReason reason = declineReason.get();
    if (reason == null) {
      context.say(context.messages().text("casesui.referral.error.noReason"));
      return;
    }
    String text = note.get().strip();
    context.act(
        () -> context.cases().decline(referral.id(), reason, text),
        done("casesui.referral.declinedDone"));
  }

  public void deliver(Line referral) {
    String text = note.get().strip();
    context.act(
        () -> context.cases().deliver(referral.id(), text), done("casesui.referral.deliveredDone"));
  }

  /** Ends a referral that has not been answered or delivered yet; nothing more is shared. */
  public void cancel(Line referral) {
    context.act(
        () -> context.cases().cancel(referral.id()), done("casesui.referral.cancelledDone"));
  }

  /** Closes a declined or delivered referral: the referring worker has seen the outcome. */
  public void closeReferral(Line referral) {
    context.act(
        () -> context.cases().closeReferral(referral.id()), done("casesui.referral.closedDone"));
  }

  /** The message of a lifecycle step; the note typed for it has been stored, so it is cleared. */
  private Function<Referral, Function<Messages, String>> done(String key) {
    return r -> {
      note.set("");
      return m -> m.text(key);
    };
  }

  public boolean canPrint() {
    return context.letters().isPresent();
  }

  /** Writes the referral letter (the packet that left, or the one that would) to {@code target}. */
  public void printLetter(Line referral, Path target) {
    Optional<Case> shown = context.shown();
    if (shown.isEmpty() || context.letters().isEmpty()) {
      return;
    }
    Case c = shown.get();
    context.act(
        () -> {
          Referral r = context.cases().referral(referral.id());
          ReferralPacket packet = r.shared().orElseGet(() -> ReferralPacket.of(c, r));
          context.letters().get().write(target, packet, LocalDate.now(context.clock()));
          return target;
        },
        r -> m -> m.text("casesui.letter.written"));
  }
}
