package org.depder.server.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit chain's format 1, fixed by a checked-in trail that must verify forever. */
class AuditChainGoldenTest {
  private static List<AuditEntry> fixture() throws Exception {
    try (InputStream in =
        AuditChainGoldenTest.class.getResourceAsStream("/fixtures/server/audit-chain-v1.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      assertThat(root.path("version").asInt()).isEqualTo(AuditChain.FORMAT_VERSION);
      List<AuditEntry> entries = new ArrayList<>();
      for (JsonNode e : root.path("entries")) {
        entries.add(
            new AuditEntry(
                e.path("seq").asLong(),
                Instant.parse(e.path("at").asText()),
                new AuditEvent(
                    e.path("actor").asText(),
                    e.path("action").asText(),
                    e.path("subject").asText(),
                    e.path("detail").asText()),
                e.path("prevHash").asText(),
                e.path("hash").asText()));
      }
      return entries;
    }
  }

  @Test
  void theCheckedInTrailVerifies() throws Exception {
    List<AuditEntry> trail = fixture();

    assertThat(trail).hasSize(3);
    assertThat(AuditChain.verify(trail)).isEmpty();
    for (AuditEntry e : trail) {
      assertThat(AuditChain.hash(e.prevHash(), e.seq(), e.at(), e.event())).isEqualTo(e.hash());
    }
  }

  @Test
  void anyChangeToARowBreaksTheChainThere() throws Exception {
    List<AuditEntry> trail = new ArrayList<>(fixture());
    AuditEntry second = trail.get(1);
    trail.set(
        1,
        new AuditEntry(
            second.seq(),
            second.at(),
            new AuditEvent(
                second.event().actor(),
                second.event().action(),
                "ec-forged",
                second.event().detail()),
            second.prevHash(),
            second.hash()));

    assertThat(AuditChain.verify(trail)).contains(2L);
  }

  @Test
  void deletingOrReorderingRowsIsDetected() throws Exception {
    List<AuditEntry> trail = fixture();

    assertThat(AuditChain.verify(List.of(trail.get(0), trail.get(2)))).contains(3L);
    assertThat(AuditChain.verify(List.of(trail.get(1), trail.get(0), trail.get(2)))).contains(2L);
    assertThat(AuditChain.verify(trail.subList(1, 3))).contains(2L);
  }

  @Test
  void nextChainsFromThePreviousRowAndDropsSubMillisecondPrecision() throws Exception {
    AuditEntry last = fixture().get(2);
    AuditEntry next =
        AuditChain.next(
            last.seq(),
            last.hash(),
            Instant.parse("2026-11-29T08:03:00.123456Z"),
            new AuditEvent("a", "b", "c", "d"));

    assertThat(next.seq()).isEqualTo(4);
    assertThat(next.prevHash()).isEqualTo(last.hash());
    assertThat(next.at()).isEqualTo(Instant.parse("2026-11-29T08:03:00.123Z"));
    List<AuditEntry> longer = new ArrayList<>(fixture());
    longer.add(next);
    assertThat(AuditChain.verify(longer)).isEmpty();
  }
}
