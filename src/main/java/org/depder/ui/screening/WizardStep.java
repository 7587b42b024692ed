package org.depder.ui.screening;

/**
 * The steps of a screening, in order; {@link #STOPPED} is reached only from the gate or consent.
 */
public enum WizardStep {
  CONTEXT("screening.step.context"),
  SAFETY("screening.step.safety"),
  CONSENT("screening.step.consent"),
  PERSON("screening.step.person"),
  JOURNEY("screening.step.journey"),
  INDICATORS("screening.step.indicators"),
  RESULT("screening.step.result"),
  CONSENTS("screening.step.consents"),
  ACTION("screening.step.action"),
  STOPPED("screening.step.stopped");

  private final String titleKey;

  WizardStep(String titleKey) {
    this.titleKey = titleKey;
  }

  public String titleKey() {
    return titleKey;
  }

  /** Position shown as "step n of 9"; the stop page has none. */
  public int number() {
    return ordinal() + 1;
  }

  public static int regularSteps() {
    return ACTION.number();
  }
}
