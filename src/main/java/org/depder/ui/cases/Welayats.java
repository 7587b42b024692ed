package org.depder.ui.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.depder.domain.reference.Division;
import org.depder.domain.reference.DivisionKind;

/**
 * The welaýats (and the cities with welaýat status) of the divisions reference data: the top of the
 * tree welaýat → etrap → post. A case's region is one of their codes, or empty when nobody knows it
 * (a person met abroad who has not said where home is).
 */
public final class Welayats {
  private final List<Division> welayats;

  public Welayats(List<Division> divisions) {
    List<Division> top = new ArrayList<>();
    for (Division d : divisions) {
      if (d.kind() == DivisionKind.WELAYAT || d.kind() == DivisionKind.CITY_WITH_WELAYAT_STATUS) {
        top.add(d);
      }
    }
    this.welayats = List.copyOf(top);
  }

  /** The codes to choose from, in the order of the reference data. */
  public List<String> codes() {
    return welayats.stream().map(Division::code).toList();
  }

  /** The welaýat's name in {@code languageCode}, or the code itself when it is not in the data. */
  public String name(String code, String languageCode) {
    return welayats.stream()
        .filter(w -> w.code().equals(code))
        .findFirst()
        .map(w -> w.name().in(languageCode))
        .orElse(code);
  }

  /** The welaýat a division (an etrap, a post, an office) lies in, when it is in the data. */
  public Optional<String> containing(String divisionCode) {
    for (Division w : welayats) {
      if (contains(w, divisionCode)) {
        return Optional.of(w.code());
      }
    }
    return Optional.empty();
  }

  private static boolean contains(Division d, String code) {
    if (d.code().equals(code)) {
      return true;
    }
    return d.children().stream().anyMatch(c -> contains(c, code));
  }
}
