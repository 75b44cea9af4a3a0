#!/usr/bin/env bash
# The coupon-use benchmark: committed coupon uses per second through the service layer on PostgreSQL,
# with 32 client threads, (a) spread over 1,000 companies (in 50 chambers, as one deployment serves a
# country's chambers; (a') repeats it with all of them in one chamber, whose receipt-number counter
# every first submission must take in turn) and (b) all on one company; and, against the same
# database in the same run, pgbench's built-in simple-update script with the same client count as the
# yardstick; and, as the ceiling of any implementation on this schema and machine, the use's own SQL
# sent by pgbench with no application server ((e) statement by statement, (f) as one statement). Prints
# them and the ratios, then runs the invariant checker. A use is the submission of
# a draft application paid by coupon (ApplicationService.submit): state change, receipt number, lot,
# wallet and ledger entry in one transaction.
#
#   src/benchmark/run.sh                 # defaults below; PGHOST/PGPORT/PGUSER as for the tests
#   SECONDS_PER_RUN=30 src/benchmark/run.sh
#
# With "reconciliation N..." it runs the nightly reconciliation benchmark instead, once per N: N
# awaited bank transfers (one company each), the bank's file paying them, the job timed and its heap
# sampled, and a plain JDBC batch insert of the same N records as the yardstick; then, as the ceiling,
# the same deposits taken back and written again by PostgreSQL alone, set-wise, no application server:
#
#   src/benchmark/run.sh reconciliation 100000 1000000
#
# It builds the application with the benchmark module, starts its own Payara domain (ports 8080 and
# 4848: stop the application first) on a database created for the run, and drops both afterwards
# (KEEP_DATABASE=1 keeps the database, for a look at it afterwards).
set -euo pipefail
THREADS=${THREADS:-32}
RUN_SECONDS=${SECONDS_PER_RUN:-20}
WARMUP_SECONDS=${WARMUP_SECONDS:-10}
SPREAD_COMPANIES=1000
SPREAD_CHAMBERS=${SPREAD_CHAMBERS:-50}
JIT_WARMUP_SECONDS=${JIT_WARMUP_SECONDS:-30}
command -v pgbench > /dev/null || { echo "ERROR: pgbench is missing (Debian: apt-get install -y postgresql-contrib)" >&2; exit 1; }
WORK=$(cd "$(dirname "$0")/../.." && pwd)/target/benchmark
source "$(dirname "$0")/lib.sh"
# nothing nightly beside what is measured (the watch would catch up the nights a fresh database never ran)
export COUPONS_SCHEDULE_ENABLED=false
start_benchmark_server

