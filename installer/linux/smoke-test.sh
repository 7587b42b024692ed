#!/usr/bin/env bash
# Proves that the Linux packages run: the app image and the .deb (unpacked into a scratch root)
# print their version with Turkmen and Russian dates from the packaged runtime, and the packaged
# client shows its first frame under Xvfb. Run after installer/build-linux.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."

check_version() {
  local out
  out=$("$1" --version)
  echo "$out" | sed 's/^/    /'
  grep -q '^Depder ' <<<"$out"
  grep -q '19 mart 2025' <<<"$out" || { echo "Turkmen dates fall back: jdk.localedata missing" >&2; exit 1; }
  grep -q '19 марта 2025' <<<"$out" || { echo "Russian dates fall back: jdk.localedata missing" >&2; exit 1; }
}

check_first_frame() {
  local home
  home=$(mktemp -d)
  JAVA_TOOL_OPTIONS="-Ddepder.probe.firstFrame=true -Ddepder.home=$home" \
    xvfb-run -a -s "-screen 0 1366x768x24" "$1" 2>/dev/null | grep -q DEPDER_FIRST_FRAME
  rm -rf "$home"
  echo "    first frame shown"
}

image=target/dist/Depder/bin/Depder
deb=$(ls target/dist/depder_*_amd64.deb | head -n 1)

echo "app image: $image"
check_version "$image"
check_first_frame "$image"

root=$(mktemp -d)
dpkg-deb -x "$deb" "$root"
echo ".deb unpacked: $root/opt/depder"
check_version "$root/opt/depder/bin/Depder"
check_first_frame "$root/opt/depder/bin/Depder"
dpkg-deb -f "$deb" Package Version Installed-Size Depends | sed 's/^/    /'
rm -rf "$root"
echo "smoke test passed"
