#!/usr/bin/env bash
# The failure drills that need a whole server to die or its database to go away (RELIABILITY.md):
#
#   src/benchmark/drill.sh crash [DEPOSITS [KILLS]]   # defaults 10000 and 5
#       The bank's file paying DEPOSITS awaited transfers is in the inbox and tonight's reconciliation
#       starts as its timer starts it. The server is killed with kill -9 KILLS times at random points
#       (the first at a random moment after the start, which may be while the file is taken in; the
#       others when a random share of what was left has been applied), each time started again and
#       left alone: its lease runs out, the watch notes the run lost and retries it. At the end every
#       deposit must be applied exactly once, every order paid once, one ledger entry, one lot and one
#       mail each, and the invariant checker must find nothing.
#
#   src/benchmark/drill.sh postgres [SECONDS]          # default 40
#       32 threads use coupons (an application's submission, as the benchmark does) for SECONDS; a
#       third of the way in, PostgreSQL is restarted (pg_ctlcluster ... restart). No use may be lost
#       (every use the caller was told committed is in the database) or doubled (one ledger entry and
#       one lot movement per submitted application, none for one that stayed a draft); then the same
#       server, not restarted, must take a second load with no failure at all.
#
# Like the benchmarks it builds the application with the benchmark module (src/benchmark/lib.sh) and
# runs its own Payara domain on a database created for the run (ports 8080 and 4848: stop the
# application first). The postgres drill restarts the machine's PostgreSQL: run nothing else on it.
set -euo pipefail
WORK=$(cd "$(dirname "$0")/../.." && pwd)/target/drill
source "$(dirname "$0")/lib.sh"

sql() {
    psql -d "$DATABASE" -Atqc "$1"
}

now_millis() {
    date +%s%3N
}

# The nightly watch in seconds rather than hours: leases of 30 seconds (a run renews its lease with every chunk
# of deposits, a few a second here), a watch round every 10 seconds, a failed run retried at once,
# enough attempts for every kill; no catching up of earlier nights, and the jobs' own times late in the
# evening, so that only the drill starts tonight's reconciliation.
export COUPONS_SCHEDULE_LEASE_SECONDS=30 COUPONS_SCHEDULE_WATCH_SECONDS=10 COUPONS_SCHEDULE_RETRY_MINUTES=0
export COUPONS_SCHEDULE_CATCH_UP_DAYS=0 COUPONS_SCHEDULE_DEPOSIT_RECONCILIATION=23:59
export COUPONS_SCHEDULE_ORDER_EXPIRY=23:59 COUPONS_SCHEDULE_LEDGER_AUDIT=23:59

