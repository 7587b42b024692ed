package org.depder.app.screening;

import java.util.List;

/** Finalising was refused because something must still be put right. */
public class IncompleteScreeningException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<DraftProblem> problems;

  public IncompleteScreeningException(List<DraftProblem> problems) {
    super("screening incomplete: " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<DraftProblem> problems() {
    return problems;
  }
}
