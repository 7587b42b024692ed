#!/usr/bin/env bash
# Installs two versions of the .deb in turn on THIS machine (run it on a disposable machine or
# VM, as root): the newer one must replace the older one and leave the user's data directory
# untouched. Builds both packages itself.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(id -u)" = 0 ] || { echo "run as root on a disposable machine" >&2; exit 2; }

data="$HOME/.local/share/depder"
mkdir -p "$data"
marker="$data/upgrade-test-marker"
echo "kept across upgrades" > "$marker"
before=$(sha256sum "$marker")

if [ "${SKIP_BUILD:-}" != 1 ]; then
  DEPDER_PACKAGE_VERSION=0.1.0 bash installer/build-linux.sh >/dev/null
  cp target/dist/depder_0.1.0-1_amd64.deb /tmp/depder-old.deb
  DEPDER_PACKAGE_VERSION=0.1.1 SKIP_MAVEN=1 bash installer/build-linux.sh >/dev/null
fi

# jpackage's post-install script registers the menu entry with xdg-desktop-menu, which fails where
# no menu directory exists (a server or container without a desktop); every desktop has them.
mkdir -p /usr/share/applications /usr/share/desktop-directories
apt-get install -y -qq /tmp/depder-old.deb >/dev/null
[ "$(dpkg-query -W -f '${Version}' depder)" = 0.1.0-1 ]
/opt/depder/bin/Depder --version | head -n 1
apt-get install -y -qq ./target/dist/depder_0.1.1-1_amd64.deb >/dev/null
[ "$(dpkg-query -W -f '${Version}' depder)" = 0.1.1-1 ]
/opt/depder/bin/Depder --version | head -n 1
[ "$(sha256sum "$marker")" = "$before" ]
rm -f "$marker"
echo "upgrade test passed: 0.1.0 replaced by 0.1.1, user data untouched"
