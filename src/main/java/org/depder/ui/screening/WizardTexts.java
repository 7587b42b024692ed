package org.depder.ui.screening;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.StringProperty;
import org.depder.app.i18n.Language;
import org.depder.app.screening.ScreeningDraft;
import org.depder.ui.LiveTexts;

/**
 * The texts of the wizard frame as bindings: step title and position, the save status, the Next
 * label, and the text shown to the person in the interview language.
 */
public final class WizardTexts {
  private final LiveTexts texts;
  private final ObjectProperty<WizardStep> step;
  private final ObjectProperty<SaveState> saveState;
  private final StringProperty savedAt;
  private final ReadOnlyObjectProperty<ScreeningDraft> draft;
  private final IndicatorStepModel indicators;

  WizardTexts(
      LiveTexts texts,
      ObjectProperty<WizardStep> step,
      ObjectProperty<SaveState> saveState,
      StringProperty savedAt,
      ReadOnlyObjectProperty<ScreeningDraft> draft,
      IndicatorStepModel indicators) {
    this.texts = texts;
    this.step = step;
    this.saveState = saveState;
    this.savedAt = savedAt;
    this.draft = draft;
    this.indicators = indicators;
  }

  /**
   * The text for the person, in the interview language whatever the screener's UI language: the
   * open indicator's question, or what suits the open step.
   */
  public StringBinding personText() {
    return Bindings.createStringBinding(
        () -> {
          Language language = interviewLanguage();
          var messages = texts.messagesFor(language);
          return switch (step.get()) {
            case SAFETY -> messages.text("screening.person.safety");
            case CONSENT -> messages.text("screening.person.consent");
            case INDICATORS ->
                indicators.currentProperty().get() == null
                    ? messages.text("screening.person.wait")
                    : indicators
                        .currentProperty()
                        .get()
                        .indicator()
                        .personText()
                        .in(language.code());
            case STOPPED -> messages.text("screening.person.thanks");
            default -> messages.text("screening.person.wait");
          };
        },
        step,
        indicators.currentProperty(),
        draft);
  }

  public Language interviewLanguage() {
    return draft.get() == null ? texts.language() : draft.get().setting().interviewLanguage();
  }

  public StringBinding stepTitle() {
    return Bindings.createStringBinding(
        () -> texts.messages().text(step.get().titleKey()), step, texts.messagesProperty());
  }

  public StringBinding stepPosition() {
    return Bindings.createStringBinding(
        () ->
            step.get() == WizardStep.STOPPED
                ? ""
                : texts
                    .messages()
                    .text(
                        "screening.step.position", step.get().number(), WizardStep.regularSteps()),
        step,
        texts.messagesProperty());
  }

  public StringBinding saveStatus() {
    return Bindings.createStringBinding(
        () ->
            switch (saveState.get()) {
              case NOTHING_TO_SAVE -> texts.messages().text("screening.save.notYet");
              case SAVED -> texts.messages().text("screening.save.savedAt", savedAt.get());
              case FAILED -> texts.messages().text("screening.save.failed");
            },
        saveState,
        savedAt,
        texts.messagesProperty());
  }

  public StringBinding nextLabel() {
    return Bindings.createStringBinding(
        () ->
            texts
                .messages()
                .text(
                    step.get() == WizardStep.ACTION || step.get() == WizardStep.STOPPED
                        ? "screening.finish"
                        : "screening.next"),
        step,
        texts.messagesProperty());
  }
}
