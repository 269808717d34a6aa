#!/usr/bin/env bash
# Smoke test: ear/target/office050.ear on Payara Server 6, administrator login, user number list.
#
#   server-config/payara-server/smoke-test.sh
#
# 1. builds the EAR (mvn -pl ear -am, so the micro module and its target/ are left alone: a dev Payara Micro
#    may be running from there); SKIP_BUILD=1 reuses ear/target/office050.ear
# 2. fetches Payara Server through Maven (fish.payara.distributions:payara:<version>:zip; from ~/.m2 when
#    it is there) and unpacks it under ear/target/payara-server/
# 3. creates a NEW domain "office050" there (port base 28000, admin without password) bound to 127.0.0.1:
#    domain-setup.asadmin as pre-boot commands of the start, domain-runtime.asadmin right after it
# 4. deploys the EAR as application "office050" (context root /oa comes from application.xml)
# 5. checks: the administrator flow (admin-flow-check.py); that every listening socket of the server is on
#    127.0.0.1 (after starting the lazily started JMS broker, whose sockets count too); that server.log
#    holds no SEVERE record (the one Payara logs when it stops, "Error stopping RMIConnector", comes later)
# 6. always stops the domain (trap), prints "payara-server: N passed, M failed", exit status 1 on failure
#
# Nothing is written outside ear/target/ (asadmin's client cache and login file go to
# ear/target/payara-server/asadmin-home instead of ~/.gfclient), except Maven's ~/.m2 when it downloads.
#
# Environment: PAYARA_VERSION (default 6.2025.10), PORT_BASE (default 28000; HTTP is PORT_BASE+80, admin
# PORT_BASE+48), SKIP_BUILD=1, KEEP_RUNNING=1 (after a pass, leave the domain running for manual tries; stop
# it with: AS_EXTRA_JAVA_OPTS=-Duser.home=ear/target/payara-server/asadmin-home \
#          ear/target/payara-server/payara6/bin/asadmin stop-domain office050).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
version="${PAYARA_VERSION:-6.2025.10}"
port_base="${PORT_BASE:-28000}"
http_port=$((port_base + 80))
admin_port=$((port_base + 48))
domain=office050
work="$repo/ear/target/payara-server"
payara_home="$work/payara6"
asadmin="$payara_home/bin/asadmin"
domains_dir="$payara_home/glassfish/domains"
domain_dir="$domains_dir/$domain"
server_log="$domain_dir/logs/server.log"
ear="$repo/ear/target/office050.ear"
remote=("$asadmin" --host 127.0.0.1 --port "$admin_port" --interactive=false)
# asadmin keeps a command cache and a login file under user.home (~/.gfclient): keep them in target/
export AS_EXTRA_JAVA_OPTS="-Duser.home=$work/asadmin-home"

passed=0
failed=0
started=0
step="start"
t0=$SECONDS
phase_start=$SECONDS
declare -a timings=()

log() { printf '[smoke %3ds] %s\n' $((SECONDS - t0)) "$*"; }
begin() { step="$*"; log "$*"; }
pass() { passed=$((passed + 1)); log "PASS: $*"; }
fail() { failed=$((failed + 1)); log "FAIL: $*"; }
phase() { timings+=("$1=$((SECONDS - phase_start))s"); phase_start=$SECONDS; }

server_pid() {
  local pid
  pid="$(cat "$domain_dir/config/pid" 2>/dev/null || true)"
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then echo "$pid"; fi
}

stop_domain() {
  "$asadmin" --interactive=false stop-domain --domaindir "$domains_dir" "$domain" >/dev/null 2>&1 && return 0
  # e.g. the admin listener never came up: stop-domain --kill kills the JVM named in the domain's pid file
  "$asadmin" --interactive=false stop-domain --kill=true --domaindir "$domains_dir" "$domain" >/dev/null 2>&1 && return 0
  [[ -z "$(server_pid)" ]]
}

finish() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ $rc -ne 0 && $failed -eq 0 ]]; then
    fail "aborted during: $step (exit status $rc)"
  fi
  if [[ $failed -gt 0 && -f "$server_log" ]]; then
    log "last lines of $server_log:"
    tail -n 30 "$server_log" | cut -c1-300 | sed 's/^/    /'
  fi
  if [[ $started -eq 1 ]]; then
    if [[ "${KEEP_RUNNING:-0}" == 1 && $failed -eq 0 ]]; then
      log "KEEP_RUNNING=1: domain left running, http://127.0.0.1:$http_port/oa/ (pid $(server_pid))"
    else
      log "stopping domain $domain"
      stop_domain || log "WARNING: could not stop the domain (pid file $domain_dir/config/pid)"
    fi
  fi
  log "timings: ${timings[*]:-} total=$((SECONDS - t0))s"
  echo "payara-server: $passed passed, $failed failed"
  [[ $failed -eq 0 ]] && exit 0
  exit 1
}
trap finish EXIT
trap 'exit 130' INT TERM

for tool in java python3 mvn unzip; do
  command -v "$tool" >/dev/null || { log "missing tool: $tool"; exit 2; }
done

# 1. EAR
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  begin "building the EAR (mvn -pl ear -am package)"
  (cd "$repo" && mvn -q -DskipTests -Dspotless.check.skip=true -pl ear -am package)
fi
[[ -f "$ear" ]] || { log "no EAR at $ear"; exit 2; }
unzip -p "$ear" office050-web.war > "$work.web.war" 2>/dev/null && unzip -l "$work.web.war" WEB-INF/glassfish-web.xml >/dev/null \
  || { log "WEB-INF/glassfish-web.xml (role mapping) missing in the EAR's web module"; exit 2; }
rm -f "$work.web.war"
phase build

