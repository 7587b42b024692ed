package org.depder.app.screening;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.depder.app.referencedata.ReferenceDataException;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.domain.reference.CountryList;
import org.depder.domain.reference.Division;
import org.depder.domain.reference.DivisionKind;
import org.depder.domain.reference.Hotline;

/**
 * Everything a screening screen works with, loaded once: the service over the current indicator and
 * rule set, the posts and offices to pick from, the countries and the hotlines for the card.
 */
public record ScreeningWorkspace(
    ScreeningService service, List<Division> posts, CountryList countries, List<Hotline> hotlines) {
  public ScreeningWorkspace {
    posts = List.copyOf(posts);
    hotlines = List.copyOf(hotlines);
  }

  /** Reads the reference data (JSON parsing: call it off the UI thread). */
  public static ScreeningWorkspace load(
      ReferenceDataLoader loader, ScreeningDraftRepository repository, Clock clock)
      throws ReferenceDataException {
    var indicators = loader.indicatorSet(ReferenceDataLoader.CURRENT_DRAFT);
    var rules = loader.ruleSet(ReferenceDataLoader.CURRENT_DRAFT);
    List<Division> posts = new ArrayList<>();
    loader.divisions().forEach(d -> collectPosts(d, posts));
    return new ScreeningWorkspace(
        new ScreeningService(repository, indicators, rules, clock),
        posts,
        loader.countries(),
        loader.hotlines());
  }

  private static void collectPosts(Division division, List<Division> into) {
    if (division.kind() == DivisionKind.BORDER_POST || division.kind() == DivisionKind.OFFICE) {
      into.add(division);
    }
    division.children().forEach(c -> collectPosts(c, into));
  }
}
