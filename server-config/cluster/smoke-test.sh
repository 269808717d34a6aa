#!/usr/bin/env bash
# The cluster as an operator runs it (server-config/cluster/start: two Payara Micro instances behind HAProxy,
# round-robin without stickiness), checked as CI runs it:
#   SKIP_BUILD=1 server-config/cluster/smoke-test.sh
# 1. starts the cluster on a fresh database office050_cluster_smoke (balancer 127.0.0.1:8480, instances 8481/8482);
# 2. the administrator flow through the balancer (admin-flow-check.py): every click may land on either instance;
#    and the provider's API (api-check.py) with a background import whose state either instance answers;
# 3. a failover by hand: signed in through the balancer, instance 1 is killed (kill -9), and the same session goes on
#    seeing its user number list through the balancer;
# 4. stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PORT=8480 HZ_PORT=6980 DB_NAME=office050_cluster_smoke
export DB_HOST="${DB_HOST:-127.0.0.1}" DB_PORT="${DB_PORT:-5432}" DB_USER="${DB_USER:-postgres}" \
       DB_PASSWORD="${DB_PASSWORD:-postgres}"
work=micro/target/cluster-smoke
log() { printf '[cluster] %s\n' "$*"; }
mkdir -p "$work"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -B -q -DskipTests -Dspotless.check.skip=true package
fi
PGPASSWORD="$DB_PASSWORD" psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres -q \
  -c "DROP DATABASE IF EXISTS $DB_NAME" -c "CREATE DATABASE $DB_NAME"

SKIP_BUILD=1 server-config/cluster/start >"$work/start.out" 2>&1 &
starter=$!
stop() {
  kill -TERM "$starter" 2>/dev/null || true
  wait "$starter" 2>/dev/null || true
}
trap stop EXIT

for _ in $(seq 1 400); do
  grep -q "Ctrl-C stops everything" "$work/start.out" && break
  kill -0 "$starter" 2>/dev/null || { log "the start script ended:"; tail -n 30 "$work/start.out"; exit 1; }
  sleep 1
done
if ! grep -q "Ctrl-C stops everything" "$work/start.out"; then
  log "the cluster did not start within 400 s"; tail -n 30 "$work/start.out"; exit 1
fi
first=$(grep -o 'instance office050-1: pid [0-9]*' "$work/start.out" | tail -n 1 | awk '{print $4}')
log "started; instance 1 is pid $first"
for _ in $(seq 1 30); do # HAProxy's health checks see both instances up
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/oa/" && break
  sleep 1
done

failed=0
python3 server-config/payara-server/admin-flow-check.py "http://127.0.0.1:$PORT/oa/" || failed=1
# the provider's API through the balancer: the background import runs on one instance, its state is asked of both
token=$(grep -o 'API token of this start (every instance): o50_[A-Za-z0-9_-]*' "$work/start.out" | awk '{print $NF}')
python3 server-config/payara-server/api-check.py "http://127.0.0.1:$PORT/oa/" "$token" || failed=1
python3 - "http://127.0.0.1:$PORT/oa/" "$first" <<'PY' || failed=1
import http.cookiejar, os, re, signal, sys, time, urllib.parse, urllib.request
base, victim = sys.argv[1], int(sys.argv[2])
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
def get(path):
    with opener.open(urllib.parse.urljoin(base, path), timeout=60) as r:
        return r.status, r.geturl(), r.read().decode("utf-8", "replace")
_, _, page = get("./")
data = {"login": "login", "login:adminId": "A0000001", "login:password": "demo-admin-1", "login:submit": "",
        "jakarta.faces.ViewState": re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]*)"', page).group(1)}
nonce = re.search(r"PrimeFaces\.csp\.init\('([^']+)'\)", page)
if nonce:
    data["primefaces.nonce"] = nonce.group(1)
with opener.open(urllib.request.Request(urllib.parse.urljoin(base, "./"), data=urllib.parse.urlencode(data).encode()),
                 timeout=60) as r:
    signed_in = r.geturl().endswith("/admin/lines.xhtml")
os.kill(victim, signal.SIGKILL)
time.sleep(1)
answers = [get("admin/lines.xhtml") for _ in range(4)]
ok = signed_in and all(s == 200 and u.endswith("/admin/lines.xhtml") and "u05011110001" in p for s, u, p in answers)
print(("  ok   " if ok else "  FAIL ") + "signed in through the balancer, instance 1 killed (kill -9): "
      + "4 more clicks through the balancer still show the user number list")
sys.exit(0 if ok else 1)
PY
if [ "$failed" = 0 ]; then log "passed"; else log "FAILED (logs: micro/target/cluster/)"; fi
exit "$failed"
