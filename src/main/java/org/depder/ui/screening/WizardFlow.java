package org.depder.ui.screening;

import java.util.Arrays;
import java.util.Optional;
import org.depder.app.screening.ScreeningDraft;
import org.depder.app.screening.StopReason;
import org.depder.app.screening.VerbalConsent;

/**
 * Where the wizard goes, as pure functions of the open step and the draft: the stops of the safety
 * gate and the consent question, the steps in order, where a stored draft reopens. The ViewModel
 * carries the moves out (and the side effects: look-ups, suggestions, finalising).
 */
final class WizardFlow {
  private WizardFlow() {}

  /** The stop that leaving {@code current} with this draft leads to, if any. */
  static Optional<StopReason> stopAfter(WizardStep current, ScreeningDraft draft) {
    if (current == WizardStep.SAFETY) {
      if (draft.gate().urgent()) {
        return Optional.of(StopReason.URGENT_SAFETY);
      }
      if (draft.gate().notSafeToTalk()) {
        return Optional.of(StopReason.NOT_SAFE_TO_TALK);
      }
    }
    if (current == WizardStep.CONSENT && draft.verbalConsent() == VerbalConsent.REFUSED) {
      return Optional.of(StopReason.NO_CONSENT);
    }
    return Optional.empty();
  }

  /** The regular step after {@code current}; the last step and the stop page finish instead. */
  static boolean finishes(WizardStep current) {
    return current == WizardStep.ACTION || current == WizardStep.STOPPED;
  }

  static WizardStep following(WizardStep current) {
    return WizardStep.values()[current.ordinal() + 1];
  }

  /** Back from the stop page returns to the question that stopped; the first step stays. */
  static WizardStep before(WizardStep current, ScreeningDraft draft) {
    return switch (current) {
      case CONTEXT -> WizardStep.CONTEXT;
      case STOPPED ->
          draft.stop().orElse(StopReason.NOT_SAFE_TO_TALK) == StopReason.NO_CONSENT
              ? WizardStep.CONSENT
              : WizardStep.SAFETY;
      default -> WizardStep.values()[current.ordinal() - 1];
    };
  }

  /**
   * Where a stored draft reopens: the stop page if it stopped, else the step it remembers, else the
   * first (a format-1 draft, or a step name this version does not know).
   */
  static WizardStep resumeAt(ScreeningDraft draft) {
    if (draft.stop().isPresent()) {
      return WizardStep.STOPPED;
    }
    return draft
        .openStep()
        .flatMap(
            name ->
                Arrays.stream(WizardStep.values())
                    .filter(s -> s != WizardStep.STOPPED && s.name().equals(name))
                    .findFirst())
        .orElse(WizardStep.CONTEXT);
  }
}
