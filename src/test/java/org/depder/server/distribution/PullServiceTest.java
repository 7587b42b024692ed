package org.depder.server.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.PublicKeys;
import org.depder.server.core.ServerException;
import org.depder.server.testing.PlayedDevice;
import org.depder.sync.revision.RevisionJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Level 2: pull and receipts on a real SQLite store, laptops played with sync.bundle classes. */
class PullServiceTest {
  @TempDir Path dir;
  private DistributionFixture server;

  @BeforeEach
  void open() {
    server = new DistributionFixture(dir);
  }

  @AfterEach
  void close() {
    server.close();
  }

  private static String id(ObjectNode revision) {
    return revision.path("revisionId").asText();
  }

  private static List<String> types(PlayedDevice.Applied applied) {
    return applied.items().stream().map(i -> i.path("entityType").asText()).toList();
  }

  @Test
  void aDeviceOfThePostReceivesTheKeysThenTheRevisionsAndTheSameBundleUntilItReceipts() {
    PlayedDevice author = server.enrol("AG-01");
    PlayedDevice colleague = server.enrol("AG-01");
    ObjectNode person = author.keys.revision("person", 1_000);
    server.push(author, person);

    PullResult first = server.pull.pull(colleague.id(), 0);
    PullResult again = server.pull.pull(colleague.id(), 0);

    assertThat(first).isInstanceOf(PullResult.Bundle.class).isEqualTo(again);
    assertThat(((PullResult.Bundle) first).seq()).isEqualTo(1);
    PlayedDevice.Applied applied = colleague.apply(((PullResult.Bundle) first).bytes());
    assertThat(types(applied)).containsExactly("device_key", "person");
    ObjectNode key = applied.items().get(0);
    assertThat(key.path("device").asText()).isEqualTo(server.keys.id().value());
    assertThat(key.path("changes").path("signingKey").asText())
        .isEqualTo(PublicKeys.encode(author.keys.keys().signing()));
    assertThat(key.path("changes").path("revoked").asBoolean()).isFalse();
    assertThat(key.path("entityId").asText())
        .isEqualTo(ServerRevisions.deviceKeyEntity(author.id()).toString());
    assertThat(RevisionJson.signedFromJson(key).revision().author())
        .isEqualTo(ServerRevisions.serverUser(server.keys.id()));
    assertThat(id(applied.items().get(1))).isEqualTo(id(person));
    assertThatThrownBy(() -> server.pull.pull(colleague.id(), 1))
        .isInstanceOfSatisfying(
            ServerException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.RECEIPT_REQUIRED));

    assertThat(server.receipts.receive(applied.receipt()).fresh()).isTrue();
    assertThat(server.receipts.receive(applied.receipt()).fresh()).isFalse();

    assertThat(server.pull.pull(colleague.id(), 1)).isEqualTo(new PullResult.UpToDate(1));
    assertThat(server.pull.pull(colleague.id(), 0)).isEqualTo(first);
    assertThat(server.pull.pull(author.id(), 0)).isEqualTo(new PullResult.UpToDate(0));
    assertThatThrownBy(() -> server.pull.pull(colleague.id(), 2))
        .isInstanceOfSatisfying(
            ServerException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_CURSOR));
    assertThat(server.admin.audit().entries())
        .extracting(e -> e.event().action())
        .containsOnlyOnce("bundle.sent", "receipt.recorded");
  }

  @Test
  void anotherPostReceivesNothingAndTwoLaptopsEditingOneCaseConverge() {
    PlayedDevice a = server.enrol("AG-01");
    PlayedDevice b = server.enrol("AG-01");
    PlayedDevice elsewhere = server.enrol("DZ-07");
    UUID caseId = UUID.randomUUID();
    ObjectNode fromA = a.keys.revisionOf("case", caseId, 1_000);
    server.push(a, fromA);
    server.sync(b);
    ObjectNode fromB = b.keys.revisionOf("case", caseId, 2_000);
    server.push(b, fromB);

    PlayedDevice.Applied toA = server.sync(a);

    assertThat(types(toA)).containsExactly("device_key", "case");
    assertThat(id(toA.items().get(1))).isEqualTo(id(fromB));
    assertThat(server.sync(b)).isNull();
    assertThat(server.sync(a)).isNull();
    assertThat(server.sync(elsewhere)).isNull();
  }

  @Test
  void aRevokedAuthorsKeyIsResentAsRevokedToDevicesThatHoldIt() {
    PlayedDevice a = server.enrol("AG-01");
    PlayedDevice b = server.enrol("AG-01");
    server.push(a, a.keys.revision("person", 1));
    server.sync(b);

    server.admin.revoke(a.id());
    PlayedDevice.Applied update = server.sync(b);

    assertThat(types(update)).containsExactly("device_key");
    assertThat(update.items().get(0).path("changes").path("revoked").asBoolean()).isTrue();
    assertThat(update.items().get(0).path("parents")).hasSize(1);
    assertThat(server.sync(b)).isNull();
  }

  @Test
  void aRevokedDeviceCannotPullAndAReceiptForAnUnsentBundleIsRefused() {
    PlayedDevice a = server.enrol("AG-01");
    PlayedDevice b = server.enrol("AG-01");
    server.push(a, a.keys.revision("person", 1));
    PlayedDevice.Applied applied = server.pullAndApply(b);
    server.admin.revoke(b.id());

    assertThatThrownBy(() -> server.pull.pull(b.id(), 0))
        .isInstanceOfSatisfying(
            ServerException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DEVICE_REVOKED));
    assertThatThrownBy(() -> server.receipts.receive(applied.receipt()))
        .isInstanceOfSatisfying(
            ServerException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DEVICE_REVOKED));
  }

  @Test
  void devicesCannotAuthorServerEntityTypes() {
    PlayedDevice a = server.enrol("AG-01");
    PlayedDevice b = server.enrol("AG-01");
    server.push(a, a.keys.revision("custody", 1), a.keys.revision("device_key", 2));

    assertThat(server.sync(b)).isNull();
  }
}
