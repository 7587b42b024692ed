package org.depder.ui.shell;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * One area of work in the main window's navigation (today: Settings; later: screenings, cases,
 * sync). A feature adds its area to the {@link AreaRegistry} in the composition root; the shell
 * shows only registered areas, so there are never empty placeholder screens.
 *
 * @param id stable identifier, also the node id of its navigation button ({@code nav-<id>})
 * @param titleKey full message key of the navigation label
 * @param view creates the area's view the first time it is opened
 */
public record Area(String id, String titleKey, Supplier<Node> view) {
  public Area {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(titleKey, "titleKey");
    Objects.requireNonNull(view, "view");
  }
}
