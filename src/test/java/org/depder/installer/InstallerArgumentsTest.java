package org.depder.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The installers of the three platforms share their arguments through installer/common; this keeps
 * the platform files from drifting away from them and from the build, since the Windows and macOS
 * packages cannot be built here.
 */
class InstallerArgumentsTest {
  private static final Path INSTALLER = Path.of("installer");
  private static final List<String> PLATFORM_FILES =
      List.of(
          "linux/jpackage-linux.args",
          "windows/jpackage-windows.args",
          "macos/jpackage-macos.args");
  private static final List<String> COMMON_ONLY =
      List.of("--name", "--main-jar", "--main-class", "--vendor", "--java-options");

  @Test
  void commonArgumentsMatchTheBuild() throws IOException {
    List<String> common = lines("common/jpackage.args");
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);

    assertThat(common).contains("--name Depder", "--main-jar depder.jar");
    assertThat(pom).contains("<finalName>depder</finalName>");
    String mainClass = value(common, "--main-class");
    assertThat(pom).contains("<main.class>" + mainClass + "</main.class>");
    assertThat(Path.of("src/main/java", mainClass.replace('.', '/') + ".java")).exists();
  }

  @Test
  void platformFilesLeaveSharedOptionsToCommon() throws IOException {
    for (String file : PLATFORM_FILES) {
      for (String line : lines(file)) {
        String option = line.split("\\s+", 2)[0];
        assertThat(COMMON_ONLY).as("%s redefines %s", file, option).doesNotContain(option);
      }
    }
  }

  @Test
  void everyFileThatAnArgumentNamesExists() throws IOException {
    for (String file : PLATFORM_FILES) {
      for (String option : List.of("--icon", "--file-associations")) {
        String path = value(lines(file), option);
        assertThat(Path.of(path)).as("%s in %s", option, file).isRegularFile();
      }
    }
  }

  @Test
  void everyPlatformAssociatesTheSameExchangeFiles() throws IOException {
    for (String file : PLATFORM_FILES) {
      assertThat(value(lines(file), "--file-associations"))
          .isEqualTo("installer/common/bundle-file.properties");
    }
  }

  @Test
  void runtimeKeepsTurkmenAndRussianLocaleData() throws IOException {
    List<String> jlink = lines("common/jlink.args");
    assertThat(value(jlink, "--add-modules").split(","))
        .contains("java.base", "jdk.localedata", "java.sql", "java.desktop");
    assertThat(jlink).contains("--include-locales=en,ru,tk", "--strip-debug");
  }

  @Test
  void windowsUpgradesReplaceOlderVersions() throws IOException {
    List<String> windows = lines("windows/jpackage-windows.args");
    assertThat(UUID.fromString(value(windows, "--win-upgrade-uuid"))).isNotNull();
    assertThat(windows).contains("--win-per-user-install", "--win-menu", "--type msi");
  }

  @Test
  void nothingInThePackagingNamesTheSubjectOfTheWork() throws IOException {
    Pattern revealing =
        Pattern.compile("traffick|victim|exploit|screening|торговл|жертв|söwda|pida");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(INSTALLER)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".args")
            || name.endsWith(".properties")
            || name.endsWith(".sh")
            || name.endsWith(".ps1")
            || name.endsWith(".service")
            || name.endsWith(".tsv")
            || name.endsWith(".md")
            || !name.contains(".")) {
          Matcher m =
              revealing.matcher(
                  Files.readString(file, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
          if (m.find()) {
            found.add(file + ": " + m.group());
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theServerTarballIsNamedWithThePomVersion() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    String build = Files.readString(INSTALLER.resolve("server/build-server.sh"));
    String check = Files.readString(INSTALLER.resolve("server/check-server.sh"));

    // pom version -> jar manifest -> the tarball's name, as for the desktop packages (--version)
    assertThat(pom).contains("<Implementation-Version>${project.version}</Implementation-Version>");
    assertThat(build)
        .contains("sed -n 's/^Implementation-Version: *//p'")
        .contains("name=\"depder-server-${version}\"")
        .contains("\"target/${name}.tar.gz\"");
    assertThat(check).contains("tarball=${1:-target/depder-server-${pom_version}.tar.gz}");
    assertThat(Files.readString(INSTALLER.resolve("build-linux.sh")))
        .contains("java -jar target/depder.jar --version");
  }

  private static List<String> lines(String file) throws IOException {
    return Files.readAllLines(INSTALLER.resolve(file), StandardCharsets.UTF_8).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  private static String value(List<String> lines, String option) {
    return lines.stream()
        .filter(l -> l.startsWith(option + " ") || l.startsWith(option + "="))
        .map(l -> l.substring(option.length() + 1).strip().replace("\"", ""))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + option));
  }
}