# 2. Payara Server distribution
mkdir -p "$work"
zip="$work/payara-$version.zip"
if [[ ! -f "$zip" ]]; then
  begin "fetching fish.payara.distributions:payara:$version:zip through Maven"
  mvn -q -N -f "$repo/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="fish.payara.distributions:payara:$version:zip" -DoutputDirectory="$work"
fi
if [[ "$(cat "$work/.unpacked" 2>/dev/null || true)" != "$version" || ! -x "$asadmin" ]]; then
  begin "unpacking $zip"
  if [[ -n "$(server_pid)" ]]; then stop_domain || true; fi
  rm -rf "$payara_home" "$work/.unpacked" "$work/unpack.tmp"
  mkdir "$work/unpack.tmp"
  unzip -q "$zip" -d "$work/unpack.tmp"
  mv "$work/unpack.tmp/payara6" "$payara_home"
  rmdir "$work/unpack.tmp"
  echo "$version" >"$work/.unpacked"
fi
phase fetch

# 3. a new domain, bound to loopback
if [[ -d "$domain_dir" ]]; then
  # left over from an earlier run (KEEP_RUNNING=1, or killed): it is ours, under target/
  begin "removing the domain of an earlier run"
  if [[ -n "$(server_pid)" ]]; then stop_domain || { log "cannot stop the running domain"; exit 1; }; fi
  rm -rf "$domain_dir"
fi
begin "creating domain $domain (port base $port_base)"
out="$("$asadmin" --interactive=false create-domain --portbase "$port_base" --nopassword=true --checkports=true \
  "$domain" 2>&1)" || { printf '%s\n' "$out" | sed 's/^/    /'; exit 1; }
phase create-domain

begin "starting domain $domain (pre-boot commands: domain-setup.asadmin)"
started=1
out="$("$asadmin" --interactive=false start-domain --timeout 300 \
  --prebootcommandfile "$here/domain-setup.asadmin" "$domain" 2>&1)" || { printf '%s\n' "$out" | sed 's/^/    /'; exit 1; }
pid="$(server_pid)"
[[ -n "$pid" ]] || { log "the server is not running"; exit 1; }
phase start-domain

begin "runtime configuration (domain-runtime.asadmin)"
commands="$work/runtime-commands.asadmin"
{
  cat "$here/domain-runtime.asadmin"
  # only for the demo banner in server.log: where this domain serves the application. multimode reads
  # backslash escapes, so "\\:" in the file is the escaped colon that create-system-properties wants.
  echo "create-system-properties office050.public-url=http\\\\://127.0.0.1\\\\:$http_port/oa/"
} >"$commands"
rc=0
out="$("${remote[@]}" multimode --file "$commands" 2>&1)" || rc=$?
# the exit status of multimode only reflects the last command
if [[ $rc -ne 0 ]] || grep -Eq 'Command .* failed|remote failure' <<<"$out"; then
  printf '%s\n' "$out" | sed 's/^/    /'
  log "a command of domain-runtime.asadmin failed"
  exit 1
fi
phase configure

# 4. deployment
begin "deploying $ear"
"${remote[@]}" deploy --name office050 "$ear" | sed 's/^/    /'
rss_kb="$(ps -o rss= -p "$pid" | tr -d ' ')"
log "server RSS after deployment: $((rss_kb / 1024)) MB (pid $pid)"
phase deploy

# 5. checks
begin "check: administrator flow"
if python3 "$here/admin-flow-check.py" "http://127.0.0.1:$http_port/oa/"; then
  pass "administrator A0000001 logs in and sees the user number list"
else
  fail "administrator flow"
fi

begin "check: the provider's API"
token="$(grep -o 'Bearer o50_demo_[A-Za-z0-9_-]*' "$server_log" | tail -n 1 | cut -d' ' -f2 || true)"
if [[ -n "$token" ]] && python3 "$here/api-check.py" "http://127.0.0.1:$http_port/oa/" "$token"; then
  pass "the API answers tokens only, and a background import with passwords completes (Jakarta Batch)"
else
  fail "the provider's API"
fi

begin "check: listening sockets of the server (pid $pid)"
# The embedded JMS broker starts on the first connection to its port mapper (the application itself uses
# no JMS): start it, so that its own sockets are checked too.
python3 - "$((port_base + 76))" <<'PY' || log "WARNING: the JMS port mapper did not answer"
import socket, sys
with socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=60) as s:
    s.sendall(b"101 imqcmd\n")
    s.recv(4096)  # the port list, once the broker has started
PY
if command -v ss >/dev/null; then
  sockets="$(ss -Hltunp 2>/dev/null | grep "pid=$pid," | awk '{print $1 " " $5}' || true)"
  printf '%s\n' "$sockets" | sed 's/^/    /'
  others="$(printf '%s\n' "$sockets" | grep -Ev '^(tcp|udp) (\[::ffff:127\.0\.0\.1\]|127\.0\.0\.1|\[::1\]):[0-9]+$' | grep . || true)"
  if [[ -z "$others" && -n "$sockets" ]]; then
    pass "every listening socket is on loopback"
  else
    fail "sockets not on loopback: $(tr '\n' ' ' <<<"$others")"
  fi
else
  log "WARNING: ss (iproute2) not installed, loopback check skipped"
fi

begin "check: SEVERE records in server.log"
severe="$(grep -c '\[SEVERE\]' "$server_log" || true)"
if [[ "$severe" == 0 ]]; then
  pass "no SEVERE record in server.log"
else
  grep -A 3 '\[SEVERE\]' "$server_log" | cut -c1-300 | sed 's/^/    /'
  fail "$severe SEVERE record(s) in $server_log"
fi
rss_kb="$(ps -o rss= -p "$pid" | tr -d ' ')"
log "server RSS after the checks: $((rss_kb / 1024)) MB"
phase checks
