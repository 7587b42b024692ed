#!/usr/bin/env bash
# Checks the server distribution the way an operator would use it: extracts the tarball into a
# temporary directory, makes sure no desktop (JavaFX) jar is inside, runs `admin init` and
# `admin enrol-device` from the extracted tree, starts the node with bin/depder-server and the
# example settings on a free loopback port (plain HTTP is allowed only on loopback), asks
# /v1/health over HTTP and HTTPS, and stops it with SIGTERM. Needs no network and no root.
#   bash installer/server/check-server.sh [target/depder-server-<version>.tar.gz]
set -euo pipefail
cd "$(dirname "$0")/../.."

pom_version=$(sed -n '0,/<version>/s/.*<version>\(.*\)<\/version>.*/\1/p' pom.xml)
tarball=${1:-target/depder-server-${pom_version}.tar.gz}
[ -f "$tarball" ] || { echo "no $tarball: run installer/server/build-server.sh first" >&2; exit 1; }
name=$(basename "$tarball" .tar.gz)
[ "$name" = "depder-server-${pom_version}" ] ||
  { echo "tarball $name does not carry the pom's version $pom_version" >&2; exit 1; }

work=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAILED: $*" >&2; [ -f "$work/server.out" ] && sed 's/^/    /' "$work/server.out" | grep -v 'class,load' | tail -n 20 >&2; exit 1; }

tar -C "$work" -xzf "$tarball"
tree="$work/$name"
echo "extracted: $tree"

# --- contents ----------------------------------------------------------------------------------
for f in bin/depder-server depder.jar conf/depder-server.example.properties \
  systemd/depder-server.service licenses/THIRD-PARTY.tsv README.md VERSION; do
  [ -e "$tree/$f" ] || fail "missing $f"
done
[ -x "$tree/bin/depder-server" ] || fail "bin/depder-server is not executable"
[ "$(cat "$tree/VERSION")" = "$pom_version" ] || fail "VERSION is not $pom_version"
desktop=$(cd "$tree" && find . -iname '*.jar' | grep -iE 'javafx|controlsfx|atlantafx|testfx|monocle' || true)
[ -z "$desktop" ] || fail "desktop jars in the server tree: $desktop"
for jar in "$tree"/lib/*.jar; do
  if unzip -Z1 "$jar" | grep -qE '^(javafx|com/sun/javafx|org/controlsfx|atlantafx)/'; then
    fail "$(basename "$jar") carries JavaFX classes"
  fi
done
echo "    $(ls "$tree/lib" | wc -l) libraries, no JavaFX, ControlsFX, AtlantaFX, TestFX or Monocle"

# --- the start script refuses an old Java ------------------------------------------------------
cat > "$work/old-java" <<'JAVA'
#!/bin/sh
echo "    java.specification.version = 11" >&2
JAVA
chmod +x "$work/old-java"
if out=$(DEPDER_JAVA="$work/old-java" "$tree/bin/depder-server" --version 2>&1); then
  fail "the start script accepted Java 11"
fi
grep -q 'needs Java 17 or newer' <<<"$out" || fail "unclear refusal of Java 11: $out"
echo "    Java 11 refused: $out"

# --- admin commands from the extracted tree ----------------------------------------------------
data="$work/data"
"$tree/bin/depder-server" admin --data "$data" init > "$work/init.out" || fail "admin init"
grep -q 'The server is initialised.' "$work/init.out" || fail "admin init said: $(cat "$work/init.out")"
server_id=$(sed -n 's/^Server id: *//p' "$work/init.out")
echo "    admin init: server id $server_id"
"$tree/bin/depder-server" admin --data "$data" enrol-device --role screener --post AG-01 \
  --valid-for 1h > "$work/enrol.out" || fail "admin enrol-device"
grep -qE '[0-9A-Z]{4}(-[0-9A-Z]{4}){4}' "$work/enrol.out" || fail "no one-time code printed"
echo "    admin enrol-device: one-time code printed"
[ "$(stat -c %a "$data/server-keys.json")" = 600 ] || fail "server-keys.json is not mode 600"

# --- the node, with the example settings on loopback --------------------------------------------
# The example is for PostgreSQL; the database lines are dropped so the node uses SQLite here, and
# the listener is moved to a free loopback port with the loopback-only plain-HTTP test listener.
sed -e '/^db\./d' -e 's/^http\.host=.*/http.host=127.0.0.1/' -e 's/^http\.port=.*/http.port=0/' \
  "$tree/conf/depder-server.example.properties" > "$work/server.properties"
echo "http.plain.port=0" >> "$work/server.properties"
DEPDER_JAVA_OPTS="-verbose:class" "$tree/bin/depder-server" server --data "$data" \
  --config "$work/server.properties" > "$work/server.out" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  grep -q '^Depder server running' "$work/server.out" && break
  kill -0 "$pid" 2>/dev/null || fail "the server stopped during start-up"
  sleep 0.2
done
grep -q '^Depder server running' "$work/server.out" || fail "the server did not start in 120 s"
plain=$(sed -n 's/^Plain HTTP (loopback only): *127\.0\.0\.1:\([0-9]*\)$/\1/p' "$work/server.out")
tls=$(sed -n 's/^HTTPS: *127\.0\.0\.1:\([0-9]*\)$/\1/p' "$work/server.out")
[ -n "$plain" ] && [ -n "$tls" ] || fail "no listen ports in the output"
grep -q "^Server id: *$server_id" "$work/server.out" || fail "the node has another identity than admin init made"

status=$(curl -s -o "$work/health.json" -w '%{http_code}' "http://127.0.0.1:$plain/v1/health")
[ "$status" = 200 ] || fail "GET /v1/health over plain HTTP gave $status"
echo "    GET http://127.0.0.1:$plain/v1/health: $status $(cat "$work/health.json")"
status=$(curl -sk -o /dev/null -w '%{http_code}' "https://127.0.0.1:$tls/v1/health")
[ "$status" = 200 ] || fail "GET /v1/health over HTTPS gave $status"
echo "    GET https://127.0.0.1:$tls/v1/health: $status"

kill -TERM "$pid"
for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
kill -0 "$pid" 2>/dev/null && fail "the server did not stop within 30 s of SIGTERM"
wait "$pid" || true
pid=
echo "    stopped on SIGTERM"
grep -q '\[class,load\]' "$work/server.out" || fail "no class-loading trace"
if grep -E '\[class,load\] (javafx\.|com\.sun\.javafx\.|org\.controlsfx\.|org\.depder\.ui\.)' "$work/server.out" | head -n 3; then
  fail "the server loaded desktop classes"
fi
echo "    no JavaFX or UI class loaded"
[ -s "$data/logs/depder.log" ] && echo "    log: data/logs/depder.log ($(wc -l < "$data/logs/depder.log") lines)"

# --- the systemd unit ---------------------------------------------------------------------------
if command -v systemd-analyze >/dev/null 2>&1; then
  sed "s#/opt/depder-server/current#$tree#g" "$tree/systemd/depder-server.service" \
    > "$work/depder-server.service"
  systemd-analyze verify "$work/depder-server.service" || fail "systemd-analyze verify"
  echo "    systemd-analyze verify: ok"
fi
echo "server distribution check passed: $name"
