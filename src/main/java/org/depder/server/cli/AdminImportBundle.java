package org.depder.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.depder.server.ServerContext;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.depder.server.usb.UsbExchange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code admin import-bundle --in FILE --out DIR}: the USB post. Takes a laptop's bundle or receipt
 * file and writes the response files for the laptop into DIR.
 */
@Command(
    name = "import-bundle",
    description = "Take a device's bundle or receipt file (USB) and write the response files.")
final class AdminImportBundle implements Callable<Integer> {
  /** Larger than any bundle BundleLimits.V1 accepts; the reader refuses what is over its limit. */
  private static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

  @ParentCommand AdminCommand admin;

  @Option(names = "--in", required = true, paramLabel = "FILE", description = "the device's file")
  Path in;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "where to write the receipt and the server's next bundle for the device")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(in) || Files.size(in) > MAX_FILE_BYTES) {
      admin.out.println("--in must be a bundle or receipt file of at most 32 MiB.");
      return 2;
    }
    byte[] file = Files.readAllBytes(in);
    Files.createDirectories(out);
    try (ServerContext context = admin.open(false)) {
      UsbExchange usb = new UsbExchange(context.ingest(), context.receipts(), context.pull());
      UsbExchange.Outcome outcome = usb.take(file);
      String device = outcome.device().value();
      admin.out.println("Device " + device + ": " + outcome.kind() + " taken in.");
      outcome
          .heldUntil()
          .ifPresent(
              seq ->
                  admin.out.println(
                      "The bundle is kept until the device's bundle " + seq + " arrives."));
      if (outcome.receipt().isPresent()) {
        Path receipt = write(out, "depder-receipt-" + device + ".json", outcome.receipt().get());
        admin.out.println("Receipt written: " + receipt);
      }
      if (outcome.next().isPresent()) {
        var next = outcome.next().get();
        Path bundle =
            write(out, "depder-server-" + device + "-" + next.seq() + ".depder", next.bytes());
        admin.out.println("Server bundle " + next.seq() + " written: " + bundle);
      } else {
        admin.out.println("The server has nothing new for this device.");
      }
    } catch (ServerException e) {
      if (e.code() == ErrorCode.BAD_REQUEST) {
        admin.out.println("The file is neither a Depder bundle nor a receipt.");
        return 1;
      }
      throw e;
    }
    return 0;
  }

  /** Written beside, then moved: a half-written response file never appears under its name. */
  private static Path write(Path dir, String name, byte[] bytes) throws IOException {
    Path target = dir.resolve(name);
    Path temp = Files.createTempFile(dir, ".depder-", ".part");
    Files.write(temp, bytes);
    return Files.move(
        temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
