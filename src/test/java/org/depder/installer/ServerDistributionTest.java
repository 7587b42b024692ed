package org.depder.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depder.server.config.ConfigLoader;
import org.depder.server.config.ServerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checked-in parts of the server distribution (installer/server) that an operator copies
 * unchanged: they must agree with the real settings loader, the build and each other, because the
 * tarball itself is only built and run by installer/server/check-server.sh, outside the test run.
 */
class ServerDistributionTest {
  private static final Path SERVER = Path.of("installer/server");
  private static final Pattern SETTING = Pattern.compile("^#?([a-z]+(\\.[a-z]+)+)=(.*)$");
  private static final Pattern DEPENDENCY =
      Pattern.compile(
          "<dependency><groupId>([^<]+)</groupId><artifactId>([^<]+)</artifactId>(.*?)</dependency>");

  @TempDir Path data;

  @Test
  void theExampleSettingsLoadWithTheRealLoader() {
    ServerConfig config =
        ConfigLoader.load(
            data,
            Optional.of(SERVER.resolve("depder-server.example.properties")),
            Map.of(),
            Map.of());

    assertThat(config.database().jdbcUrl()).startsWith("jdbc:postgresql://");
    assertThat(config.port()).isEqualTo(ServerConfig.DEFAULT_PORT);
    assertThat(config.plainHttpPort()).as("never plain HTTP in production").isEmpty();
    assertThat(config.tlsHostnames()).isNotEmpty();
  }

  @Test
  void theCommentedOutSettingsOfTheExampleAreRealKeysToo() throws IOException {
    Map<String, String> commented = new LinkedHashMap<>();
    for (String line : Files.readAllLines(SERVER.resolve("depder-server.example.properties"))) {
      Matcher m = SETTING.matcher(line.strip());
      if (line.startsWith("#") && m.matches()) {
        commented.put(m.group(1), m.group(3));
      }
    }
    assertThat(commented).containsKeys("tls.keystore", "tls.keystore.password");
    Path file = data.resolve("uncommented.properties");
    Files.write(
        file,
        commented.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList(),
        StandardCharsets.UTF_8);

    ServerConfig config = ConfigLoader.load(data, Optional.of(file), Map.of(), Map.of());

    assertThat(config.tlsKeystore()).isPresent();
  }

  @Test
  void theSystemdUnitRunsTheStartScriptAsADedicatedHardenedUser() throws IOException {
    Map<String, List<String>> unit = unit();

    assertThat(unit.get("User")).containsExactly("depder");
    assertThat(unit.get("StateDirectory")).containsExactly("depder-server");
    assertThat(unit.get("ExecStart"))
        .containsExactly(
            "/opt/depder-server/current/bin/depder-server server --data /var/lib/depder-server"
                + " --config /etc/depder-server/server.properties");
    assertThat(unit.get("ReadWritePaths")).containsExactly("/var/lib/depder-server");
    assertThat(unit.get("Restart")).containsExactly("on-failure");
    for (String hardening :
        List.of("NoNewPrivileges", "ProtectHome", "PrivateTmp", "RestrictSUIDSGID")) {
      assertThat(unit.get(hardening)).as(hardening).containsExactly("true");
    }
    assertThat(unit.get("ProtectSystem")).containsExactly("strict");
    assertThat(unit)
        .as("the JVM's JIT needs W+X memory")
        .doesNotContainKey("MemoryDenyWriteExecute");
  }

  @Test
  void theStartScriptRunsTheLauncherWithoutHeapDumps() throws IOException {
    String script = Files.readString(SERVER.resolve("depder-server"), StandardCharsets.UTF_8);
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);

    assertThat(script).startsWith("#!/bin/sh");
    assertThat(script).contains(" org.depder.launch.Launcher ");
    assertThat(pom).contains("<main.class>org.depder.launch.Launcher</main.class>");
    assertThat(script).contains("-XX:-HeapDumpOnOutOfMemoryError").doesNotContain("+HeapDump");
    assertThat(script).contains("Java 17 or newer");
  }

  @Test
  void theBuildLeavesOutEveryDesktopLibraryAndNamesTheLicenceOfTheOthers() throws IOException {
    String build = Files.readString(SERVER.resolve("build-server.sh"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("desktop_only='([^']+)'").matcher(build);
    assertThat(m.find()).as("desktop_only pattern in build-server.sh").isTrue();
    Pattern desktopOnly = Pattern.compile(m.group(1));
    List<String> prefixes =
        Files.readAllLines(SERVER.resolve("third-party.tsv"), StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .map(l -> l.split("\t")[0])
            .toList();

    List<String> desktop = new ArrayList<>();
    List<String> unlisted = new ArrayList<>();
    Matcher d = DEPENDENCY.matcher(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8));
    while (d.find()) {
      String group = d.group(1);
      String jar = d.group(2) + "-1.0.jar";
      if (d.group(3).contains("<scope>test</scope>")) {
        continue;
      }
      if (group.equals("org.openjfx")
          || group.equals("org.controlsfx")
          || group.equals("io.github.mkpaz")) {
        desktop.add(jar);
        assertThat(desktopOnly.matcher(jar).find()).as("%s left out", jar).isTrue();
      } else if (prefixes.stream().noneMatch(jar::startsWith)) {
        unlisted.add(jar);
      } else {
        assertThat(desktopOnly.matcher(jar).find()).as("%s kept", jar).isFalse();
      }
    }
    assertThat(desktop).hasSizeGreaterThanOrEqualTo(4);
    assertThat(unlisted).as("runtime libraries missing from third-party.tsv").isEmpty();
  }

  private static Map<String, List<String>> unit() throws IOException {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String line :
        Files.readAllLines(SERVER.resolve("depder-server.service"), StandardCharsets.UTF_8)) {
      String l = line.strip();
      int eq = l.indexOf('=');
      if (l.isEmpty() || l.startsWith("#") || l.startsWith("[") || eq < 0) {
        continue;
      }
      values.computeIfAbsent(l.substring(0, eq), k -> new ArrayList<>()).add(l.substring(eq + 1));
    }
    return values;
  }

  @Test
  void theDesktopPackageLeavesOutOnlyServerLibraries() throws Exception {
    List<String> excluded =
        Files.readAllLines(Path.of("installer/linux/desktop-excludes.txt")).stream()
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .toList();
    String serverLibraries = Files.readString(SERVER.resolve("third-party.tsv"));
    assertThat(excluded).isNotEmpty();
    for (String prefix : excluded) {
      assertThat(serverLibraries).as("a server library: " + prefix).contains("\n" + prefix + "\t");
      for (String desktop :
          List.of(
              "javafx",
              "controlsfx",
              "atlantafx",
              "sqlite",
              "bcprov",
              "bcpkix",
              "bcutil",
              "jackson",
              "pdfbox",
              "fontbox",
              "icu4j",
              "logback",
              "slf4j")) {
        assertThat(desktop).as("the desktop needs " + desktop).doesNotStartWith(prefix);
        assertThat(prefix).doesNotStartWith(desktop);
      }
    }
    for (String script :
        List.of(
            "installer/build-linux.sh",
            "installer/macos/build-macos.sh",
            "installer/windows/build-windows.ps1")) {
      assertThat(Files.readString(Path.of(script)))
          .as(script)
          .contains(
              "installer/linux/desktop-excludes.txt"
                  .replace("/", script.endsWith(".ps1") ? "\\" : "/"));
    }
  }
}
