package org.depder.domain.screening;

import java.util.List;
import java.util.Objects;

/** A structured reason: a code plus its arguments (item ids, dimension names). */
public record Reason(ReasonCode code, List<String> arguments) {
  public Reason {
    Objects.requireNonNull(code, "code");
    arguments = List.copyOf(arguments);
  }

  public static Reason of(ReasonCode code, String... arguments) {
    return new Reason(code, List.of(arguments));
  }

  public static Reason of(ReasonCode code, List<String> arguments) {
    return new Reason(code, arguments);
  }
}