crash_drill() {
    local deposits=${1:-10000} kills=${2:-5} first_code=6100 started pid applied target kill_at recovered
    export COUPONS_SCHEDULE_ATTEMPTS=$((kills + 3))
    start_benchmark_server
    echo "Setting up $deposits awaited transfers and the bank's file in the inbox..."
    curl -sf -X POST "http://localhost:$HTTP_PORT/benchmark/drill/awaited?firstCode=$first_code&orders=$deposits" \
        > /dev/null || die "the set-up failed; see $DOMAIN_DIR/$DOMAIN_NAME/logs/server.log"
    started=$(now_millis)
    curl -sf -X POST "http://localhost:$HTTP_PORT/benchmark/drill/nightly?job=deposit-reconciliation" > /dev/null \
        || die "tonight's reconciliation did not start"
    local -a figures=()
    for kill in $(seq 1 "$kills"); do
        applied=$(sql "select count(*) from deposit")
        if [ "$kill" = 1 ]; then
            sleep "0.$((RANDOM % 9 + 1))"
        else
            # a random share (5 to 25 %) of what is left: every kill lands before the end, chunks of 500 included
            target=$((applied + (deposits - applied) * (RANDOM % 21 + 5) / 100))
            while true; do
                applied=$(sql "select count(*) from deposit")   # read once: chunks commit meanwhile
                [ "$applied" -lt "$target" ] || break
                sleep 0.05
            done
            [ "$applied" -lt "$deposits" ] || die "the run ended before kill $kill"
        fi
        pid=$(server_pid "$DOMAIN_DIR")
        kill -9 "$pid"
        kill_at=$(now_millis)
        for _ in $(seq 1 300); do
            kill -0 "$pid" 2> /dev/null || break
            sleep 0.1
        done
        ! kill -0 "$pid" 2> /dev/null || die "the server (pid $pid) did not die of kill -9 in 30 s"
        applied=$(sql "select count(*) from deposit")
        echo "Kill $kill: kill -9 of the server with $applied of $deposits deposits applied; starting it again..."
        start_domain "$DOMAIN_DIR"
        wait_ready "$DOMAIN_DIR" 180 || die "the server did not come back after kill $kill"
        # left alone now: the lease runs out, the watch notes the run lost and retries it
        until [ "$(sql "select count(*) from deposit")" -gt "$applied" ] \
                || [ "$(sql "select count(*) from deposit")" -ge "$deposits" ]; do
            [ $(($(now_millis) - kill_at)) -lt 600000 ] || die "no progress 10 minutes after kill $kill"
            sleep 0.2
        done
        recovered=$((($(now_millis) - kill_at) / 1000))
        echo "    applying again ${recovered} s after the kill"
        figures+=("$applied/${recovered}s")
    done
    echo "Waiting for tonight's reconciliation to complete..."
    until [ "$(sql "select outcome from scheduled_run where job_name = 'deposit-reconciliation'")" = COMPLETED ]; do
        [ $(($(now_millis) - started)) -lt 1800000 ] || die "the reconciliation did not complete in 30 minutes"
        sleep 1
    done
    local total=$((($(now_millis) - started) / 1000))
    local orders="select o.id from purchase_order o join company c on c.id = o.company_id
        join chamber h on h.id = c.chamber_id where h.code = '$first_code'"
    local -A result=(
        [attempts]=$(sql "select attempts from scheduled_run where job_name = 'deposit-reconciliation'")
        [files]=$(sql "select string_agg(status, ',') from bank_file")
        [deposits]=$(sql "select count(*) from deposit")
        [references]=$(sql "select count(distinct bank_reference) from deposit")
        [settled]=$(sql "select count(*) from deposit where outcome = 'SETTLED'")
        [paid]=$(sql "select count(*) from purchase_order where status = 'PAID' and id in ($orders)")
        [entries]=$(sql "select count(*) from ledger_entry where type = 'PURCHASE' and order_id in ($orders)")
        [ordersWithOneEntry]=$(sql "select count(*) from (select order_id from ledger_entry where type = 'PURCHASE'
            and order_id in ($orders) group by order_id having count(*) = 1) once")
        [lots]=$(sql "select count(*) from lot where kind <> 'ADJUSTMENT'")
        [mails]=$(sql "select count(*) from outbox_mail where kind = 'COUPONS_ISSUED' and order_id in ($orders)")
        [balances]=$(sql "select count(*) from wallet where balance = 1 and pending_coupons = 0")
    )
    local invariants violations
    invariants=$(curl -sf "http://localhost:$HTTP_PORT/benchmark/invariants") || die "the invariant check failed"
    violations=$(sed -E 's/.*"violations":([0-9]+).*/\1/' <<< "$invariants")
    cat <<EOF

== Crash drill: $kills kill -9 during a reconciliation of $deposits deposits ($(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)) ==
kills (deposits applied when killed / applying again after): ${figures[*]}
tonight's run: attempts ${result[attempts]}, completed ${total} s after its start; bank files: ${result[files]}
deposits recorded ${result[deposits]} (distinct references ${result[references]}, settled ${result[settled]})   (goal $deposits each)
orders paid ${result[paid]}; purchase entries ${result[entries]}, orders with exactly one ${result[ordersWithOneEntry]}; lots ${result[lots]}; mails ${result[mails]}; wallets holding exactly 1 coupon ${result[balances]}   (goal $deposits each)
invariant violations: $violations   (goal 0)
EOF
    for name in deposits references settled paid entries ordersWithOneEntry lots mails balances; do
        [ "${result[$name]}" = "$deposits" ] || die "$name: ${result[$name]}, not $deposits"
    done
    [ "${result[files]}" = APPLIED ] || die "the bank file is ${result[files]}, not APPLIED"
    [ "$violations" = 0 ] || die "invariant violations: $invariants"
    echo "Crash drill passed."
}

