package org.depder.app.referencedata;

import java.util.List;
import java.util.stream.Collectors;

/** A reference-data file could not be loaded; carries every problem found, not just the first. */
public final class ReferenceDataException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<ValidationError> errors;

  public ReferenceDataException(List<ValidationError> errors) {
    super(errors.stream().map(ValidationError::toString).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public List<ValidationError> errors() {
    return errors;
  }
}
