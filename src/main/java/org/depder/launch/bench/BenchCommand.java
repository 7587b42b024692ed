package org.depder.launch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** {@code bench <suite> [--runs N] [--records N] [--json FILE]}: runs one suite, prints, saves. */
public final class BenchCommand {
  private static final Map<String, Suite> SUITES = new TreeMap<>();

  static {
    SUITES.put(
        "startup", options -> new StartupBenchmark(options.runs(5), options.launcher()).run());
    SUITES.put("vault", options -> new VaultBenchmark(options.records(10_000)).run());
    SUITES.put(
        "bundle", options -> new BundleBenchmark(options.records(10_000), options.runs(5)).run());
    SUITES.put("screening", options -> new ScreeningBenchmark(options.records(10_000)).run());
    SUITES.put(
        "server",
        options ->
            new ServerBenchmark(
                    options.records(100_000),
                    options.devices(500),
                    java.util.Optional.ofNullable(options.db()),
                    java.util.Optional.ofNullable(options.dbUser()))
                .run());
  }

  private final PrintStream out;
  private final PrintStream err;

  public BenchCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static String suites() {
    return String.join(", ", SUITES.keySet());
  }

  public int run(String[] args) {
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    Suite suite = SUITES.get(options.suite());
    if (suite == null) {
      err.println("Unknown benchmark suite '" + options.suite() + "'. Suites: " + suites());
      return 2;
    }
    try {
      BenchReport report = suite.run(options);
      out.print(report.toTable());
      if (options.json() != null) {
        Path json = options.json().toAbsolutePath();
        if (json.getParent() != null) {
          Files.createDirectories(json.getParent());
        }
        Files.writeString(json, report.toJson(), StandardCharsets.UTF_8);
        out.println("JSON written to " + json);
      }
      return 0;
    } catch (BenchmarkException e) {
      err.println(e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("Benchmark failed: " + e.getMessage());
      return 1;
    }
  }

  /** One suite: builds its report from the parsed options. */
  @FunctionalInterface
  interface Suite {
    BenchReport run(BenchOptions options) throws IOException, BenchmarkException;
  }
}
