#!/usr/bin/env bash
# Adds a class-data-sharing archive to a Depder app image: starts the packaged client once to its
# first frame with -XX:ArchiveClassesAtExit, then tells the launcher to use the archive.
# Usage: make-cds-archive.sh <app image dir>   (uses xvfb-run when there is no DISPLAY)
set -euo pipefail
image=$(cd "$1" && pwd)
archive="$image/lib/app/depder.jsa"
cfg="$image/lib/app/Depder.cfg"
home=$(mktemp -d)
printf 'format.version=1\nlanguage=tk\n' > "$home/settings.properties"
run=("$image/bin/Depder")
if [ -z "${DISPLAY:-}" ]; then
  run=(xvfb-run -a -s "-screen 0 1366x768x24" "${run[@]}")
fi
rm -f "$archive"
# dump with a launcher configuration that does not already point at the archive being written
sed -i '/SharedArchiveFile\|-Xshare:auto/d' "$cfg"
JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive -Xlog:cds=off -Xlog:cds+dynamic=off -Ddepder.probe.firstFrame=true -Ddepder.home=$home" \
  "${run[@]}" >/dev/null 2>&1 || true
rm -rf "$home"
if [ ! -s "$archive" ]; then
  echo "Could not create the class-data-sharing archive; the package still works, only slower to start" >&2
  exit 0
fi
# jpackage's launcher expands $APPDIR; -Xshare:auto falls back silently if the archive is unusable
sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/depder.jsa\njava-options=-Xshare:auto|' "$cfg"
echo "CDS archive: $(du -h "$archive" | cut -f1)"