postgres_drill() {
    local seconds=${1:-40} cluster=(15 main) out=$WORK/uses.json first_code=6200 down_at up_at
    command -v pg_ctlcluster > /dev/null || die "pg_ctlcluster is missing: this drill restarts the machine's PostgreSQL"
    read -r -a cluster < <(pg_lsclusters -h | awk -v port="$PGPORT" '$3 == port {print $1, $2}')
    [ ${#cluster[@]} = 2 ] || die "no PostgreSQL cluster on port $PGPORT"
    start_benchmark_server
    echo "32 threads using coupons for ${seconds} s; PostgreSQL restarted after $((seconds / 3)) s..."
    curl -sf -X POST -o "$out" "http://localhost:$HTTP_PORT/benchmark/uses?firstCode=$first_code&chambers=10&companies=20&coupons=300&drafts=300&threads=32&warmup=0&seconds=$seconds" &
    local load=$!
    # the load starts once its scenario is set up
    until [ "$(sql "select count(*) from ledger_entry where type = 'USE'" 2> /dev/null || echo 0)" -gt 0 ]; do
        kill -0 "$load" 2> /dev/null || die "the load ended before it started"
        sleep 0.2
    done
    sleep $((seconds / 3))
    down_at=$(now_millis)
    pg_ctlcluster --skip-systemctl-redirect "${cluster[@]}" restart -m fast
    up_at=$(now_millis)
    wait "$load" || die "the load failed; see $DOMAIN_DIR/$DOMAIN_NAME/logs/server.log"
    local during after
    during=$(cat "$out")
    echo "    during: $during"
    echo "Afterwards, the same server (not restarted), 10 s more of 32 threads..."
    after=$(curl -sf -X POST "http://localhost:$HTTP_PORT/benchmark/uses?firstCode=$((first_code + 10))&chambers=10&companies=20&coupons=300&drafts=300&threads=32&warmup=0&seconds=10") \
        || die "the load after the restart failed"
    echo "    after: $after"
    field() { sed -E "s/.*\"$2\":([0-9.]+).*/\1/" <<< "$1"; }
    local ours="company_id in (select c.id from company c join chamber h on h.id = c.chamber_id
        where h.code between '$first_code' and '$((first_code + 9))')"
    local submitted entries movements drafts_with_entry doubled reported failed
    submitted=$(sql "select count(*) from certificate_application where status <> 'DRAFT' and $ours")
    entries=$(sql "select count(*) from ledger_entry where type = 'USE' and $ours")
    movements=$(sql "select count(*) from lot_movement m join ledger_entry e on e.id = m.entry_id
        where e.type = 'USE' and e.$ours")
    drafts_with_entry=$(sql "select count(*) from certificate_application a where a.status = 'DRAFT' and a.$ours
        and exists (select 1 from ledger_entry e where e.application_id = a.id)")
    doubled=$(sql "select count(*) from (select application_id from ledger_entry where type = 'USE' and $ours
        group by application_id having count(*) > 1) twice")
    reported=$(field "$during" uses)
    failed=$(field "$during" failed)
    local invariants violations
    invariants=$(curl -sf "http://localhost:$HTTP_PORT/benchmark/invariants") || die "the invariant check failed"
    violations=$(sed -E 's/.*"violations":([0-9]+).*/\1/' <<< "$invariants")
    cat <<EOF

== PostgreSQL restart drill ($(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)) ==
PostgreSQL restarted in $(((up_at - down_at))) ms, during the load
uses the callers were told committed: $reported; calls that failed: $failed
applications submitted: $submitted; their USE entries: $entries; lot movements: $movements   (goal: all three equal, at least $reported, at most $((reported + failed)))
drafts with an entry: $drafts_with_entry; applications with two entries: $doubled   (goal 0 each)
after the restart, same server: $(field "$after" uses) uses, $(field "$after" failed) failed   (goal 0 failed)
invariant violations: $violations   (goal 0)
EOF
    [ "$submitted" = "$entries" ] && [ "$entries" = "$movements" ] || die "submitted applications, entries and movements differ"
    [ "$submitted" -ge "$reported" ] || die "a use the caller was told committed is not in the database"
    [ "$submitted" -le $((reported + failed)) ] || die "more applications submitted than uses attempted"
    [ "$drafts_with_entry" = 0 ] && [ "$doubled" = 0 ] || die "a use was doubled or left behind"
    [ "$(field "$after" failed)" = 0 ] && [ "$(field "$after" uses)" != 0 ] || die "the server did not recover"
    [ "$violations" = 0 ] || die "invariant violations: $invariants"
    echo "PostgreSQL restart drill passed."
}

case "${1:-}" in
    crash) shift; crash_drill "$@" ;;
    postgres) shift; postgres_drill "$@" ;;
    *) die "usage: $0 crash [DEPOSITS [KILLS]] | postgres [SECONDS]" ;;
esac
