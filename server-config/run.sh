#!/usr/bin/env bash
# The run command: builds the application, provisions a Payara domain (first time only), starts it,
# deploys the EAR, waits until the application itself answers, prints where to go and how to sign
# in, and keeps running until Ctrl-C, which stops everything. server-config/stop.sh stops it from
# another terminal.
#
#   server-config/run.sh              embedded H2 database in .run/data (no setup)
#   server-config/run.sh --postgres   PostgreSQL at $COUPONS_DB_URL (default jdbc:postgresql://127.0.0.1:5432/test)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

profile=${COUPONS_DB:-embedded}
case "${1:-}" in
    --postgres) profile=postgres ;;
    --embedded) profile=embedded ;;
    "") ;;
    *) die "usage: $0 [--embedded|--postgres]" ;;
esac

RUN_DIR=$PROJECT_DIR/.run
DOMAIN_DIR=$RUN_DIR/domains
export COUPONS_DATA_DIR=${COUPONS_DATA_DIR:-$RUN_DIR/data}
export COUPONS_DB_URL=${COUPONS_DB_URL:-jdbc:postgresql://127.0.0.1:5432/test}
export COUPONS_DB_USER=${COUPONS_DB_USER:-postgres}
export COUPONS_DB_PASSWORD=${COUPONS_DB_PASSWORD:-}
export COUPONS_DEMO_DATA=true
export COUPONS_BANK_INBOX=${COUPONS_BANK_INBOX:-$RUN_DIR/bank-inbox}
export COUPONS_BANK_FILES=${COUPONS_BANK_FILES:-$COUPONS_DATA_DIR/bank-files}
started=$SECONDS

for port in $HTTP_PORT $ADMIN_PORT; do
    if port_in_use "$port"; then
        die "port $port is already in use. Is the application already running, or the tests' server?" \
            "Stop it with server-config/stop.sh (or wait for the tests to finish)."
    fi
done

echo "Building (./mvnw -DskipTests package)..."
(cd "$PROJECT_DIR" && ./mvnw -q -B -DskipTests package) || die "the build failed"

mkdir -p "$COUPONS_DATA_DIR" "$DOMAIN_DIR" "$COUPONS_BANK_INBOX" "$COUPONS_BANK_FILES"
provision_domain "$DOMAIN_DIR" "$profile"

stopping=false
shutdown() {
    set +e  # stopping must go on whatever fails on the way
    $stopping && return
    stopping=true
    echo
    echo "Stopping Payara..."
    # no undeploy first: the next start deploys again over what is there (--force), and stopping the
    # domain is what takes the time a user waits for at Ctrl-C
    stop_domain "$DOMAIN_DIR"
    echo "Stopped."
}
trap 'shutdown; exit 0' INT TERM
trap shutdown EXIT

echo "Starting Payara Server ($profile database)..."
start_domain "$DOMAIN_DIR"
echo "Deploying the application (and the card provider's sandbox)..."
deploy_card_sandbox || die "the card sandbox could not be deployed; see $DOMAIN_DIR/$DOMAIN_NAME/logs/server.log"
deploy_ear "$DOMAIN_DIR" "$PROJECT_DIR/ear/target/coupons.ear" > "$DOMAIN_DIR/deploy.log" 2>&1 \
    || { cat "$DOMAIN_DIR/deploy.log" >&2; die "deployment failed; the server log is $DOMAIN_DIR/$DOMAIN_NAME/logs/server.log"; }
wait_ready "$DOMAIN_DIR" 120 || die "the application did not become ready; see $DOMAIN_DIR/$DOMAIN_NAME/logs/server.log"
curl -sf -o /dev/null "http://localhost:$HTTP_PORT/" || die "the login page does not answer"

cat <<EOF

  Ready in $((SECONDS - started)) s ($profile database).

  THIS IS A DEMO: the card provider and the bank are sandboxes (test cards pay nothing), and the
  demo logins below have a published password. Never take real payments with it.

  Application   http://localhost:$HTTP_PORT/
                https://localhost:$HTTPS_PORT/  (Payara's self-signed demo certificate: the browser warns)
  Readiness     http://localhost:$HTTP_PORT/health/ready
  Admin console http://localhost:$ADMIN_PORT/  (this machine only; user admin, the password is in
                $(admin_password_file "$DOMAIN_DIR"))
  Server log    $DOMAIN_DIR/$DOMAIN_NAME/logs/server.log
  Bank inbox    $COUPONS_BANK_INBOX  (deposit files for the nightly reconciliation)

  Demo logins (password demo1234 for all):
    chamber 2701  kakogawa-user   ユーザーID (署名者 カール・フリードリヒ・ツァイス), 加古川自然食品 2701000002
    chamber 2701  kakogawa-sub    サブID of kakogawa-user
    chamber 2701  kakogawa-admin  管理者ID (cannot buy or use coupons)
    chamber 2701  osaka-staff     大阪商工会議所 staff
    chamber 2801  kobe-user       ユーザーID, 神戸テスト貿易 2801000001 (non-member)

  Press Ctrl-C to stop (or run server-config/stop.sh).
EOF

# Keep running while the server does; leave when it stops (Ctrl-C here, or stop.sh elsewhere).
pid=$(server_pid "$DOMAIN_DIR")
while [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; do
    sleep 2
done
echo "Payara has stopped."
