package org.depder.launch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

  @Test
  void parsesSuiteAndOptions() {
    BenchOptions options =
        BenchOptions.parse(new String[] {"vault", "--records", "1000", "--json", "out/v.json"});

    assertThat(options.suite()).isEqualTo("vault");
    assertThat(options.records(5)).isEqualTo(1000);
    assertThat(options.runs(7)).isEqualTo(7);
    assertThat(options.json()).isEqualTo(Path.of("out/v.json"));
  }

  @Test
  void refusesBadNumbersAndUnknownFlagsWithAPlainMessage() {
    assertThatThrownBy(() -> BenchOptions.parse(new String[] {"vault", "--records", "-3"}))
        .hasMessageContaining("--records needs a positive whole number");
    assertThatThrownBy(() -> BenchOptions.parse(new String[] {"vault", "--fast", "1"}))
        .hasMessageContaining("Unknown option --fast");
    assertThatThrownBy(() -> BenchOptions.parse(new String[] {"vault", "--json"}))
        .hasMessageContaining("Missing value after --json");
    assertThatThrownBy(() -> BenchOptions.parse(new String[0]))
        .hasMessageContaining("Name a benchmark suite");
  }

  @Test
  void parsesTheServerSuitesDevicesAndDatabase() {
    BenchOptions options =
        BenchOptions.parse(
            new String[] {
              "server", "--devices", "500", "--db", "jdbc:postgresql://db/bench", "--db-user", "b"
            });

    assertThat(options.devices(50)).isEqualTo(500);
    assertThat(options.db()).isEqualTo("jdbc:postgresql://db/bench");
    assertThat(options.dbUser()).isEqualTo("b");
    assertThat(BenchOptions.parse(new String[] {"server"}).devices(50)).isEqualTo(50);
  }
}
