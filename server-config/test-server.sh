#!/usr/bin/env bash
# The integration tests' server, started by Maven before the *IT classes run (pre-integration-test)
# and stopped after them (post-integration-test). Arquillian connects to it and deploys each test's
# EAR. Every run gets its own database: a fresh H2 file under target/, or on PostgreSQL a database
# created for this run and dropped after it, so that nothing from one run can break the next.
#
#   test-server.sh start STATE_DIR    with DB=embedded|postgres, STRICT=true|false
#   test-server.sh stop  STATE_DIR
#
# With DB=postgres and no PostgreSQL reachable, the tests are skipped with a loud message, unless
# STRICT=true (CI), which makes it a failure.
set -uo pipefail
source "$(dirname "$0")/lib.sh"

action=${1:?start or stop}
STATE_DIR=${2:?state directory}
DB=${DB:-embedded}
STRICT=${STRICT:-false}
# The domain outlives a run (rebuilt only when provisioning changes); the data does not.
DOMAIN_DIR=$(dirname "$STATE_DIR")/it-domains
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

banner() {
    echo "" >&2
    echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
    for line in "$@"; do echo "!!! $line" >&2; done
    echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
    echo "" >&2
}

start() {
    rm -rf "$STATE_DIR"
    mkdir -p "$STATE_DIR"
    export COUPONS_DEMO_DATA=true
    # tests move the clock forward (a 30-day deadline passes in no time); never so elsewhere
    export COUPONS_CLOCK_ADJUSTABLE=true
    # the card janitor's timer stays out of the tests' way (they move the clock); tests call it themselves
    export COUPONS_CARD_JANITOR_SECONDS=3600
    # mail goes to the GreenMail that the mail tests start inside the server; they also send it themselves
    export COUPONS_SMTP_PORT=3025 COUPONS_MAIL_INTERVAL_SECONDS=3600
    # the nightly jobs run when a test starts them, never at 02:00 in the middle of a run
    export COUPONS_SCHEDULE_ENABLED=false
    # tells the tests inside the server which database they should find behind jdbc/coupons
    export COUPONS_TEST_DB=$DB
    export COUPONS_DATA_DIR=$STATE_DIR/data
    export COUPONS_BANK_INBOX=$STATE_DIR/bank-inbox COUPONS_BANK_FILES=$STATE_DIR/data/bank-files
    mkdir -p "$COUPONS_BANK_INBOX" "$COUPONS_BANK_FILES"
    export COUPONS_DB_USER=$PGUSER COUPONS_DB_PASSWORD=${PGPASSWORD:-}
    if [ "$DB" = postgres ]; then
        if ! command -v psql > /dev/null || ! psql -d postgres -Atqc 'select 1' > /dev/null 2>&1; then
            local reason="PostgreSQL is not reachable at $PGHOST:$PGPORT as $PGUSER (or psql is missing)."
            if [ "$STRICT" = true ]; then
                banner "$reason" "tests.strict=true: this is a failure, not a skip."
                exit 1
            fi
            banner "SKIPPING every integration test of the PostgreSQL leg: $reason" \
                "Install and start it (Debian: apt-get install -y postgresql postgresql-client;" \
                "pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main start)," \
                "or set PGHOST/PGPORT/PGUSER/PGPASSWORD; or run the tests without -Ddb=postgres."
            echo "$reason" > "$STATE_DIR/skip-reason"
            exit 0
        fi
        local database="coupons_it_$(date +%Y%m%d%H%M%S)_$$"
        psql -d postgres -qc "create database $database" || die "could not create database $database"
        echo "$database" > "$STATE_DIR/database"
        export COUPONS_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$database"
        echo "Integration tests on PostgreSQL database $database"
    else
        echo "Integration tests on the embedded H2 database in $COUPONS_DATA_DIR"
    fi
    for port in $HTTP_PORT $ADMIN_PORT; do
        port_in_use "$port" && die "port $port is in use: stop the running application first (server-config/stop.sh)"
    done
    provision_domain "$DOMAIN_DIR" "$DB"
    start_domain "$DOMAIN_DIR"
    if [ -n "$(deployed_applications)" ]; then
        # an earlier run was killed before it could clean up: start again from a fresh domain
        echo "Applications left from an interrupted run: rebuilding the test domain."
        stop_domain "$DOMAIN_DIR"
        rm -f "$DOMAIN_DIR/$DOMAIN_NAME/provisioned"
        provision_domain "$DOMAIN_DIR" "$DB"
        start_domain "$DOMAIN_DIR"
    fi
    deploy_card_sandbox
    echo "Test server started: $DOMAIN_DIR/$DOMAIN_NAME/logs/server.log"
}

stop() {
    if [ -d "$DOMAIN_DIR/$DOMAIN_NAME" ]; then
        undeploy_all
        stop_domain "$DOMAIN_DIR"
    fi
    if [ -f "$STATE_DIR/database" ]; then
        local database
        database=$(cat "$STATE_DIR/database")
        psql -d postgres -qc "drop database if exists $database with (force)" \
            && rm -f "$STATE_DIR/database" && echo "Dropped PostgreSQL database $database"
    fi
    return 0
}

case "$action" in
    start) start ;;
    stop) stop ;;
    *) die "usage: $0 start|stop STATE_DIR" ;;
esac
