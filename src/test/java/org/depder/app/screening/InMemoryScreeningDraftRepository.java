package org.depder.app.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The repository contract in memory, for tests only. Thread-safe because the desktop autosave runs
 * on a background thread while the list is read.
 */
public final class InMemoryScreeningDraftRepository implements ScreeningDraftRepository {
  private final Map<UUID, TreeMap<Integer, ScreeningDraft>> records = new ConcurrentHashMap<>();
  private volatile int saves;

  @Override
  public synchronized void save(ScreeningDraft draft) {
    records.computeIfAbsent(draft.id(), id -> new TreeMap<>()).put(draft.revision(), draft);
    saves++;
  }

  @Override
  public synchronized Optional<ScreeningDraft> latest(UUID id) {
    TreeMap<Integer, ScreeningDraft> revisions = records.get(id);
    return revisions == null ? Optional.empty() : Optional.of(revisions.lastEntry().getValue());
  }

  @Override
  public synchronized List<ScreeningDraft> revisions(UUID id) {
    TreeMap<Integer, ScreeningDraft> revisions = records.get(id);
    return revisions == null ? List.of() : List.copyOf(revisions.values());
  }

  @Override
  public synchronized List<ScreeningDraft> latestOfAll() {
    List<ScreeningDraft> all = new ArrayList<>();
    records.values().forEach(r -> all.add(r.lastEntry().getValue()));
    all.sort(Comparator.comparing(ScreeningDraft::startedAt));
    return List.copyOf(all);
  }

  public int saves() {
    return saves;
  }
}
