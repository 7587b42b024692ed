package org.depder.launch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {

  @Test
  void jsonHasTheShapeOfArchitectureSection2() {
    BenchReport report =
        new BenchReport(
            "startup",
            0,
            Map.of("first_frame_ms", 812.5, "runs", 5.0),
            Map.of("bare_javafx_first_frame_ms", 640.0));

    assertThat(report.toJson())
        .isEqualTo(
            "{\"suite\": \"startup\", \"records\": 0, \"metrics\": {\"first_frame_ms\": 812.500,"
                + " \"runs\": 5}, \"limits\": {\"bare_javafx_first_frame_ms\": 640}}\n");
  }

  @Test
  void tableListsMetricsThenLimits() {
    BenchReport report =
        new BenchReport("vault", 100_000, Map.of("save_p95_ms", 1.25), Map.of("raw_seal_ms", 0.5));

    assertThat(report.toTable())
        .contains("suite vault, records 100000")
        .containsSubsequence("save_p95_ms", "1.250", "raw_seal_ms (limit)", "0.500");
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertThat(StartupBenchmark.median(new double[] {5, 1, 3})).isEqualTo(3);
    assertThat(StartupBenchmark.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
  }
}
