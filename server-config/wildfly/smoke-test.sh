#!/usr/bin/env bash
# The EAR on WildFly 37 (the newest WildFly that is still Jakarta EE 10), as CI runs it:
#   SKIP_BUILD=1 server-config/wildfly/smoke-test.sh              (H2; without SKIP_BUILD it builds the EAR first)
#   SKIP_BUILD=1 DB=postgres server-config/wildfly/smoke-test.sh  (PostgreSQL: DB_HOST, DB_PORT, DB_USER,
#                                                                  DB_PASSWORD; database office050_wildfly, made afresh)
# 1. WildFly and EclipseLink from Maven Central into ear/target/wildfly/ (once), set up by setup.sh (and postgres.sh);
# 2. started on loopback only (HTTP 8380, management 10290: port offset 300) with the demo data on its default
#    datasource (H2 in memory, or the PostgreSQL pool of standalone-postgres.xml), the EAR deployed;
# 3. checks: the administrator flow and the security headers (admin-flow-check.py), the provider's API with a
#    background import (api-check.py, the batch job on JBeret), /health/ready on the management interface; 4. stopped.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=37.0.1.Final
eclipselink=4.0.7
work=ear/target/wildfly
home="$work/wildfly-$version"
offset=300
http=$((8080 + offset))
management=$((9990 + offset))
log() { printf '[wildfly] %s\n' "$*"; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -B -q -DskipTests package
fi
mkdir -p "$work"
if [ ! -f "$home/.office050-ready" ]; then
  log "fetching WildFly $version and EclipseLink $eclipselink from Maven Central"
  mvn -B -q dependency:copy -Dartifact="org.wildfly:wildfly-dist:$version:zip" -DoutputDirectory="$work"
  mvn -B -q dependency:copy -Dartifact="org.eclipse.persistence:eclipselink:$eclipselink" -DoutputDirectory="$work"
  rm -rf "$home"
  unzip -q "$work/wildfly-dist-$version.zip" -d "$work"
  server-config/wildfly/setup.sh "$home" "$work/eclipselink-$eclipselink.jar"
  touch "$home/.office050-ready"
fi

config=standalone.xml
if [ "${DB:-h2}" = postgres ]; then
  export DB_HOST="${DB_HOST:-127.0.0.1}" DB_PORT="${DB_PORT:-5432}" DB_NAME=office050_wildfly \
         DB_USER="${DB_USER:-postgres}" DB_PASSWORD="${DB_PASSWORD:-postgres}"
  [ -f "$home/standalone/configuration/standalone-postgres.xml" ] \
    || server-config/wildfly/postgres.sh "$home" micro/target/postgresql.jar
  PGPASSWORD="$DB_PASSWORD" psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres -q \
    -c "DROP DATABASE IF EXISTS $DB_NAME" -c "CREATE DATABASE $DB_NAME"
  config=standalone-postgres.xml
fi

rm -rf "$home"/standalone/deployments/office050.ear* "$home/standalone/data" "$home/standalone/tmp"
cp ear/target/office050.ear "$home/standalone/deployments/"
log "starting with $config (HTTP 127.0.0.1:$http, management 127.0.0.1:$management)"
JAVA_OPTS="-Xmx1g -Djava.net.preferIPv4Stack=true" "$home/bin/standalone.sh" -c "$config" \
  -b 127.0.0.1 -bmanagement 127.0.0.1 -Djboss.socket.binding.port-offset=$offset \
  -Doffice050.demo=true -Doffice050.session.cookie-secure=false \
  -Doffice050.public-url="http://127.0.0.1:$http/oa/" >"$work/server.out" 2>&1 &
launcher=$!
stop() {
  "$home/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$management" --command=shutdown >/dev/null 2>&1 || true
  wait "$launcher" 2>/dev/null || true
}
trap stop EXIT

marker="$home/standalone/deployments/office050.ear"
for _ in $(seq 1 240); do
  [ -f "$marker.deployed" ] || [ -f "$marker.failed" ] && break
  sleep 1
done
if [ ! -f "$marker.deployed" ]; then
  log "the EAR did not deploy"
  grep -a -m 20 'ERROR' "$work/server.out" | cut -c1-400 || true
  exit 1
fi
log "deployed"

failed=0
python3 server-config/payara-server/admin-flow-check.py "http://127.0.0.1:$http/oa/" || failed=1
token="$(grep -a -o 'Bearer o50_demo_[A-Za-z0-9_-]*' "$work/server.out" | tail -n 1 | cut -d' ' -f2 || true)"
python3 server-config/payara-server/api-check.py "http://127.0.0.1:$http/oa/" "$token" || failed=1
python3 - "http://127.0.0.1:$management/health/ready" <<'PY' || failed=1
import json, sys, urllib.request
with urllib.request.urlopen(sys.argv[1], timeout=30) as r:
    health = json.load(r)
names = [c["name"] for c in health["checks"]]
ok = health["status"] == "UP"
print(("    ok    " if ok else "    FAIL  ") + "/health/ready (management interface) is UP: " + ", ".join(names))
# WildFly does not register the health checks of an EAR's subdeployments (WFLY-12835): the portal's own checks
# (database, neighbours) are not among these; its own server checks and a default one for the web module are.
sys.exit(0 if ok else 1)
PY
if [ "$failed" = 0 ]; then log "passed"; else log "FAILED (server log: $work/server.out)"; fi
exit "$failed"
