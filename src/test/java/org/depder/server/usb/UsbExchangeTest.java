package org.depder.server.usb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.depder.app.vault.MutableClock;
import org.depder.server.ServerContext;
import org.depder.server.config.ConfigLoader;
import org.depder.server.core.DeviceRole;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.depder.server.enrol.AttemptLimiter;
import org.depder.server.enrol.EnrolmentService;
import org.depder.server.ingest.BundleRefusedException;
import org.depder.server.testing.PlayedDevice;
import org.depder.sync.bundle.BundleLimits;
import org.depder.sync.bundle.PeerDirectory;
import org.depder.sync.bundle.Receipt;
import org.depder.sync.bundle.ReceiptOutcome;
import org.depder.sync.bundle.ReceiptReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The USB post round trip at the server level, on SQLite: laptop → bundle file → import → receipt
 * and server bundle files → laptop → receipt file → import. The laptops are played with the
 * sync.bundle classes, exactly as the client reads and writes these files.
 */
class UsbExchangeTest {
  @TempDir Path dir;
  private final MutableClock clock =
      new MutableClock(java.time.Instant.parse("2026-11-29T08:00:00Z"));
  private ServerContext context;
  private UsbExchange usb;

  @BeforeEach
  void open() {
    context =
        ServerContext.open(
            ConfigLoader.load(dir, Optional.empty(), Map.of(), Map.of()),
            new SecureRandom(),
            clock);
    usb = new UsbExchange(context.ingest(), context.receipts(), context.pull());
  }

  @AfterEach
  void close() {
    context.close();
  }

  private PlayedDevice enrol(String post) {
    PlayedDevice device = new PlayedDevice(context.keys().id(), context.keys().publicKeys());
    new EnrolmentService(
            context.store(),
            context.identity(),
            new AttemptLimiter(5, java.time.Duration.ofMinutes(1), clock),
            clock)
        .enrol(
            device.keys.request(
                context
                    .admin()
                    .issueCode(DeviceRole.SCREENER, post, java.time.Duration.ofHours(1))
                    .code()),
            "usb");
    return device;
  }

  private Receipt verified(PlayedDevice device, byte[] receipt) {
    PeerDirectory server =
        id ->
            Optional.of(
                PeerDirectory.Peer.of(
                    context.keys().publicKeys().signing(),
                    context.keys().publicKeys().agreement(),
                    false));
    ReceiptOutcome outcome = new ReceiptReader(device.id(), server, BundleLimits.V1).read(receipt);
    assertThat(outcome).isInstanceOf(ReceiptOutcome.Valid.class);
    return ((ReceiptOutcome.Valid) outcome).receipt();
  }

  @Test
  void aUsbOnlyPostExchangesBundlesAndReceiptsThroughFiles() {
    PlayedDevice online = enrol("AG-01");
    PlayedDevice usbOnly = enrol("AG-01");
    ObjectNode fromOnline = online.keys.revision("screening", 1_000);
    context.ingest().push(online.push(List.of(fromOnline)));
    ObjectNode fromUsb = usbOnly.keys.revision("screening", 2_000);

    UsbExchange.Outcome first = usb.take(usbOnly.push(List.of(fromUsb)));

    assertThat(first.kind()).isEqualTo("bundle");
    assertThat(first.device()).isEqualTo(usbOnly.id());
    Receipt receipt = verified(usbOnly, first.receipt().orElseThrow());
    assertThat(receipt.accepted()).containsExactly(fromUsb.path("revisionId").asText());
    var next = first.next().orElseThrow();
    assertThat(next.seq()).isEqualTo(1);
    PlayedDevice.Applied applied = usbOnly.apply(next.bytes());
    assertThat(applied.items())
        .extracting(i -> i.path("revisionId").asText())
        .contains(fromOnline.path("revisionId").asText());

    UsbExchange.Outcome again = usb.take(usbOnly.push(List.of()));
    assertThat(again.next().orElseThrow().bytes())
        .as("without the receipt the same server bundle is written again")
        .isEqualTo(next.bytes());

    UsbExchange.Outcome receipted = usb.take(applied.receipt());
    assertThat(receipted.kind()).isEqualTo("receipt");
    assertThat(receipted.next()).isEmpty();
    assertThat(usb.take(applied.receipt()).next()).isEmpty();
    assertThat(context.admin().audit().entries())
        .extracting(e -> e.event().action())
        .contains("bundle.accepted", "bundle.sent", "receipt.recorded");
    assertThat(context.admin().audit().intact()).isTrue();
  }

  @Test
  void aTamperedFileIsRefusedLikeOverHttpAndAnythingElseIsNotABundle() {
    PlayedDevice device = enrol("AG-01");
    byte[] bundle = device.push(List.of(device.keys.revision("screening", 1)));
    bundle[bundle.length / 2] ^= 1;

    assertThatThrownBy(() -> usb.take(bundle))
        .isInstanceOfSatisfying(
            ServerException.class, e -> assertThat(e).isInstanceOf(BundleRefusedException.class));
    assertThatThrownBy(
            () -> usb.take("{\"hello\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            ServerException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_REQUEST));
  }
}
