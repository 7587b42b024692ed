#!/usr/bin/env bash
# Prepares a Depder app image for the .deb: records the classes loaded up to the first frame
# (depder.classlist), adds the script the postinst runs to turn that list into a class-data-sharing
# archive for the installed jars, and points the launcher at that archive (-Xshare:auto: if the
# archive is missing or does not match, the JVM starts without it, silently).
# Usage: record-class-list.sh <app image dir>   (uses xvfb-run when there is no DISPLAY)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
image=$(cd "$1" && pwd)
list="$image/lib/app/depder.classlist"
cfg="$image/lib/app/Depder.cfg"
home=$(mktemp -d)
printf 'format.version=1\nlanguage=tk\n' > "$home/settings.properties"
run=("$image/bin/Depder")
if [ -z "${DISPLAY:-}" ]; then
  run=(xvfb-run -a -s "-screen 0 1366x768x24" "${run[@]}")
fi
rm -f "$list"
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list -Ddepder.probe.firstFrame=true -Ddepder.home=$home" \
  "${run[@]}" >/dev/null 2>&1 || true
rm -rf "$home"
if [ ! -s "$list" ]; then
  echo "Could not record the start-up classes; the package still works, only slower to start" >&2
  exit 0
fi
install -m 755 "$here/make-cds-archive-installed.sh" "$image/lib/app/"
sed -i '/SharedArchiveFile\|-Xshare:auto/d' "$cfg"
sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/depder.jsa\njava-options=-Xshare:auto|' "$cfg"
echo "Start-up class list: $(wc -l < "$list") classes"
