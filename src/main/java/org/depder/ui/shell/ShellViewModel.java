package org.depder.ui.shell;

import java.util.List;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.depder.ui.LiveTexts;

/**
 * The main window: its title, the registered areas and which one is open, and the commands of the
 * menu. The first area is open at start.
 */
public final class ShellViewModel {
  private final LiveTexts texts;
  private final List<Area> areas;
  private final ObjectProperty<Area> selected = new SimpleObjectProperty<>();
  private final Runnable quit;

  /** {@code quit} ends the application (the composition root passes the toolkit's exit). */
  public ShellViewModel(LiveTexts texts, AreaRegistry registry, Runnable quit) {
    this.texts = texts;
    this.areas = registry.areas();
    this.quit = quit;
    if (areas.isEmpty()) {
      throw new IllegalArgumentException("The main window needs at least one area");
    }
    selected.set(areas.get(0));
  }

  public StringBinding title() {
    return texts.text("app.name");
  }

  public List<Area> areas() {
    return areas;
  }

  public ObjectProperty<Area> selectedAreaProperty() {
    return selected;
  }

  public StringBinding areaTitle(Area area) {
    return texts.text(area.titleKey());
  }

  public void open(Area area) {
    if (!areas.contains(area)) {
      throw new IllegalArgumentException("Unknown area: " + area.id());
    }
    selected.set(area);
  }

  public void quit() {
    quit.run();
  }
}
