package org.depder.app.screening;

import java.util.Objects;

/** What the person asked for before the questions: who interviews them, whether an interpreter. */
public record PersonWishes(InterviewerPreference interviewer, boolean wantsInterpreter) {
  public PersonWishes {
    Objects.requireNonNull(interviewer, "interviewer");
  }

  public static PersonWishes none() {
    return new PersonWishes(InterviewerPreference.NO_PREFERENCE, false);
  }
}
