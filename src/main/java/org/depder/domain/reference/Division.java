package org.depder.domain.reference;

import java.util.List;
import java.util.Objects;
import org.depder.domain.screening.LocalizedText;

/**
 * A node of the editable location tree welaýat → etrap → post.
 *
 * @param code ISO 3166-2 code for welaýats, a local code for everything else
 * @param verify the name or the membership still has to be confirmed
 */
public record Division(
    String code, DivisionKind kind, LocalizedText name, boolean verify, List<Division> children) {
  public Division {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    children = List.copyOf(children);
  }
}
