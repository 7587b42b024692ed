package org.depder.sync.bundle;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.depder.sync.revision.DeviceId;

/** An {@link InboundLedger} in memory, for tests and the benchmark; the app keeps it in SQLite. */
public final class InMemoryInboundLedger implements InboundLedger {
  private final Map<DeviceId, TreeMap<Long, Entry>> accepted = new HashMap<>();
  private final Map<DeviceId, TreeMap<Long, Held>> held = new HashMap<>();

  private record Held(String manifestHash, byte[] bundle) {}

  @Override
  public synchronized long lastAcceptedSeq(DeviceId sender) {
    TreeMap<Long, Entry> stream = accepted.get(sender);
    return stream == null || stream.isEmpty() ? 0 : stream.lastKey();
  }

  @Override
  public synchronized Optional<Entry> accepted(DeviceId sender, long seq) {
    return Optional.ofNullable(accepted.getOrDefault(sender, new TreeMap<>()).get(seq));
  }

  @Override
  public synchronized void recordAccepted(DeviceId sender, Entry entry) {
    accepted.computeIfAbsent(sender, s -> new TreeMap<>()).put(entry.seq(), entry);
    TreeMap<Long, Held> stream = held.get(sender);
    if (stream != null) {
      stream.remove(entry.seq());
    }
  }

  @Override
  public synchronized Optional<String> heldHash(DeviceId sender, long seq) {
    return Optional.ofNullable(held.getOrDefault(sender, new TreeMap<>()).get(seq))
        .map(Held::manifestHash);
  }

  @Override
  public synchronized void hold(DeviceId sender, long seq, String manifestHash, byte[] bundle) {
    held.computeIfAbsent(sender, s -> new TreeMap<>())
        .put(seq, new Held(manifestHash, bundle.clone()));
  }

  @Override
  public synchronized Optional<byte[]> heldBundle(DeviceId sender, long seq) {
    return Optional.ofNullable(held.getOrDefault(sender, new TreeMap<>()).get(seq))
        .map(h -> h.bundle().clone());
  }

  /** Every entry, rendered for a test's "nothing changed" comparison (hashes and seqs only). */
  public synchronized String snapshot() {
    StringBuilder out = new StringBuilder();
    accepted.forEach(
        (sender, stream) ->
            stream.forEach(
                (seq, a) ->
                    out.append("A ")
                        .append(sender)
                        .append(' ')
                        .append(seq)
                        .append(' ')
                        .append(a.manifestHash())
                        .append(' ')
                        .append(Arrays.hashCode(a.receipt()))
                        .append('\n')));
    held.forEach(
        (sender, stream) ->
            stream.forEach(
                (seq, h) ->
                    out.append("H ")
                        .append(sender)
                        .append(' ')
                        .append(seq)
                        .append(' ')
                        .append(h.manifestHash())
                        .append('\n')));
    return out.toString();
  }
}
