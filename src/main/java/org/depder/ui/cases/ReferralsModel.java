package org.depder.ui.cases;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.depder.app.cases.ReferralLabels;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.Consent;
import org.depder.domain.cases.ConsentDecision;
import org.depder.domain.cases.ConsentForm;
import org.depder.domain.cases.ConsentGiver;
import org.depder.domain.cases.ConsentPurpose;
import org.depder.domain.cases.Referral;
import org.depder.domain.cases.ReferralPacket;
import org.depder.domain.cases.Referrals;
import org.depder.ui.cases.CasesViewModel.Line;

/**
 * The referrals of the open case and their lifecycle: send (through the consent gate, whose refusal
 * is shown in words), accepted, delivered, closed, and the printed letter.
 */
public final class ReferralsModel {
  private final CaseContext context;
  private final ObservableList<Line> referrals = FXCollections.observableArrayList();

  public ReferralsModel(CaseContext context) {
    this.context = context;
    context.onOpen(this::load);
  }

  private void load(Case c) {
    context.read(
        () -> context.cases().referrals(c.id()),
        (List<Referral> list) -> referrals.setAll(context.lines().referrals(list)));
  }

  public ObservableList<Line> referrals() {
    return referrals;
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
    context.act(() -> context.cases().accept(referral.id()), r -> m -> m.text("casesui.done"));
  }

  public void deliver(Line referral) {
    context.act(() -> context.cases().deliver(referral.id(), ""), r -> m -> m.text("casesui.done"));
  }

  public void closeReferral(Line referral) {
    context.act(
        () -> context.cases().closeReferral(referral.id()), r -> m -> m.text("casesui.done"));
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
