package org.depder.ui.about;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.StringBinding;
import org.depder.app.BundledLibraries;
import org.depder.ui.LiveTexts;

/**
 * What the About dialog shows: the version, the version of every stored and wire format (what a
 * support call needs to know), and the libraries shipped with their licences.
 */
public final class AboutViewModel {
  private final LiveTexts texts;
  private final String version;
  private final Map<String, Integer> formats;
  private final List<BundledLibraries.Library> libraries;

  public AboutViewModel(
      LiveTexts texts,
      String version,
      Map<String, Integer> formats,
      List<BundledLibraries.Library> libraries) {
    this.texts = texts;
    this.version = version;
    this.formats = Collections.unmodifiableMap(new LinkedHashMap<>(formats));
    this.libraries = List.copyOf(libraries);
  }

  public StringBinding title() {
    return texts.text("about.title");
  }

  public StringBinding appName() {
    return texts.text("app.name");
  }

  public StringBinding summary() {
    return texts.text("about.summary");
  }

  public StringBinding versionLine() {
    return texts.text("about.version", version);
  }

  public StringBinding formatsHeading() {
    return texts.text("about.formatVersions");
  }

  /** One line per format, in the registry's order. */
  public List<StringBinding> formatLines() {
    return formats.keySet().stream()
        .map(name -> texts.text("about.formatVersion.row", name, formats.get(name).toString()))
        .toList();
  }

  public StringBinding librariesHeading() {
    return texts.text("about.libraries.heading", libraries.size());
  }

  public StringBinding libraryColumn() {
    return texts.text("about.libraries.name");
  }

  public StringBinding licenceColumn() {
    return texts.text("about.libraries.licence");
  }

  public List<BundledLibraries.Library> libraries() {
    return libraries;
  }

  public StringBinding closeLabel() {
    return texts.text("dialog.close");
  }
}
