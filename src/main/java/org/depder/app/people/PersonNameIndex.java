package org.depder.app.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.depder.domain.search.NameHit;
import org.depder.domain.search.NameIndex;

/**
 * The in-memory name index of one unlocked session: the bulk index built in the background from
 * every person record, plus a small overlay of people saved since the build began (rebuilt per
 * save, which costs little while it is small). Each session has an epoch; a build finishing after
 * the vault locked is thrown away.
 */
final class PersonNameIndex {
  private NameIndex bulk = NameIndex.empty();
  private NameIndex.Builder recentBuilder = NameIndex.builder();
  private NameIndex recent = NameIndex.empty();
  private long epoch;
  private CompletableFuture<Void> built = new CompletableFuture<>();

  /** Starts a new session; returns its epoch for {@link #install}. */
  synchronized long begin() {
    epoch++;
    built = new CompletableFuture<>();
    return epoch;
  }

  /** Installs the bulk index built for {@code forEpoch}, unless that session has ended. */
  synchronized void install(long forEpoch, Supplier<NameIndex> build) {
    if (forEpoch != epoch) {
      return;
    }
    bulk = build.get();
    built.complete(null);
  }

  synchronized void failed(long forEpoch, Throwable cause) {
    if (forEpoch == epoch) {
      built.completeExceptionally(cause);
    }
  }

  synchronized void add(UUID id, String fullName) {
    recentBuilder.add(id, fullName);
    recent = recentBuilder.build();
  }

  /** Completes when the bulk index of the current session is in place. */
  synchronized CompletableFuture<Void> built() {
    return built;
  }

  /** Drops and overwrites everything, ending the session. */
  synchronized void clear() {
    epoch++;
    bulk.clear();
    recent.clear();
    bulk = NameIndex.empty();
    recent = NameIndex.empty();
    recentBuilder = NameIndex.builder();
    built.cancel(false);
  }

  List<UUID> search(String query, int limit) {
    NameIndex bulkNow;
    NameIndex recentNow;
    synchronized (this) {
      bulkNow = bulk;
      recentNow = recent;
    }
    List<NameHit> hits = new ArrayList<>(bulkNow.search(query, limit));
    hits.addAll(recentNow.search(query, limit));
    hits.sort(Comparator.comparing(NameHit::weakestMatch));
    Map<UUID, NameHit> unique = new LinkedHashMap<>();
    for (NameHit hit : hits) {
      unique.putIfAbsent(hit.recordId(), hit);
    }
    return unique.keySet().stream().limit(limit).toList();
  }
}
