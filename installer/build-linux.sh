#!/usr/bin/env bash
# Builds Depder's Linux desktop packages from the checked-in argument files:
#   target/dist/Depder/            app image (runs in place: target/dist/Depder/bin/Depder)
#   target/dist/depder_<v>_amd64.deb
# Needs JDK 17 with jmods (jlink), fakeroot and dpkg-deb (Debian: fakeroot, dpkg-dev).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${SKIP_MAVEN:-}" != 1 ]; then
  rm -rf target/lib   # no stale jars from an older dependency list
  mvn -B -q -DskipTests package
fi
version=$(java -jar target/depder.jar --version | head -n 1 | awk '{print $2}')
version=${version%%-*}   # jpackage wants numbers only (1.2.3)
version=${DEPDER_PACKAGE_VERSION:-$version}   # override only to test upgrades
echo "Building Depder ${version}"

rm -rf target/jpackage-input target/runtime target/dist
mkdir -p target/jpackage-input/lib target/dist
cp target/depder.jar target/jpackage-input/
cp target/lib/*.jar target/jpackage-input/lib/
# the server's libraries stay out of the desktop package (it has its own: installer/server/)
grep -v '^#' installer/linux/desktop-excludes.txt | while read -r prefix; do
  [ -n "$prefix" ] && rm -f target/jpackage-input/lib/"$prefix"*.jar
done

# One runtime for both packages: only the modules Depder needs, en/ru/tk locale data kept.
jlink @installer/common/jlink.args --output target/runtime

jpackage --type app-image @installer/common/jpackage.args --app-version "$version" \
  --icon installer/linux/depder.png \
  --input target/jpackage-input --runtime-image target/runtime --dest target/dist

# Class-data sharing: an archive of the classes loaded up to the first frame cuts cold start by
# about a quarter (docs/benchmarks.md). The JVM binds an archive to each jar's path, size and time,
# so the app image (which runs in place) gets a dynamic archive made right here, while the .deb
# gets the list of start-up classes and its postinst dumps a static archive for the jars as
# installed (installer/linux/make-cds-archive-installed.sh). Both need a display once (xvfb-run).
rm -rf target/deb-image && mkdir -p target/deb-image && cp -a target/dist/Depder target/deb-image/
if command -v xvfb-run >/dev/null 2>&1 || [ -n "${DISPLAY:-}" ]; then
  bash installer/linux/make-cds-archive.sh target/dist/Depder
  bash installer/linux/record-class-list.sh target/deb-image/Depder
else
  echo "No display and no xvfb-run: no class-data-sharing archive (the packages start more slowly)"
fi

jpackage --type deb @installer/linux/jpackage-linux.args --name Depder --app-version "$version" \
  --description "Offline records notebook" --vendor "Depder" \
  --app-image target/deb-image/Depder --dest target/dist

du -sh target/dist/Depder
ls -l target/dist/*.deb
