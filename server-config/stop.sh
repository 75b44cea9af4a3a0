#!/usr/bin/env bash
# The stop command: stops the Payara server that server-config/run.sh started, leaving no process
# behind. Data in .run/data is kept. Safe to run when nothing is running.
set -uo pipefail
source "$(dirname "$0")/lib.sh"

DOMAIN_DIR=$PROJECT_DIR/.run/domains
if [ ! -d "$DOMAIN_DIR/$DOMAIN_NAME" ]; then
    echo "Nothing to stop: no domain in $DOMAIN_DIR."
    exit 0
fi
[ -x "$PAYARA_HOME/bin/asadmin" ] || { pid=$(server_pid "$DOMAIN_DIR"); [ -n "$pid" ] && kill "$pid" 2>/dev/null; exit 0; }
pid=$(server_pid "$DOMAIN_DIR")
if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    undeploy_all
fi
stop_domain "$DOMAIN_DIR"
echo "Stopped."
