package org.depder.app.referencedata;

import java.util.Objects;

/**
 * One precise problem: the file, a JSON path inside it (e.g. {@code items[3].question.ru}), the
 * code and the offending value or expectation.
 */
public record ValidationError(String file, String path, ValidationCode code, String detail) {
  public ValidationError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(detail, "detail");
  }

  @Override
  public String toString() {
    return file + " " + path + ": " + code + " (" + detail + ")";
  }
}
