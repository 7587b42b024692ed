package org.depder.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.depder.server.ServerContext;
import org.depder.server.admin.AdminService;
import org.depder.server.reference.ReferenceService;
import org.depder.sync.reference.SignedReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code admin publish-reference --file F --kind K}: signs and publishes reference data. */
@Command(
    name = "publish-reference",
    description = "Sign and publish a reference-data file (JSON) as the next version of a kind.")
final class AdminPublishReference implements Callable<Integer> {
  @ParentCommand AdminCommand admin;

  @Option(names = "--file", required = true, paramLabel = "FILE", description = "a JSON file")
  Path file;

  @Option(
      names = "--kind",
      required = true,
      paramLabel = "KIND",
      description = "e.g. indicators, countries, divisions, hotlines ([a-z][a-z0-9_-]*)")
  String kind;

  @Override
  public Integer call() throws IOException {
    if (!SignedReference.KIND.matcher(kind).matches()) {
      admin.out.println("--kind must be lower-case letters, digits, '_' or '-'.");
      return 2;
    }
    if (!Files.isRegularFile(file) || Files.size(file) > ReferenceService.MAX_CONTENT_BYTES) {
      admin.out.println("--file must be a JSON file of at most 8 MiB.");
      return 2;
    }
    try (ServerContext context = admin.open(false)) {
      SignedReference published =
          context.reference().publish(kind, Files.readAllBytes(file), AdminService.ACTOR);
      admin.out.println(
          "Published " + published.kind() + " version " + published.version() + ", signed.");
    }
    return 0;
  }
}
