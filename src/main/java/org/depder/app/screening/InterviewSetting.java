package org.depder.app.screening;

import java.util.Objects;
import java.util.Optional;
import org.depder.app.i18n.Language;
import org.depder.domain.screening.ScreeningContext;

/**
 * Section 0 of the record: where and how the interview takes place.
 *
 * @param postId code of the border post or office from the divisions reference data
 * @param interviewLanguage the language the person is asked in; the "show to the person" view uses
 *     it whatever the screener's own UI language is
 * @param screenerTrainedForSensitive trained staff may ask the sensitive items; everybody else
 *     records them from spontaneous disclosure only (DOMAIN 6.2)
 */
public record InterviewSetting(
    Optional<String> postId,
    ScreeningContext context,
    Language interviewLanguage,
    InterpreterMode interpreter,
    boolean screenerTrainedForSensitive) {
  public InterviewSetting {
    Objects.requireNonNull(postId, "postId");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(interviewLanguage, "interviewLanguage");
    Objects.requireNonNull(interpreter, "interpreter");
  }

  public static InterviewSetting initial(Language interviewLanguage) {
    return new InterviewSetting(
        Optional.empty(),
        ScreeningContext.ENTRY_RETURNEE,
        interviewLanguage,
        InterpreterMode.NONE,
        false);
  }
}
