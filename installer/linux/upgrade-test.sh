#!/usr/bin/env bash
# Installs Depder .debs in turn on THIS machine (run it on a disposable machine or VM, as root) and
# shows what each step does to a user's vault:
#   1. an older package, built from OLD_COMMIT (default: the last commit whose vault format is 1),
#      creates a vault with one record;
#   2. the current package installs over it: dpkg reports the new version, the vault still unlocks
#      with the same password, its record is intact, and it has been migrated to the current format;
#   3. the older package is installed again (a downgrade): it refuses the now newer vault with
#      vault.error.newerFormat (printed in tk, ru and en) and leaves the file byte-identical;
#   4. the current package is installed again.
# The vault is made and opened by the INSTALLED package: VaultProbe.java is compiled against its
# jars and run by its own runtime. Builds both packages itself (SKIP_BUILD=1 reuses them).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(id -u)" = 0 ] || { echo "run as root on a disposable machine" >&2; exit 2; }

old_commit=${OLD_COMMIT:-de9228a}   # before 994928e "vault format 2 for replication"
old_version=0.0.1
old_deb=target/upgrade-test/depder_${old_version}-1_amd64.deb
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data="$work/home/.local/share/depder"   # a user's per-user data directory
vault="$data/vault.depder"
mkdir -p "$data" target/upgrade-test

if [ "${SKIP_BUILD:-}" != 1 ]; then
  echo "building the older package from $old_commit"
  mkdir -p "$work/old-src"
  git archive "$old_commit" | tar -x -C "$work/old-src"
  (cd "$work/old-src" && DEPDER_PACKAGE_VERSION=$old_version bash installer/build-linux.sh >/dev/null)
  cp "$work/old-src/target/dist/depder_${old_version}-1_amd64.deb" "$old_deb"
  echo "building the current package"
  bash installer/build-linux.sh >/dev/null
fi
new_deb=$(ls target/dist/depder_*_amd64.deb | head -n 1)
new_version=$(dpkg-deb -f "$new_deb" Version)

install_deb() { # install_deb FILE VERSION: apt installs it (downgrades allowed) and dpkg agrees
  apt-get install -y -qq --allow-downgrades "./$1" >/dev/null
  [ "$(dpkg-query -W -f '${Version}' depder)" = "$2" ] || { echo "dpkg does not show $2" >&2; exit 1; }
  echo "  installed: depder $2 ($(/opt/depder/bin/Depder --version | head -n 1))"
}

probe() { # probe COMMAND: VaultProbe against the installed package's jars, on its own runtime
  local classes="$work/probe-$(dpkg-query -W -f '${Version}' depder)"
  local cp="/opt/depder/lib/app/depder.jar:/opt/depder/lib/app/lib/*"
  mkdir -p "$classes"
  javac --release 17 -d "$classes" -cp "$cp" installer/linux/VaultProbe.java
  /opt/depder/lib/runtime/bin/java -cp "$classes:$cp" VaultProbe "$1" "$vault" | sed 's/^/    /'
  return "${PIPESTATUS[0]}"
}

# jpackage's post-install script registers the menu entry with xdg-desktop-menu, which fails where
# no menu directory exists (a server or container without a desktop); Depder's postinst creates
# them since 2026-11-29, but the older package may not.
mkdir -p /usr/share/applications /usr/share/desktop-directories

echo "1. older package creates a vault"
install_deb "$old_deb" "${old_version}-1"
probe create

echo "2. current package installs over it"
install_deb "$new_deb" "$new_version"
probe check

echo "3. older package again (downgrade)"
before=$(sha256sum < "$vault")
install_deb "$old_deb" "${old_version}-1"
probe refused
[ "$(sha256sum < "$vault")" = "$before" ] || { echo "the refused vault was changed" >&2; exit 1; }
echo "    the refused vault is byte-identical"

echo "4. current package again"
install_deb "$new_deb" "$new_version"
probe check
echo "upgrade test passed: ${old_version}-1 -> $new_version keeps the vault; the downgrade refuses it"
