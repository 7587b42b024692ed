package org.depder.server.usb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.depder.server.distribution.PullResult;
import org.depder.server.distribution.PullService;
import org.depder.server.distribution.ReceiptRecorded;
import org.depder.server.distribution.Receipts;
import org.depder.server.ingest.BundleRefusedException;
import org.depder.server.ingest.Ingest;
import org.depder.server.ingest.PushResult;
import org.depder.sync.canonical.CanonicalJsonException;
import org.depder.sync.canonical.StrictJsonParser;
import org.depder.sync.revision.DeviceId;

/**
 * The USB post (issue 6, item 4): a file a laptop wrote is taken in exactly as over HTTP, and the
 * answer is what the laptop would have fetched: the receipt for its bundle and the server's next
 * bundle for it. A bundle file goes through {@link Ingest} (the same verification, transaction and
 * audit as {@code POST /v1/bundles}); a receipt file through {@link Receipts}.
 */
public final class UsbExchange {
  private final Ingest ingest;
  private final Receipts receipts;
  private final PullService pull;

  public UsbExchange(Ingest ingest, Receipts receipts, PullService pull) {
    this.ingest = Objects.requireNonNull(ingest, "ingest");
    this.receipts = Objects.requireNonNull(receipts, "receipts");
    this.pull = Objects.requireNonNull(pull, "pull");
  }

  /**
   * What came of one file.
   *
   * @param kind {@code bundle} or {@code receipt}
   * @param heldUntil for an early bundle, the seq of this device that must arrive first
   * @param receipt the signed receipt for an applied bundle
   * @param next the server's next bundle for the device, if it has one
   */
  public record Outcome(
      String kind,
      DeviceId device,
      Optional<Long> heldUntil,
      Optional<byte[]> receipt,
      Optional<PullResult.Bundle> next) {}

  public Outcome take(byte[] file) {
    JsonNode outer;
    try {
      outer = StrictJsonParser.parse(file);
    } catch (CanonicalJsonException e) {
      throw new ServerException(ErrorCode.BAD_REQUEST, "the file is not a bundle or a receipt");
    }
    if (outer.has("manifest")) {
      return bundle(file, outer);
    }
    if (outer.has("receipt")) {
      ReceiptRecorded recorded = receipts.receive(file);
      return new Outcome(
          "receipt",
          recorded.device(),
          Optional.empty(),
          Optional.empty(),
          next(recorded.device()));
    }
    throw new ServerException(ErrorCode.BAD_REQUEST, "the file is not a bundle or a receipt");
  }

  private Outcome bundle(byte[] file, JsonNode outer) {
    PushResult result = ingest.push(file);
    if (result instanceof PushResult.Refused refused) {
      throw new BundleRefusedException(refused);
    }
    // The sender is trustworthy here: ingest verified the manifest's signature with its key.
    DeviceId device = new DeviceId(outer.path("manifest").path("sender").asText());
    if (result instanceof PushResult.Held held) {
      return new Outcome(
          "bundle", device, Optional.of(held.missingSeq()), Optional.empty(), next(device));
    }
    return new Outcome(
        "bundle",
        device,
        Optional.empty(),
        Optional.of(((PushResult.Applied) result).receipt()),
        next(device));
  }

  private Optional<PullResult.Bundle> next(DeviceId device) {
    PullResult result = pull.next(device);
    return result instanceof PullResult.Bundle b ? Optional.of(b) : Optional.empty();
  }
}
