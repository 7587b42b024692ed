package org.depder.launch.bench;

import java.util.ArrayList;
import java.util.List;
import org.depder.server.storage.DatabaseSettings;
import org.depder.server.storage.EmbeddedPostgres;

/**
 * {@code bench server} with the PostgreSQL figures taken on the embedded PostgreSQL the tests use
 * (io.zonky, test scope, so not inside depder.jar). For developers, from the test classpath:
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp-test.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp-test.txt) \
 *   org.depder.launch.bench.ServerBenchWithEmbeddedPostgres --records 100000 --devices 500 --json F
 * </pre>
 *
 * A user of the jar measures their own PostgreSQL with {@code bench server --db jdbc:postgresql://}
 * instead (docs/benchmarks.md).
 */
public final class ServerBenchWithEmbeddedPostgres {
  private ServerBenchWithEmbeddedPostgres() {}

  public static void main(String[] args) throws Exception {
    DatabaseSettings pg = EmbeddedPostgres.freshDatabase();
    List<String> all = new ArrayList<>(List.of("server"));
    all.addAll(List.of(args));
    all.addAll(List.of("--db", pg.jdbcUrl(), "--db-user", pg.user().orElse("postgres")));
    int status = new BenchCommand(System.out, System.err).run(all.toArray(String[]::new));
    System.exit(status);
  }
}
