#!/usr/bin/env bash
# Adds PostgreSQL to a WildFly that setup.sh prepared:
#   server-config/wildfly/postgres.sh WILDFLY_HOME POSTGRESQL_JAR
# 1. the JDBC driver as the module org.postgresql; 2. standalone-postgres.xml, a copy of standalone.xml whose default
# datasource is a PostgreSQL pool (postgres.cli). Start WildFly with -c standalone-postgres.xml and DB_HOST, DB_PORT,
# DB_NAME, DB_USER, DB_PASSWORD in the environment; the portal's Flyway migrations make the tables at the first start.
set -euo pipefail
home="$1" driver="$2"
here="$(cd "$(dirname "$0")" && pwd)"
module="$home/modules/org/postgresql/main"
mkdir -p "$module"
cp "$driver" "$module/postgresql.jar"
cat >"$module/module.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<module xmlns="urn:jboss:module:1.9" name="org.postgresql">
    <resources>
        <resource-root path="postgresql.jar"/>
    </resources>
    <dependencies>
        <module name="java.logging"/>
        <module name="java.management"/>
        <module name="java.naming"/>
        <module name="java.sql"/>
        <module name="jakarta.transaction.api"/>
    </dependencies>
</module>
XML
cp "$home/standalone/configuration/standalone.xml" "$home/standalone/configuration/standalone-postgres.xml"
"$home/bin/jboss-cli.sh" --file="$here/postgres.cli" >/dev/null
