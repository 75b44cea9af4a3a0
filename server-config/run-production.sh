#!/usr/bin/env bash
# The production start command: the application alone (no card sandbox, no bank sandbox, no demo
# data, no demo logins) on PostgreSQL, with coupons.mode=production, in which the application refuses
# to start unless it is set up to take real money (a real card provider over https, PostgreSQL, a
# mail server, the public https address; see platform/ProductionMode). Every setting comes from the
# environment; nothing secret is written to disk. See README, "Running in production".
#
#   server-config/run-production.sh            start, and stop at Ctrl-C
#   server-config/run-production.sh --detach   start and return (stop with server-config/stop.sh --production)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

detach=false
case "${1:-}" in
    --detach) detach=true ;;
    "") ;;
    *) die "usage: $0 [--detach]" ;;
esac

required=(COUPONS_DB_URL COUPONS_DB_USER COUPONS_DB_PASSWORD COUPONS_DB_OWNER COUPONS_DB_OWNER_PASSWORD COUPONS_SMTP_HOST COUPONS_MAIL_FROM
    COUPONS_CARD_PROVIDER_URL COUPONS_CARD_CONTRACT_CODE COUPONS_PUBLIC_URL COUPONS_BANK_INBOX COUPONS_BANK_FILES
    COUPONS_TLS_KEYSTORE COUPONS_TLS_KEYSTORE_PASSWORD)
missing=()
for name in "${required[@]}"; do
    [ -n "${!name:-}" ] || missing+=("$name")
done
[ ${#missing[@]} -eq 0 ] || die "production needs these settings in the environment: ${missing[*]}" \
    "(README, \"Running in production\")"

export COUPONS_MODE=production COUPONS_DEMO_DATA=false COUPONS_CLOCK_ADJUSTABLE=false
# the HTTPS listener serves the chamber's certificate (COUPONS_TLS_KEYSTORE), imported at every start
export COUPONS_TLS_ALIAS=coupons-tls
TLS_ALIAS=coupons-tls
DOMAIN_DIR=${COUPONS_DOMAIN_DIR:-$PROJECT_DIR/.run/production}
EAR=${COUPONS_EAR:-$PROJECT_DIR/ear/target/coupons.ear}
[ -f "$EAR" ] || die "no EAR at $EAR: build it first (./mvnw -DskipTests package)"
for port in $HTTP_PORT $ADMIN_PORT; do
    port_in_use "$port" && die "port $port is already in use (the demo or the tests' server?)"
done

mkdir -p "$DOMAIN_DIR" "$COUPONS_BANK_INBOX" "$COUPONS_BANK_FILES"
provision_domain "$DOMAIN_DIR" postgres
import_tls_key "$DOMAIN_DIR"
trap 'stop_domain "$DOMAIN_DIR"; exit 1' INT TERM
echo "Starting Payara Server (production mode, PostgreSQL)..."
start_domain "$DOMAIN_DIR"
log=$DOMAIN_DIR/$DOMAIN_NAME/logs/server.log
if ! deploy_ear "$DOMAIN_DIR" "$EAR" > "$DOMAIN_DIR/deploy.log" 2>&1 || ! wait_ready "$DOMAIN_DIR" 180; then
    # the refusal's own line, without the log record's closing brackets (a setup file's entry has brackets of its own)
    refusal=$(grep -o -E "(Production mode|Chamber setup) refused.*" "$log" | tail -1 | sed -E 's/\]\]?$//')
    stop_domain "$DOMAIN_DIR"
    die "${refusal:-the application did not start; see $log}"
fi
trap - INT TERM

echo
echo "  Production mode: ready at http://localhost:$HTTP_PORT/ and https://localhost:$HTTPS_PORT/ (public address $COUPONS_PUBLIC_URL)"
echo "  Server log $log"
if $detach; then
    exit 0
fi
trap 'echo; echo "Stopping Payara..."; stop_domain "$DOMAIN_DIR"; echo "Stopped."; exit 0' INT TERM
echo "  Press Ctrl-C to stop."
pid=$(server_pid "$DOMAIN_DIR")
while [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; do
    sleep 2
done
