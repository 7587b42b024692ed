package org.depder.app.infocard;

import java.util.List;
import java.util.Objects;
import org.depder.domain.reference.Hotline;
import org.depder.domain.screening.VersionRef;

/**
 * The hotlines to print with the version of the list they come from: numbers still marked "verify"
 * are printed, so the card must say which data (and which day) it was made from.
 */
public record HotlineDirectory(VersionRef version, List<Hotline> hotlines) {
  public HotlineDirectory {
    Objects.requireNonNull(version, "version");
    hotlines = List.copyOf(hotlines);
  }
}
