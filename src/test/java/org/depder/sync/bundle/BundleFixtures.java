package org.depder.sync.bundle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.depder.sync.bundle.BundleTestKit.Device;

/**
 * Makes the golden bundle-v1 fixtures: a signed bundle from the test device "alice" to "bob", its
 * canonical manifest bytes, the items it carries, and bob's signed receipt for it.
 *
 * <p>Run it only to replace the fixtures on purpose (a new format gets a new directory; format 1's
 * files must keep verifying as they are):
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.depder.sync.bundle.BundleFixtures src/test/resources/fixtures/bundle-v1
 * </pre>
 */
final class BundleFixtures {
  static final String DIRECTORY = "fixtures/bundle-v1/";
  static final String SENDER = "alice";
  static final String RECIPIENT = "bob";
  static final long ITEMS_SEED = 2026;
  static final int ITEM_COUNT = 3;

  private BundleFixtures() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/" + DIRECTORY);
    Files.createDirectories(dir);
    Device alice = new Device(SENDER);
    Device bob = new Device(RECIPIENT);
    List<ObjectNode> items = BundleTestKit.items(ITEM_COUNT, ITEMS_SEED);
    WrittenBundle bundle =
        alice.writer(1).write(bob.id, bob.agreementPublic, 1, Optional.empty(), items);
    BundleOutcome.Accepted accepted =
        (BundleOutcome.Accepted)
            bob.reader(new InMemoryPeerDirectory().add(alice.peer()), new InMemoryInboundLedger())
                .read(bundle.bytes());
    SignedReceipt receipt =
        bob.receiptWriter(2)
            .write(
                accepted.manifest(),
                accepted.manifestHash(),
                items.stream().map(i -> i.get("revisionId").textValue()).toList(),
                List.of());
    Files.write(dir.resolve("bundle.json"), bundle.bytes());
    Files.write(dir.resolve("manifest.canonical.json"), bundle.manifest().canonicalBytes());
    Files.write(dir.resolve("items.json"), BundleWriter.payloadJson(items));
    Files.write(dir.resolve("receipt.json"), receipt.bytes());
  }
}
