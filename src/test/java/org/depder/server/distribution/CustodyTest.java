package org.depder.server.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.Holder;
import org.depder.server.core.ServerException;
import org.depder.server.testing.PlayedDevice;
import org.depder.sync.revision.RevisionJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Level 2: a transfer's two phases, on a real SQLite store, with laptops that receipt. */
class CustodyTest {
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

  private static List<String> types(PlayedDevice.Applied applied) {
    return applied.items().stream().map(i -> i.path("entityType").asText()).toList();
  }

  @Test
  void theFormerHoldersAreToldTransferringThenReleasedAndTheNewPostReceivesTheCase() {
    PlayedDevice author = server.enrol("AG-01");
    PlayedDevice colleague = server.enrol("AG-01");
    PlayedDevice receiver = server.enrol("DZ-07");
    UUID caseId = UUID.randomUUID();
    ObjectNode created = author.keys.revisionOf("case", caseId, 1_000);
    server.push(author, created);
    server.sync(colleague);

    int former = server.custody.transfer(caseId.toString(), Holder.post("DZ-07"), "admin-cli");

    assertThat(former).isEqualTo(2);
    PlayedDevice.Applied atReceiver = server.sync(receiver);
    assertThat(types(atReceiver)).containsExactly("device_key", "case");

    PlayedDevice.Applied first = server.pullAndApply(author);
    assertThat(types(first)).containsExactly("custody");
    ObjectNode transferring = first.items().get(0);
    assertThat(transferring.path("device").asText()).isEqualTo(server.keys.id().value());
    assertThat(transferring.path("entityId").asText())
        .as("the client's Custody.custodyId(holder, type, id)")
        .isEqualTo(
            UUID.nameUUIDFromBytes(
                    ("depder-custody-v1|" + author.id().value() + "|case|" + caseId)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString());
    assertThat(transferring.path("changes").path("state").asText()).isEqualTo("transferring");
    assertThat(transferring.path("changes").path("entityType").asText()).isEqualTo("case");
    assertThat(transferring.path("changes").path("entityId").asText()).isEqualTo(caseId.toString());
    assertThat(transferring.path("changes").path("holder").asText())
        .as("the device that holds the entity and must purge it")
        .isEqualTo(author.id().value());
    assertThat(server.pull.pull(author.id(), 0))
        .as("released is written only after the receipt")
        .isInstanceOf(PullResult.Bundle.class);
    server.receipts.receive(first.receipt());

    PlayedDevice.Applied second = server.sync(author);
    assertThat(types(second)).containsExactly("custody");
    ObjectNode released = second.items().get(0);
    assertThat(released.path("changes").path("state").asText()).isEqualTo("released");
    assertThat(released.path("entityId").asText())
        .isEqualTo(transferring.path("entityId").asText());
    assertThat(RevisionJson.signedFromJson(released).revision().parents())
        .containsExactly(UUID.fromString(transferring.path("revisionId").asText()));
    assertThat(server.sync(author)).isNull();
    assertThat(server.admin.audit().entries())
        .extracting(e -> e.event().action())
        .contains("entity.transferred", "custody.purged");

    ObjectNode lateEdit = receiver.keys.revisionOf("case", caseId, 5_000);
    server.push(receiver, lateEdit);
    assertThat(server.sync(author)).as("the former holder gets nothing more").isNull();
    PlayedDevice.Applied colleagueNotice = server.sync(colleague);
    assertThat(types(colleagueNotice)).containsExactly("custody");
    assertThat(colleagueNotice.items().get(0).path("changes").path("holder").asText())
        .isEqualTo(colleague.id().value());
    assertThat(colleagueNotice.items().get(0).path("entityId").asText())
        .as("each holder has its own custody record")
        .isNotEqualTo(transferring.path("entityId").asText());
  }

  @Test
  void anEntityTransferredBackIsSentAgainInFullToADeviceThatPurgedIt() {
    PlayedDevice author = server.enrol("AG-01");
    PlayedDevice receiver = server.enrol("DZ-07");
    UUID caseId = UUID.randomUUID();
    ObjectNode created = author.keys.revisionOf("case", caseId, 1_000);
    server.push(author, created);
    server.custody.transfer(caseId.toString(), Holder.post("DZ-07"), "admin-cli");
    server.sync(author);
    server.sync(author);

    server.custody.transfer(caseId.toString(), Holder.device(author.id()), "admin-cli");
    PlayedDevice.Applied back = server.sync(author);

    assertThat(back.items())
        .extracting(i -> i.path("revisionId").asText())
        .contains(created.path("revisionId").asText());
    assertThat(server.custody.transfer(caseId.toString(), Holder.device(author.id()), "x"))
        .isZero();
  }

  @Test
  void anUnknownEntityOrDeviceIsRefused() {
    PlayedDevice author = server.enrol("AG-01");
    UUID caseId = UUID.randomUUID();
    server.push(author, author.keys.revisionOf("case", caseId, 1));

    assertThatThrownBy(
            () ->
                server.custody.transfer(
                    UUID.randomUUID().toString(), Holder.post("DZ-07"), "admin-cli"))
        .isInstanceOfSatisfying(
            ServerException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ENTITY_UNKNOWN));
    assertThatThrownBy(
            () ->
                server.custody.transfer(
                    caseId.toString(),
                    Holder.device(new org.depder.server.testing.TestDevice().id()),
                    "admin-cli"))
        .isInstanceOfSatisfying(
            ServerException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DEVICE_UNKNOWN));
  }
}
