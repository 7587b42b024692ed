package org.depder.ui.sync;

import java.time.Clock;
import java.util.Optional;
import org.depder.app.TaskRunner;
import org.depder.app.remote.ServerSync;
import org.depder.app.replication.ConflictService;
import org.depder.app.replication.SyncService;
import org.depder.ui.DialogService;
import org.depder.ui.LiveTexts;
import org.depder.ui.conflicts.ConflictsView;
import org.depder.ui.conflicts.ConflictsViewModel;
import org.depder.ui.shell.Area;
import org.depder.ui.shell.AreaRegistry;

/**
 * Adds the Sync and Conflicts areas to the main window. The composition root calls this once it has
 * real services for the unlocked vault; without them there are no sync areas at all (the shell
 * never shows an area that cannot work).
 */
public final class SyncAreas {
  /** Area ids, also the navigation buttons' ids {@code nav-sync} and {@code nav-conflicts}. */
  public static final String SYNC = "sync";

  public static final String CONFLICTS = "conflicts";

  private SyncAreas() {}

  public static AreaRegistry register(
      AreaRegistry registry,
      LiveTexts texts,
      TaskRunner tasks,
      DialogService dialogs,
      SyncService sync,
      ConflictService conflicts,
      Clock clock) {
    return register(registry, texts, tasks, dialogs, sync, conflicts, Optional.empty(), clock);
  }

  /** As above, with "Sync with the server" on the sync screen when {@code server} is present. */
  public static AreaRegistry register(
      AreaRegistry registry,
      LiveTexts texts,
      TaskRunner tasks,
      DialogService dialogs,
      SyncService sync,
      ConflictService conflicts,
      Optional<ServerSync> server,
      Clock clock) {
    registry.register(
        new Area(
            SYNC,
            "shell.nav.sync",
            () -> {
              SyncView view = new SyncView(new SyncViewModel(texts, tasks, dialogs, sync, clock));
              server.ifPresent(
                  s -> view.withServer(new ServerSyncViewModel(texts, tasks, s, clock)));
              return view.root();
            }));
    registry.register(
        new Area(
            CONFLICTS,
            "shell.nav.conflicts",
            () ->
                new ConflictsView(new ConflictsViewModel(texts, tasks, conflicts, clock)).root()));
    return registry;
  }
}
