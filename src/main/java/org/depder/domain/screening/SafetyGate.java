package org.depder.domain.screening;

import java.util.Objects;

/** The safety-gate questions asked before any indicator (DOMAIN 1.9 section 1). */
public record SafetyGate(
    Answer aloneAndSafeToTalk,
    Answer immediateDanger,
    Answer urgentMedicalNeed,
    Answer apparentChild) {

  public SafetyGate {
    Objects.requireNonNull(aloneAndSafeToTalk, "aloneAndSafeToTalk");
    Objects.requireNonNull(immediateDanger, "immediateDanger");
    Objects.requireNonNull(urgentMedicalNeed, "urgentMedicalNeed");
    Objects.requireNonNull(apparentChild, "apparentChild");
  }

  /** A gate with nothing alarming: alone and safe, no danger, no medical need, not a child. */
  public static SafetyGate clear() {
    return new SafetyGate(Answer.YES, Answer.NO, Answer.NO, Answer.NO);
  }

  public boolean urgent() {
    return immediateDanger == Answer.YES || urgentMedicalNeed == Answer.YES;
  }

  /** Only an explicit No defers: an unknown answer must not stop a screening by itself. */
  public boolean notSafeToTalk() {
    return aloneAndSafeToTalk == Answer.NO;
  }
}