# The ceiling of the reconciliation on this schema and machine: the deposits the job just applied are
# taken back and written again by PostgreSQL alone, set-wise, from two sessions as the job's two
# threads, with no application server (src/benchmark/pgbench/reconciliation-ceiling.sql says how).
reconciliation_ceiling() { # the job's milliseconds
    local script=$PROJECT_DIR/src/benchmark/pgbench/reconciliation-ceiling.sql started millis paid
    psql -d "$DATABASE" -q -f "$script" > "$WORK/ceiling.log" 2>&1 || die "the ceiling's setup failed: see $WORK/ceiling.log"
    started=$(date +%s%N)
    psql -d "$DATABASE" -v ON_ERROR_STOP=1 -qc 'call ceiling_settle(0, 2, 1000)' >> "$WORK/ceiling.log" 2>&1 &
    psql -d "$DATABASE" -v ON_ERROR_STOP=1 -qc 'call ceiling_settle(1, 2, 1000)' >> "$WORK/ceiling.log" 2>&1 \
        || die "the ceiling failed: see $WORK/ceiling.log"
    wait $! || die "the ceiling failed: see $WORK/ceiling.log"
    millis=$((($(date +%s%N) - started) / 1000000))
    paid=$(psql -d "$DATABASE" -Atc "select count(*) from ceiling_deposit c
        join purchase_order o on o.id = c.order_id where o.status = 'PAID'")
    awk -v n="$paid" -v ms="$millis" -v job="$1" 'BEGIN { printf "    ceiling: the same %d deposits written by PostgreSQL alone, set-wise, no application server: %.1f s = %.0f/s; the job took %.2f times as long\n", n, ms / 1000, n * 1000 / ms, job / ms }'
}

if [ "${1:-}" = reconciliation ]; then
    shift
    code=6000
    for orders in "${@:-100000}"; do
        echo "Reconciliation of $orders deposits (setup by bulk SQL, file, JDBC yardstick, then the job)..."
        result=$(curl -sf -X POST "http://localhost:$HTTP_PORT/benchmark/reconciliation?firstCode=$code&orders=$orders") \
            || die "the reconciliation benchmark failed; see $DOMAIN_DIR/$DOMAIN_NAME/logs/server.log"
        echo "    $result"
        reconciliation_ceiling "$(sed -E 's/.*"jobMillis":([0-9]+).*/\1/' <<< "$result")"
        code=$((code + 10))
    done
    invariants=$(curl -sf "http://localhost:$HTTP_PORT/benchmark/invariants") || die "the invariant check failed"
    echo "Invariant violations: $(sed -E 's/.*"violations":([0-9]+).*/\1/' <<< "$invariants")   (goal 0)"
    exit 0
fi

measure() {
    curl -sf -X POST "http://localhost:$HTTP_PORT/benchmark/uses?$1&threads=$THREADS&warmup=$WARMUP_SECONDS&seconds=$RUN_SECONDS" \
        || die "the benchmark request failed; see $DOMAIN_DIR/$DOMAIN_NAME/logs/server.log"
}
field() {
    sed -E "s/.*\"$2\":([0-9.]+|true|false).*/\1/" <<< "$1"
}

# A fresh server compiles its hot code during the first tens of seconds: warm it up on a scenario of
# its own (not reported), so that each measured scenario sees the same, compiled server.
echo "JIT warm-up, ${JIT_WARMUP_SECONDS}s (not reported)..."
curl -sf -X POST "http://localhost:$HTTP_PORT/benchmark/uses?firstCode=7000&chambers=50&companies=20&coupons=100&drafts=100&threads=$THREADS&warmup=0&seconds=$JIT_WARMUP_SECONDS" > /dev/null \
    || die "the warm-up request failed; see $DOMAIN_DIR/$DOMAIN_NAME/logs/server.log"

per_chamber=$((SPREAD_COMPANIES / SPREAD_CHAMBERS))
echo "(a) $SPREAD_COMPANIES companies in $SPREAD_CHAMBERS chambers, $THREADS threads, ${RUN_SECONDS}s after ${WARMUP_SECONDS}s warm-up..."
spread=$(measure "firstCode=5000&chambers=$SPREAD_CHAMBERS&companies=$per_chamber&coupons=200&drafts=200")
echo "    $spread"
echo "(a') $SPREAD_COMPANIES companies all in one chamber (one receipt-number counter)..."
one_chamber=$(measure "firstCode=8000&chambers=1&companies=$SPREAD_COMPANIES&coupons=200&drafts=200")
echo "    $one_chamber"
echo "(b) one company, $THREADS threads..."
hot=$(measure "firstCode=9000&chambers=1&companies=1&coupons=40000&drafts=40000")
echo "    $hot"

echo "(c) pgbench simple-update, $THREADS clients, ${RUN_SECONDS}s, same database..."
pgbench -i -q -s 32 "$DATABASE" > "$WORK/pgbench-init.log" 2>&1
pgbench -c "$THREADS" -j 2 -T "$WARMUP_SECONDS" -b simple-update "$DATABASE" > /dev/null 2>&1
pgbench_out=$(pgbench -c "$THREADS" -j 2 -T "$RUN_SECONDS" -b simple-update "$DATABASE" 2>&1)
pgbench_tps=$(grep -oE 'tps = [0-9.]+ \(without initial connection time\)' <<< "$pgbench_out" | grep -oE '[0-9.]+' | head -1)

# The ceiling of any implementation on this schema and machine: the use's own SQL sent by pgbench,
# no application server at all, (e) statement by statement as the application sends it and (f) as one
# statement. Each client submits drafts of (a) that are still drafts, its own, each one once; the rate
# counts the ledger entries written, so a client that ran out of drafts cannot inflate it.
echo "(e)/(f) the use's own SQL by pgbench, no application server, $THREADS clients, ${RUN_SECONDS}s each..."
last_spread_code=$(printf %04d $((5000 + SPREAD_CHAMBERS - 1)))
psql -d "$DATABASE" -qc "create table floor_draft as select row_number() over (order by a.id) n, a.id app
    from certificate_application a join chamber c on c.id = a.chamber_id
    where c.code between '5000' and '$last_spread_code' and a.status = 'DRAFT';
    alter table floor_draft add primary key (n); analyze floor_draft"
per_client=$(($(psql -d "$DATABASE" -Atc "select count(*) from floor_draft") / THREADS))
floor_rate() { # script, first draft of each client
    local before after
    before=$(psql -d "$DATABASE" -Atc "select count(*) from ledger_entry where actor_name = 'pgbench'")
    pgbench -n -M prepared -c "$THREADS" -j 2 -T "$RUN_SECONDS" -D k="$2" -D per_client="$per_client" \
        -f "$PROJECT_DIR/src/benchmark/pgbench/$1" "$DATABASE" > "$WORK/pgbench-$1.log" 2>&1 \
        || die "pgbench $1 failed: see $WORK/pgbench-$1.log"
    after=$(psql -d "$DATABASE" -Atc "select count(*) from ledger_entry where actor_name = 'pgbench'")
    awk -v n=$((after - before)) -v s="$RUN_SECONDS" 'BEGIN { printf "%.1f", n / s }'
}
statements_rate=$(floor_rate use-statements.sql 0)
one_statement_rate=$(floor_rate use-one-statement.sql $((per_client / 2)))

echo "(d) coupon history pages of 50 rows, one company with 100,000 rows..."
history=$(curl -sf -X POST "http://localhost:$HTTP_PORT/benchmark/history?code=9500&entries=100000&pages=200") \
    || die "the history benchmark failed"
echo "    $history"

invariants=$(curl -sf "http://localhost:$HTTP_PORT/benchmark/invariants") || die "the invariant check failed"

spread_rate=$(field "$spread" usesPerSecond)
one_chamber_rate=$(field "$one_chamber" usesPerSecond)
hot_rate=$(field "$hot" usesPerSecond)
cat <<EOF

== Coupon uses per second ($(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)) ==
(a)  spread over $SPREAD_COMPANIES companies, $SPREAD_CHAMBERS chambers: $spread_rate uses/s  (p50 $(field "$spread" latencyMillisP50) ms, p99 $(field "$spread" latencyMillisP99) ms, failed $(field "$spread" failed))
(a') $SPREAD_COMPANIES companies in one chamber:       $one_chamber_rate uses/s  (p50 $(field "$one_chamber" latencyMillisP50) ms, p99 $(field "$one_chamber" latencyMillisP99) ms, failed $(field "$one_chamber" failed))
(b)  all on one company:                 $hot_rate uses/s  (p50 $(field "$hot" latencyMillisP50) ms, p99 $(field "$hot" latencyMillisP99) ms, failed $(field "$hot" failed))
(c)  pgbench simple-update:              $pgbench_tps tps
(d)  history, 100,000 rows:              first page p50 $(field "$history" firstPageMillisP50) ms, p99 $(field "$history" firstPageMillisP99) ms; page at a random depth p50 $(field "$history" deepPageMillisP50) ms, p99 $(field "$history" deepPageMillisP99) ms
(e)  the use's SQL by pgbench, no application server, statement by statement: $statements_rate uses/s
(f)  the same as one statement (data-modifying CTEs):                          $one_statement_rate uses/s
(a) / (c) = $(awk -v a="$spread_rate" -v c="$pgbench_tps" 'BEGIN { printf "%.2f", a / c }')   (goal >= 0.5)
(e) / (c) = $(awk -v a="$statements_rate" -v c="$pgbench_tps" 'BEGIN { printf "%.2f", a / c }'),  (f) / (c) = $(awk -v a="$one_statement_rate" -v c="$pgbench_tps" 'BEGIN { printf "%.2f", a / c }')   (the ceiling of (a) / (c) on this schema and machine)
(b) / 400 = $(awk -v b="$hot_rate" 'BEGIN { printf "%.2f", b / 400 }')   (goal >= 1)
Invariant violations: $(field "$invariants" violations)   (goal 0)
EOF
