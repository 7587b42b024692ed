package org.depder.server.cli;

import java.io.PrintStream;
import org.depder.server.ServerContext;
import org.depder.server.keys.Fingerprints;

/** Prints what an administrator compares by eye: ids and fingerprints. */
final class Console {
  private Console() {}

  static void printIdentity(PrintStream out, ServerContext context) {
    out.println("Server id:                   " + context.keys().id());
    out.println(
        "Signing key SHA-256:         "
            + Fingerprints.forReading(
                Fingerprints.sha256Hex(context.keys().publicKeys().signing())));
    out.println(
        "TLS certificate SHA-256:     "
            + Fingerprints.forReading(context.tls().certificateSha256()));
    out.println("Database:                    " + context.config().database().displayUrl());
  }
}
