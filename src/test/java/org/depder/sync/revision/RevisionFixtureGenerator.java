package org.depder.sync.revision;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the golden revision of format 1. Run by hand, once, when a format version is released;
 * never by the build:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.depder.sync.revision.RevisionFixtureGenerator src/test/resources/fixtures
 * </pre>
 */
public final class RevisionFixtureGenerator {
  private RevisionFixtureGenerator() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    SignedRevision signed = RevisionFixture.signed();
    String pretty =
        JsonMapper.builder()
            .build()
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(RevisionJson.toJson(signed));
    Files.writeString(dir.resolve("revision-v1.json"), pretty + "\n");
    Files.write(
        dir.resolve("revision-v1.signing-bytes"), RevisionJson.signingBytes(signed.revision()));
  }
}
