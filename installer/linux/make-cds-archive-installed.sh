#!/bin/sh
# Run by the .deb's postinst as root: makes a static class-data-sharing archive of the start-up
# classes (depder.classlist, recorded at build time by build-linux.sh) for the jars as installed.
# The JVM binds an archive to each jar's path, size and time, which is why it cannot be built
# before installation. Usage: make-cds-archive-installed.sh <install dir>
set -eu
dir="$1"
app="$dir/lib/app"
[ -s "$app/depder.classlist" ] || exit 0
cp=$(sed -n "s|^app.classpath=\\\$APPDIR|$app|p" "$app/Depder.cfg" | paste -sd: -)
rm -f "$app/depder.jsa"
if "$dir/lib/runtime/bin/java" -Xshare:dump -Xlog:cds=off -Xlog:cds+dynamic=off \
    -XX:SharedClassListFile="$app/depder.classlist" -XX:SharedArchiveFile="$app/depder.jsa.tmp" \
    -cp "$cp" >/dev/null 2>&1; then
  chmod 644 "$app/depder.jsa.tmp"
  mv "$app/depder.jsa.tmp" "$app/depder.jsa"
else
  rm -f "$app/depder.jsa.tmp"
  echo "Depder: start-up archive not created; the program works, it only starts more slowly" >&2
fi
