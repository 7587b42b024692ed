package org.depder.domain.cases;

/** A field map cannot be read as the entity: names the field, never its value. */
public final class FieldMapException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public FieldMapException(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
