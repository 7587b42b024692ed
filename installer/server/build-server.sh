#!/usr/bin/env bash
# Builds the Depder server distribution:
#   target/depder-server-<version>.tar.gz   (version from the pom, via the jar's manifest)
# holding depder-server-<version>/ with depder.jar, lib/ (the runtime libraries without JavaFX,
# ControlsFX, AtlantaFX, TestFX or Monocle), bin/depder-server, conf/ (an example settings file),
# systemd/depder-server.service, licenses/ and README.md. Needs JDK 17, Maven, unzip and tar.
# Check the result with installer/server/check-server.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ "${SKIP_MAVEN:-}" != 1 ]; then
  rm -rf target/lib   # no stale jars from an older dependency list
  mvn -B -q -DskipTests package
fi

# The pom's version reaches the jar's manifest as Implementation-Version (maven-jar-plugin).
version=$(unzip -p target/depder.jar META-INF/MANIFEST.MF |
  sed -n 's/^Implementation-Version: *//p' | tr -d '\r')
[ -n "$version" ] || { echo "no Implementation-Version in target/depder.jar" >&2; exit 1; }
name="depder-server-${version}"
echo "Building ${name}.tar.gz"

# Everything the desktop client needs for its window; the server never loads it (an ArchUnit
# rule and ServerProcessTest), so it is left out of the server's tree.
desktop_only='^(javafx-|controlsfx-|atlantafx-|testfx-|openjfx-monocle-|monocle-)'

stage=target/server-dist
root="$stage/$name"
rm -rf "$stage" "target/${name}.tar.gz"
mkdir -p "$root/bin" "$root/lib" "$root/conf" "$root/systemd" "$root/licenses"

cp target/depder.jar "$root/"
unknown=()
for jar in target/lib/*.jar; do
  base=$(basename "$jar")
  if [[ $base =~ $desktop_only ]]; then
    continue
  fi
  listed=0
  while IFS=$'\t' read -r prefix _; do
    [[ -z $prefix || $prefix == \#* ]] && continue
    [[ $base == "$prefix"* ]] && listed=1 && break
  done < installer/server/third-party.tsv
  [ "$listed" = 1 ] || unknown+=("$base")
  cp "$jar" "$root/lib/"
  # the libraries' own licence and notice texts, where the jar carries them
  licences=$(unzip -Z1 "$jar" | grep -iE '^(META-INF/)?(LICEN[CS]E|NOTICE)[^/]*$' || true)
  if [ -n "$licences" ]; then
    mkdir -p "$root/licenses/${base%.jar}"
    for entry in $licences; do
      unzip -p "$jar" "$entry" > "$root/licenses/${base%.jar}/$(basename "$entry")"
    done
  fi
done
if [ "${#unknown[@]}" -gt 0 ]; then
  echo "not listed in installer/server/third-party.tsv (add name and licence): ${unknown[*]}" >&2
  exit 1
fi

install -m 755 installer/server/depder-server "$root/bin/depder-server"
install -m 644 installer/server/depder-server.example.properties "$root/conf/"
install -m 644 installer/server/depder-server.service "$root/systemd/"
install -m 644 installer/server/third-party.tsv "$root/licenses/THIRD-PARTY.tsv"
install -m 644 installer/server/README.md "$root/README.md"
echo "$version" > "$root/VERSION"

# Reproducible-ish archive: fixed owner and order, so two builds of one commit differ only in time.
tar -C "$stage" --owner=0 --group=0 --numeric-owner --sort=name -czf "target/${name}.tar.gz" "$name"
ls -l "target/${name}.tar.gz"
echo "lib/: $(ls "$root/lib" | wc -l) jars, $(du -sh "$root" | cut -f1) unpacked"
