package org.depder.ui.screening;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.depder.app.screening.NextAction;
import org.depder.app.screening.ReferralTarget;
import org.depder.app.screening.ScreeningDraft;
import org.depder.app.screening.Urgency;
import org.depder.domain.screening.Outcome;

/** Step 9: referral targets, urgency, the hotline card and who follows up. */
public final class ActionStepModel {
  private final Map<ReferralTarget, BooleanProperty> referrals =
      new EnumMap<>(ReferralTarget.class);
  private final ObjectProperty<Urgency> urgency = new SimpleObjectProperty<>();
  private final BooleanProperty hotlineCardGiven = new SimpleBooleanProperty();
  private final StringProperty followUpOwner = new SimpleStringProperty("");
  private final ObjectProperty<LocalDate> followUpOn = new SimpleObjectProperty<>();

  ActionStepModel(DraftEditor editor) {
    Runnable action =
        () ->
            editor.edit(
                d ->
                    d.withAction(
                        new NextAction(
                            chosenReferrals(),
                            ContextStepModel.orElse(urgency.get(), Urgency.ROUTINE),
                            hotlineCardGiven.get(),
                            followUpOwner.get() == null ? "" : followUpOwner.get().strip(),
                            Optional.ofNullable(followUpOn.get()))));
    for (ReferralTarget target : ReferralTarget.values()) {
      BooleanProperty chosen = new SimpleBooleanProperty();
      chosen.addListener((o, a, b) -> action.run());
      referrals.put(target, chosen);
    }
    urgency.addListener((o, a, b) -> action.run());
    hotlineCardGiven.addListener((o, a, b) -> action.run());
    followUpOwner.addListener((o, a, b) -> action.run());
    followUpOn.addListener((o, a, b) -> action.run());
  }

  void fill(ScreeningDraft draft) {
    NextAction a = draft.action();
    referrals.forEach((t, p) -> p.set(a.referrals().contains(t)));
    urgency.set(a.urgency());
    hotlineCardGiven.set(a.hotlineCardGiven());
    followUpOwner.set(a.followUpOwner());
    followUpOn.set(a.followUpOn().orElse(null));
  }

  /**
   * The referrals that follow from the outcome; a child always gets child protection (DOMAIN 6.2).
   * Suggested, ticked once when the step is first reached, and free to change.
   */
  static Set<ReferralTarget> suggested(Outcome outcome, boolean childProtection) {
    Set<ReferralTarget> targets = EnumSet.noneOf(ReferralTarget.class);
    switch (outcome) {
      case URGENT_SAFETY -> targets.add(ReferralTarget.MEDICAL_CARE);
      case PRESUMED_VICTIM_REFER_NRM -> targets.add(ReferralTarget.NRM_COORDINATOR);
      case POSSIBLE_REFER_SECOND_LINE -> targets.add(ReferralTarget.SECOND_LINE_INTERVIEW);
      case RISK_POTENTIAL -> targets.add(ReferralTarget.SAFE_MIGRATION_INFORMATION);
      case NO_INDICATORS_THIS_SCREENING -> {
        // nothing to refer; the hotline card is still offered
      }
    }
    if (childProtection) {
      targets.add(ReferralTarget.CHILD_PROTECTION);
    }
    return targets;
  }

  static Urgency suggestedUrgency(Outcome outcome) {
    return switch (outcome) {
      case URGENT_SAFETY, PRESUMED_VICTIM_REFER_NRM -> Urgency.IMMEDIATE;
      case POSSIBLE_REFER_SECOND_LINE -> Urgency.WITHIN_THREE_DAYS;
      default -> Urgency.ROUTINE;
    };
  }

  void applySuggestion(Set<ReferralTarget> targets, Urgency suggestedUrgency) {
    targets.forEach(t -> referrals.get(t).set(true));
    urgency.set(suggestedUrgency);
  }

  private Set<ReferralTarget> chosenReferrals() {
    Set<ReferralTarget> chosen = EnumSet.noneOf(ReferralTarget.class);
    referrals.forEach(
        (t, p) -> {
          if (p.get()) {
            chosen.add(t);
          }
        });
    return chosen;
  }

  public BooleanProperty referralProperty(ReferralTarget target) {
    return referrals.get(target);
  }

  public ObjectProperty<Urgency> urgencyProperty() {
    return urgency;
  }

  public BooleanProperty hotlineCardGivenProperty() {
    return hotlineCardGiven;
  }

  public StringProperty followUpOwnerProperty() {
    return followUpOwner;
  }

  public ObjectProperty<LocalDate> followUpOnProperty() {
    return followUpOn;
  }
}
