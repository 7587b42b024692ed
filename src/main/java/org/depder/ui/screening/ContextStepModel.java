package org.depder.ui.screening;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.depder.app.i18n.Language;
import org.depder.app.screening.InterpreterMode;
import org.depder.app.screening.InterviewSetting;
import org.depder.app.screening.InterviewerPreference;
import org.depder.app.screening.PersonWishes;
import org.depder.app.screening.ScreeningDraft;
import org.depder.domain.reference.Division;
import org.depder.domain.screening.ScreeningContext;

/** Step 1: where and how the interview happens, and what the person asked for. */
public final class ContextStepModel {
  private final ObjectProperty<Division> post = new SimpleObjectProperty<>();
  private final ObjectProperty<ScreeningContext> context = new SimpleObjectProperty<>();
  private final ObjectProperty<Language> interviewLanguage = new SimpleObjectProperty<>();
  private final ObjectProperty<InterpreterMode> interpreter = new SimpleObjectProperty<>();
  private final BooleanProperty trained = new SimpleBooleanProperty();
  private final ObjectProperty<InterviewerPreference> interviewer = new SimpleObjectProperty<>();
  private final BooleanProperty wantsInterpreter = new SimpleBooleanProperty();
  private final List<Division> posts;

  ContextStepModel(DraftEditor editor, List<Division> posts) {
    this.posts = posts;
    Runnable setting =
        () ->
            editor.edit(
                d ->
                    d.withSetting(
                        new InterviewSetting(
                            Optional.ofNullable(post.get()).map(Division::code),
                            orElse(context.get(), d.setting().context()),
                            orElse(interviewLanguage.get(), d.setting().interviewLanguage()),
                            orElse(interpreter.get(), InterpreterMode.NONE),
                            trained.get())));
    Runnable wishes =
        () ->
            editor.edit(
                d ->
                    d.withWishes(
                        new PersonWishes(
                            orElse(interviewer.get(), InterviewerPreference.NO_PREFERENCE),
                            wantsInterpreter.get())));
    post.addListener((o, a, b) -> setting.run());
    context.addListener((o, a, b) -> setting.run());
    interviewLanguage.addListener((o, a, b) -> setting.run());
    interpreter.addListener((o, a, b) -> setting.run());
    trained.addListener((o, a, b) -> setting.run());
    interviewer.addListener((o, a, b) -> wishes.run());
    wantsInterpreter.addListener((o, a, b) -> wishes.run());
  }

  void fill(ScreeningDraft draft) {
    InterviewSetting s = draft.setting();
    post.set(
        s.postId()
            .flatMap(code -> posts.stream().filter(p -> p.code().equals(code)).findFirst())
            .orElse(null));
    context.set(s.context());
    interviewLanguage.set(s.interviewLanguage());
    interpreter.set(s.interpreter());
    trained.set(s.screenerTrainedForSensitive());
    interviewer.set(draft.wishes().interviewer());
    wantsInterpreter.set(draft.wishes().wantsInterpreter());
  }

  static <T> T orElse(T value, T fallback) {
    return value == null ? fallback : value;
  }

  public List<Division> posts() {
    return posts;
  }

  public ObjectProperty<Division> postProperty() {
    return post;
  }

  public ObjectProperty<ScreeningContext> contextProperty() {
    return context;
  }

  public ObjectProperty<Language> interviewLanguageProperty() {
    return interviewLanguage;
  }

  public ObjectProperty<InterpreterMode> interpreterProperty() {
    return interpreter;
  }

  public BooleanProperty trainedProperty() {
    return trained;
  }

  public ObjectProperty<InterviewerPreference> interviewerProperty() {
    return interviewer;
  }

  public BooleanProperty wantsInterpreterProperty() {
    return wantsInterpreter;
  }
}
