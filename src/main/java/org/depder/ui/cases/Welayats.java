package org.depder.ui.cases;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.depder.app.i18n.Language;
import org.depder.app.referencedata.ReferenceDataException;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.domain.reference.Division;
import org.depder.domain.screening.LocalizedText;

/**
 * The welaýats (and the cities with welaýat status) of the reference data, by code, for the
 * hand-over and transfer forms. Read once, lazily, on the background thread that first needs them.
 */
public final class Welayats {
  /** The welaýats of the reference data bundled with the app, read once for every Cases area. */
  public static final Welayats BUNDLED = new Welayats(ReferenceDataLoader.bundled());

  private final ReferenceDataLoader loader;
  private Map<String, LocalizedText> names;

  public Welayats(ReferenceDataLoader loader) {
    this.loader = loader;
  }

  /** The codes in the order of the reference data. */
  synchronized List<String> codes() throws ReferenceDataException {
    return List.copyOf(names().keySet());
  }

  /** The welaýat's name in {@code language}, or its code when the reference data lacks it. */
  synchronized String name(String code, Language language) {
    if (names == null) {
      return code;
    }
    LocalizedText name = names.get(code);
    return name == null ? code : name.in(language.code());
  }

  private Map<String, LocalizedText> names() throws ReferenceDataException {
    if (names == null) {
      names =
          loader.divisions().stream()
              .collect(
                  Collectors.toMap(
                      Division::code, Division::name, (a, b) -> a, java.util.LinkedHashMap::new));
    }
    return names;
  }
}
