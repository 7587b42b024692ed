package org.depder.domain.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * In-memory index from the folded words of people's names ({@link NameFolding}) to record ids, for
 * finding a person across scripts, by the start or a piece of a word, and despite one typo.
 *
 * <p>A query matches an entry when every word of the query matches some word of the entry's name
 * (two query words may match the same name word): exactly, as a prefix or substring (query word of
 * at least 3 folded letters), or within one edit (at least 4 folded letters), see {@link
 * MatchKind}. Results are ordered by their weakest word match, then by the sum of all word matches,
 * then by the order in which entries were added, and each record id appears once.
 *
 * <p>Thread-safety: a {@link Builder} is used by one thread (the background task that reads the
 * vault after unlock). {@link Builder#build} returns an index whose content never changes, and
 * which may be handed to other threads and searched by any number of them at once. {@link #clear}
 * (called on lock) replaces the content by an empty one and overwrites the folded letters; a search
 * running at that moment may return an incomplete result, which the caller is discarding anyway.
 *
 * <p>The index never keeps the names as written, only their folded keys, and never logs them.
 */
public final class NameIndex {

  private volatile IndexSnapshot snapshot;

  private NameIndex(IndexSnapshot snapshot) {
    this.snapshot = snapshot;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** An index with no entries (the state before unlock and after {@link #clear}). */
  public static NameIndex empty() {
    return new NameIndex(IndexSnapshot.EMPTY);
  }

  /** The number of indexed entries (names with at least one word). */
  public int size() {
    return snapshot.entryCount();
  }

  /**
   * The records whose name matches every word of {@code query}, best first, at most {@code limit}.
   * An empty list if the query has no letters.
   */
  public List<NameHit> search(String query, int limit) {
    Objects.requireNonNull(query, "query");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    IndexSnapshot content = snapshot;
    List<QueryWord> words = QueryWord.parse(query);
    if (words.isEmpty() || content.entryCount() == 0) {
      return List.of();
    }
    int entries = content.entryCount();
    byte[] weakest = content.ranks(words.get(0));
    int[] sum = new int[entries];
    for (int entry = 0; entry < entries; entry++) {
      sum[entry] = weakest[entry];
    }
    for (QueryWord word : words.subList(1, words.size())) {
      byte[] ranks = content.ranks(word);
      for (int entry = 0; entry < entries; entry++) {
        weakest[entry] = (byte) Math.min(weakest[entry], ranks[entry]);
        sum[entry] += ranks[entry];
      }
    }
    return rank(content.ids(), weakest, sum, limit);
  }

  /** Drops the content (called on lock); the index then behaves as {@link #empty()}. */
  public void clear() {
    IndexSnapshot dropped = snapshot;
    snapshot = IndexSnapshot.EMPTY;
    if (dropped != IndexSnapshot.EMPTY) {
      dropped.wipe();
    }
  }

  private static List<NameHit> rank(RecordIds ids, byte[] weakest, int[] sum, int limit) {
    int matches = 0;
    for (byte rank : weakest) {
      if (rank > 0) {
        matches++;
      }
    }
    // One sortable long per match: better weakest rank and larger sum first, then entry order.
    long[] order = new long[matches];
    int next = 0;
    for (int entry = 0; entry < weakest.length; entry++) {
      if (weakest[entry] > 0) {
        long score = ((long) weakest[entry] << 24) | Math.min(sum[entry], 0xFFFFFF);
        order[next++] = ((0x7FFFFFFFL - score) << 32) | entry;
      }
    }
    Arrays.sort(order);
    List<NameHit> hits = new ArrayList<>(Math.min(limit, matches));
    Set<UUID> taken = new HashSet<>();
    for (int i = 0; i < order.length && hits.size() < limit; i++) {
      int entry = (int) order[i];
      UUID id = ids.get(entry);
      if (taken.add(id)) {
        hits.add(new NameHit(id, MatchKind.ofRank(weakest[entry])));
      }
    }
    return List.copyOf(hits);
  }

  /**
   * Collects names on one thread and builds the index. The same record id may be added more than
   * once (aliases, maiden names); each name is matched on its own and the record is returned once.
   */
  public static final class Builder {
    private final Map<String, Integer> termIds = new HashMap<>();
    private final List<int[]> entryTerms = new ArrayList<>();
    private final RecordIds ids = new RecordIds(1024);

    /** Equivalent to {@link NameIndex#builder()}. */
    public Builder() {}

    /** Adds one name of a record; a name without letters is ignored. */
    public Builder add(UUID recordId, String fullName) {
      Objects.requireNonNull(recordId, "recordId");
      Objects.requireNonNull(fullName, "fullName");
      List<String> tokens = NameFolding.tokens(fullName);
      if (tokens.isEmpty()) {
        return this;
      }
      int[] terms = new int[tokens.size()];
      for (int i = 0; i < terms.length; i++) {
        terms[i] = termIds.computeIfAbsent(tokens.get(i), token -> termIds.size());
      }
      entryTerms.add(terms);
      ids.add(recordId);
      return this;
    }

    /** A new index of everything added so far; the builder may go on being used. */
    public NameIndex build() {
      String[] sorted = termIds.keySet().toArray(new String[0]);
      Arrays.sort(sorted);
      int[] sortedIdOf = new int[sorted.length];
      for (int i = 0; i < sorted.length; i++) {
        sortedIdOf[termIds.get(sorted[i])] = i;
      }
      int[][] renumbered = new int[entryTerms.size()][];
      for (int entry = 0; entry < renumbered.length; entry++) {
        int[] terms = entryTerms.get(entry);
        renumbered[entry] = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
          renumbered[entry][i] = sortedIdOf[terms[i]];
        }
      }
      return new NameIndex(new IndexSnapshot(new TermDictionary(sorted), renumbered, ids));
    }
  }
}
