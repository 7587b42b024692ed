package org.depder.sync.revision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Small, readable revisions for merge tests: ids and devices from small numbers. */
final class TestRevisions {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final String TYPE = "person";
  static final UUID ENTITY = UUID.fromString("0190f3a0-0000-7000-8000-00000000e000");
  static final UUID AUTHOR = UUID.fromString("0190f3a0-0000-7000-8000-00000000a000");

  private TestRevisions() {}

  /** A version-7 looking id whose text order is scrambled relative to {@code n}. */
  static UUID id(int n) {
    long mix = Long.rotateLeft(n * 0x9E3779B97F4A7C15L, 17) & 0xFFFF_FFFF_FFFFL;
    return new UUID((mix << 16) | 0x7000 | (n & 0xFFF), 0x8000_0000_0000_0000L | n);
  }

  /** The small number {@link #id} was made from. */
  static int number(UUID id) {
    return (int) id.getLeastSignificantBits();
  }

  static DeviceId device(int n) {
    return new DeviceId(String.format("%032x", n));
  }

  static HybridTimestamp time(long millis, int counter) {
    return new HybridTimestamp(millis, counter);
  }

  static Map<String, JsonNode> changes(Object... fieldsAndValues) {
    Map<String, JsonNode> changes = new TreeMap<>();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      Object value = fieldsAndValues[i + 1];
      changes.put(
          (String) fieldsAndValues[i],
          value instanceof JsonNode node ? node : NODES.textNode(String.valueOf(value)));
    }
    return changes;
  }

  static Revision rev(
      int id, int device, HybridTimestamp time, Map<String, JsonNode> changes, int... parents) {
    List<UUID> parentIds = Arrays.stream(parents).mapToObj(TestRevisions::id).toList();
    return new Revision(
        id(id), TYPE, ENTITY, parentIds, AUTHOR, device(device), time, new TreeMap<>(changes), 1);
  }

  static Revision rev(
      int id, int device, long millis, Map<String, JsonNode> changes, int... parents) {
    return rev(id, device, time(millis, 0), changes, parents);
  }
}
