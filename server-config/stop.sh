#!/usr/bin/env bash
# The stop command: stops the Payara server that server-config/run.sh started (with --production:
# run-production.sh), leaving no process behind. Data in .run/data is kept. Safe to run when nothing is running.
set -uo pipefail
source "$(dirname "$0")/lib.sh"

DOMAIN_DIR=$PROJECT_DIR/.run/domains
[ "${1:-}" = --production ] && DOMAIN_DIR=${COUPONS_DOMAIN_DIR:-$PROJECT_DIR/.run/production}
if [ ! -d "$DOMAIN_DIR/$DOMAIN_NAME" ]; then
    echo "Nothing to stop: no domain in $DOMAIN_DIR."
    exit 0
fi
[ -x "$PAYARA_HOME/bin/asadmin" ] || { pid=$(server_pid "$DOMAIN_DIR"); [ -n "$pid" ] && kill "$pid" 2>/dev/null; exit 0; }
# no undeploy first: the next start deploys again over what is there (--force)
stop_domain "$DOMAIN_DIR"
echo "Stopped."
