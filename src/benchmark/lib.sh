# Shared by run.sh (the benchmarks) and drill.sh (the failure drills), sourced, not run: the
# application built with the benchmark module (its levers at /benchmark), in a Payara domain of its own
# on a PostgreSQL database created for the run and dropped afterwards (KEEP_DATABASE=1 keeps it).
# Set WORK (a folder of its own) before sourcing.
source "$(dirname "${BASH_SOURCE[0]}")/../../server-config/lib.sh"

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DOMAIN_DIR=$WORK/domains
# the run's own bank inbox and file store, never the demo's
export COUPONS_BANK_INBOX=$WORK/bank-inbox COUPONS_BANK_FILES=$WORK/bank-files
DATABASE="coupons_bench_$(date +%Y%m%d%H%M%S)_$$"

psql -d postgres -Atqc 'select 1' > /dev/null || die "PostgreSQL is not reachable at $PGHOST:$PGPORT as $PGUSER"
for port in $HTTP_PORT $ADMIN_PORT; do
    port_in_use "$port" && die "port $port is in use: stop the application (server-config/stop.sh) first"
done
mkdir -p "$WORK"

cleanup() {
    set +e
    stop_domain "$DOMAIN_DIR" 2> /dev/null
    [ -n "${KEEP_DATABASE:-}" ] || psql -d postgres -qc "drop database if exists $DATABASE with (force)" 2> /dev/null
}
trap cleanup EXIT

# start_benchmark_server: builds the application and the benchmark module, makes the EAR with the
# benchmark web module added at /benchmark, creates the database and starts the server on it.
start_benchmark_server() {
    echo "Building the application and the benchmark module..."
    (cd "$PROJECT_DIR" && ./mvnw -q -B -Pbenchmark -DskipTests package) || die "the build failed"
    rm -rf "$WORK/ear" && mkdir -p "$WORK/ear"
    (cd "$WORK/ear" && jar xf "$PROJECT_DIR/ear/target/coupons.ear")
    cp "$PROJECT_DIR/src/benchmark/target/benchmark.war" "$WORK/ear/benchmark.war"
    sed -i 's|<library-directory>|<module><web><web-uri>benchmark.war</web-uri><context-root>/benchmark</context-root></web></module><library-directory>|' \
        "$WORK/ear/META-INF/application.xml"
    rm -f "$WORK/coupons-benchmark.ear" && jar cfM "$WORK/coupons-benchmark.ear" -C "$WORK/ear" .

    psql -d postgres -qc "create database $DATABASE"
    export COUPONS_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DATABASE" COUPONS_DB_USER=$PGUSER
    export COUPONS_DB_PASSWORD=${PGPASSWORD:-} COUPONS_DEMO_DATA=false
    provision_domain "$DOMAIN_DIR" postgres
    start_domain "$DOMAIN_DIR"
    echo "Deploying..."
    deploy_ear "$DOMAIN_DIR" "$WORK/coupons-benchmark.ear" > "$WORK/deploy.log" 2>&1 || { cat "$WORK/deploy.log"; die "deploy failed"; }
    wait_ready "$DOMAIN_DIR" 120 || die "the application did not become ready"
}
