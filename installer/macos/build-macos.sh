#!/usr/bin/env bash
# Builds the Depder DMG on a Mac. Needs JDK 17 (with jmods) and Maven 3.8.7+; Xcode command-line
# tools for hdiutil. Signing and notarisation need an Apple developer identity: add
# --mac-sign --mac-signing-key-user-name "..." to the jpackage call below when you have one.
# Run from the repository root:  bash installer/macos/build-macos.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

rm -rf target/lib
mvn -B -q -DskipTests package   # on a Mac, Maven copies the -mac JavaFX jars into target/lib
version=$(java -jar target/depder.jar --version | head -n 1 | awk '{print $2}')
version=${version%%-*}
# macOS bundle versions must not start with 0: 0.x.y is packaged as 1.x.y-style "1.0.0" minimum
case "$version" in 0.*) mac_version="1.${version#0.}";; *) mac_version="$version";; esac

rm -rf target/jpackage-input target/runtime target/dist
mkdir -p target/jpackage-input/lib target/dist
cp target/depder.jar target/jpackage-input/
cp target/lib/*.jar target/jpackage-input/lib/
# the server's libraries stay out of the desktop package, as on Linux
grep -v '^#' installer/linux/desktop-excludes.txt | while read -r prefix; do
  [ -n "$prefix" ] && rm -f target/jpackage-input/lib/"$prefix"*.jar
done

jlink @installer/common/jlink.args --output target/runtime
jpackage @installer/common/jpackage.args @installer/macos/jpackage-macos.args \
  --app-version "$mac_version" --input target/jpackage-input --runtime-image target/runtime \
  --dest target/dist
ls -l target/dist/*.dmg
