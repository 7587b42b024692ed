package org.depder.sync.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.depder.sync.bundle.BundleTestKit.Device;
import org.depder.sync.canonical.CanonicalJson;
import org.junit.jupiter.api.Test;

/**
 * The checked-in bundle of format 1 (made by {@link BundleFixtures}) must verify, open and be
 * acknowledged by its receipt forever. If this fails, the change broke format 1: make a format 2
 * with its own fixtures instead of regenerating these.
 */
class BundleGoldenFixtureTest {
  private final Device alice = new Device(BundleFixtures.SENDER);
  private final Device bob = new Device(BundleFixtures.RECIPIENT);

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in =
        BundleGoldenFixtureTest.class.getResourceAsStream("/" + BundleFixtures.DIRECTORY + name)) {
      return Objects.requireNonNull(in, name).readAllBytes();
    }
  }

  @Test
  void theGoldenBundleVerifiesOpensAndCarriesTheGoldenItems() throws IOException {
    BundleReader reader =
        bob.reader(new InMemoryPeerDirectory().add(alice.peer()), new InMemoryInboundLedger());

    BundleOutcome outcome = reader.read(fixture("bundle.json"));

    assertThat(outcome).isInstanceOf(BundleOutcome.Accepted.class);
    BundleOutcome.Accepted accepted = (BundleOutcome.Accepted) outcome;
    assertThat(BundleWriter.payloadJson(accepted.items())).isEqualTo(fixture("items.json"));
    assertThat(accepted.manifest().canonicalBytes()).isEqualTo(fixture("manifest.canonical.json"));
    assertThat(accepted.manifest().seq()).isEqualTo(1);
    assertThat(accepted.manifest().sender()).isEqualTo(alice.id);
    assertThat(accepted.manifest().count()).isEqualTo(BundleFixtures.ITEM_COUNT);
  }

  @Test
  void theCanonicalManifestBytesAreWhatTheBundleCarriesAndTheReceiptNames() throws IOException {
    JsonNode bundle = BundleJson.parse(fixture("bundle.json"));
    byte[] canonical = fixture("manifest.canonical.json");
    assertThat(CanonicalJson.encode(bundle.get("manifest"))).isEqualTo(canonical);
    assertThat(CanonicalJson.canonicalize(canonical)).isEqualTo(canonical);
    JsonNode receipt = BundleJson.parse(fixture("receipt.json")).get("receipt");
    assertThat(receipt.get("bundleManifestHash").textValue())
        .isEqualTo(BundleJson.taggedSha256(canonical));
  }

  @Test
  void theGoldenReceiptVerifiesForTheSender() throws IOException {
    ReceiptOutcome outcome =
        new ReceiptReader(alice.id, new InMemoryPeerDirectory().add(bob.peer()), BundleLimits.V1)
            .read(fixture("receipt.json"));

    assertThat(outcome).isInstanceOf(ReceiptOutcome.Valid.class);
    Receipt receipt = ((ReceiptOutcome.Valid) outcome).receipt();
    assertThat(receipt.sender()).isEqualTo(bob.id);
    assertThat(receipt.recipient()).isEqualTo(alice.id);
    assertThat(receipt.accepted()).hasSize(BundleFixtures.ITEM_COUNT);
    assertThat(receipt.rejected()).isEmpty();
  }

  @Test
  void theGoldenFilesMatchTheirPublishedSchemas() throws IOException {
    checkAgainstSchema(
        BundleJson.parse(fixture("manifest.canonical.json")), "bundle-manifest-v1.schema.json");
    checkAgainstSchema(
        BundleJson.parse(fixture("receipt.json")).get("receipt"), "bundle-receipt-v1.schema.json");
  }

  /** Cheap schema check without a validator library: required and allowed members only. */
  private static void checkAgainstSchema(JsonNode document, String schemaName) throws IOException {
    JsonNode schema = BundleJson.parse(Files.readAllBytes(Path.of("docs/schemas", schemaName)));
    List<String> required = new ArrayList<>();
    schema.get("required").forEach(n -> required.add(n.textValue()));
    List<String> properties = new ArrayList<>();
    schema.get("properties").fieldNames().forEachRemaining(properties::add);
    List<String> present = new ArrayList<>();
    document.fieldNames().forEachRemaining(present::add);
    assertThat(schema.get("additionalProperties").booleanValue()).isFalse();
    assertThat(present).containsExactlyInAnyOrderElementsOf(required);
    assertThat(properties).containsExactlyInAnyOrderElementsOf(required);
    assertThat(document.get("format").intValue())
        .isEqualTo(schema.get("properties").get("format").get("const").intValue());
  }
}
