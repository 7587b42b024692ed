package org.depder.ui.screening;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import org.depder.app.i18n.Language;
import org.depder.app.screening.InterpreterMode;
import org.depder.app.screening.InterviewerPreference;
import org.depder.domain.screening.ScreeningContext;

/** Step 1: post, context, interview language, interpreter, the person's wishes. */
final class ContextStepView {
  private ContextStepView() {}

  static Node build(ScreeningWizardViewModel vm, Choices c) {
    ContextStepModel m = vm.context();
    GridPane form = Choices.form();
    c.row(
        form,
        "screening.context.post",
        c.combo(
            "context-post",
            m.posts(),
            d -> d.name().in(vm.texts().language().code()),
            m.postProperty()));
    c.row(
        form,
        "screening.context.label",
        c.toggles(
            "context",
            List.of(ScreeningContext.values()),
            DomainTexts::contextKey,
            m.contextProperty()));
    c.row(
        form,
        "screening.context.interviewLanguage",
        c.toggles(
            "interview-language",
            List.of(Language.values()),
            ContextStepView::languageKey,
            m.interviewLanguageProperty()));
    c.row(
        form,
        "screening.context.interpreter",
        c.toggles(
            "interpreter",
            List.of(InterpreterMode.values()),
            InterpreterMode::key,
            m.interpreterProperty()));
    c.row(
        form,
        "screening.wish.interviewer",
        c.toggles(
            "wish-interviewer",
            List.of(InterviewerPreference.values()),
            InterviewerPreference::key,
            m.interviewerProperty()));
    form.add(
        c.check("wish-interpreter", "screening.wish.interpreter", m.wantsInterpreterProperty()),
        1,
        form.getRowCount());
    form.add(
        c.check("context-trained", "screening.context.trained", m.trainedProperty()),
        1,
        form.getRowCount());
    return Choices.section(
        c.hint("screening.context.hint"), form, c.hint("screening.context.noCompanion"));
  }

  static String languageKey(Language language) {
    return switch (language) {
      case TK -> "screening.language.tk";
      case RU -> "screening.language.ru";
      case EN -> "screening.language.en";
    };
  }
}
