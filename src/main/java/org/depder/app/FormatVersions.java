package org.depder.app;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.depder.app.settings.SettingsStore;
import org.depder.store.VaultFormat;

/**
 * Every persisted or wire format this build writes, with its current version: shown in the About
 * dialog and by {@code --version}, so that a support call can tell which files a laptop can read.
 *
 * <p>A fixed table rather than something features register into at run time: the list must be
 * complete before any feature has started (for {@code --version}), and a new format is a code
 * change anyway. Add a line here with the constant that its writer owns.
 */
public final class FormatVersions {
  private static final Map<String, Integer> ALL;

  static {
    Map<String, Integer> formats = new LinkedHashMap<>();
    formats.put("settings", SettingsStore.FORMAT_VERSION);
    formats.put("vault", VaultFormat.CURRENT_VERSION);
    ALL = Collections.unmodifiableMap(formats);
  }

  private FormatVersions() {}

  /** Format name → version, in a stable order. */
  public static Map<String, Integer> all() {
    return ALL;
  }
}
