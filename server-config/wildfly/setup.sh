#!/usr/bin/env bash
# Prepares an unpacked WildFly 37 for office050.ear:
#   server-config/wildfly/setup.sh WILDFLY_HOME ECLIPSELINK_JAR
# 1. EclipseLink (the portal's persistence provider, as on Payara) joins WildFly's org.eclipse.persistence module,
#    which ships only the integration (jipijapa-eclipselink); 2. configure.cli sets the subsystems up (offline).
# Run it once on a fresh WildFly; the default datasource (ExampleDS, H2 in memory) serves a trial as it is. For
# PostgreSQL, postgres.sh then adds the driver and standalone-postgres.xml.
set -euo pipefail
home="$1" eclipselink="$2"
here="$(cd "$(dirname "$0")" && pwd)"
module="$home/modules/system/layers/base/org/eclipse/persistence/main"
jar="$(basename "$eclipselink")"
if ! grep -q "$jar" "$module/module.xml"; then
  cp "$eclipselink" "$module/"
  python3 - "$module/module.xml" "$jar" <<'PY'
import sys
path, jar = sys.argv[1], sys.argv[2]
s = open(path).read()
s = s.replace("</resources>", f'    <resource-root path="{jar}"/>\n    </resources>', 1)
extra = "".join(f'        <module name="{m}"/>\n' for m in ("java.rmi", "java.sql", "java.desktop", "java.xml"))
s = s.replace("<dependencies>\n", "<dependencies>\n" + extra, 1)
open(path, "w").write(s)
PY
fi
"$home/bin/jboss-cli.sh" --file="$here/configure.cli" >/dev/null
