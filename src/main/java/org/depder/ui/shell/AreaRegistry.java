package org.depder.ui.shell;

import java.util.ArrayList;
import java.util.List;

/** The areas of the main window, in navigation order. Filled once by the composition root. */
public final class AreaRegistry {
  private final List<Area> areas = new ArrayList<>();

  public AreaRegistry register(Area area) {
    if (areas.stream().anyMatch(a -> a.id().equals(area.id()))) {
      throw new IllegalArgumentException("Area registered twice: " + area.id());
    }
    areas.add(area);
    return this;
  }

  public List<Area> areas() {
    return List.copyOf(areas);
  }
}
