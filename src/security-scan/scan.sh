#!/usr/bin/env bash
# The web vulnerability scan (issue 16; run by .ci/run on a built EAR): a demo server of its own, then
#   1. wapiti (Debian's package) crawling and attacking every page it can reach, signed in as an
#      applicant, signed in as chamber staff, and without signing in (the sign-in and verification pages,
#      the API with staff credentials);
#   2. sqlmap on the forms and parameters that reach the database: the sign-in form, the certificate
#      verification, the staff's company search and the API.
# The scan fails on any high or medium finding of either tool; the low ones left are listed and each is
# explained in SECURITY.md. Reports are kept in ear/target/security-scan/reports.
#
#   src/security-scan/scan.sh [SECONDS_PER_PASS]   (default 100; each wapiti pass stops after that long)
set -euo pipefail
source "$(dirname "$0")/../../server-config/lib.sh"

PASS_SECONDS=${1:-100}
SCAN_DIR=$PROJECT_DIR/ear/target/security-scan
REPORTS=$SCAN_DIR/reports
# over the TLS listener, as production is reached (the demo domain's self-signed certificate: not verified)
BASE=https://127.0.0.1:$HTTPS_PORT

missing=()
command -v wapiti > /dev/null || missing+=(wapiti)
command -v sqlmap > /dev/null || missing+=(sqlmap)
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > /dev/null
fi

for port in $HTTP_PORT $ADMIN_PORT; do
    port_in_use "$port" && die "port $port is in use: stop the running application first (server-config/stop.sh)"
done
rm -rf "$SCAN_DIR/data" "$REPORTS"
mkdir -p "$SCAN_DIR/data/bank-files" "$SCAN_DIR/bank-inbox" "$REPORTS"
export COUPONS_DEMO_DATA=true COUPONS_SCHEDULE_ENABLED=false
export COUPONS_DATA_DIR=$SCAN_DIR/data COUPONS_BANK_INBOX=$SCAN_DIR/bank-inbox COUPONS_BANK_FILES=$SCAN_DIR/data/bank-files
DOMAIN_DIR=$SCAN_DIR/domain
trap 'stop_domain "$DOMAIN_DIR"' EXIT
provision_domain "$DOMAIN_DIR" embedded
start_domain "$DOMAIN_DIR"
deploy_card_sandbox
deploy_ear "$DOMAIN_DIR" "$PROJECT_DIR/ear/target/coupons.ear" > "$SCAN_DIR/deploy.log" 2>&1 \
    || { cat "$SCAN_DIR/deploy.log" >&2; die "deployment failed"; }
wait_ready "$DOMAIN_DIR" 180 || die "the application did not become ready"

# sign_in CHAMBER LOGIN: signs in through the sign-in form as a browser does; prints the session id.
sign_in() {
    local jar page state location
    jar=$(mktemp)
    page=$(curl -sk -c "$jar" -b "$jar" "$BASE/login.xhtml")
    state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<< "$page" | head -1 | sed 's/.*value="//;s/"$//')
    location=$(curl -sk -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
        --data-urlencode login=login --data-urlencode "chamber-code=$1" --data-urlencode "user-id=$2" \
        --data-urlencode password=demo1234 --data-urlencode sign-in= --data-urlencode "jakarta.faces.ViewState=$state" \
        "$BASE/login.xhtml")
    [[ $location != *login.xhtml* && -n $location ]] || die "could not sign in as $1/$2 (sent to '$location')"
    awk '$6 == "JSESSIONID" {print $7}' "$jar"
    rm -f "$jar"
}

# wapiti_pass NAME [OPTIONS...]: one crawl and attack of the site; its JSON report is REPORTS/NAME.json.
wapiti_pass() {
    local name=$1
    shift
    echo "-- wapiti, $name (at most $PASS_SECONDS s)"
    wapiti -u "$BASE/" --scope folder --flush-session --store-session "$SCAN_DIR/wapiti-session" \
        --max-scan-time "$PASS_SECONDS" --max-attack-time $((PASS_SECONDS / 3)) --no-bugreport -v 1 \
        -f json -o "$REPORTS/$name.json" "$@" > "$REPORTS/$name.log" 2>&1 \
        || { tail -20 "$REPORTS/$name.log"; die "wapiti failed ($name)"; }
}

# cookie_file SESSION_ID: the session as wapiti's JSON cookie file.
cookie_file() {
    local file=$SCAN_DIR/cookie-$1.json
    printf '{"127.0.0.1": {"/": {"JSESSIONID": {"value": "%s", "expires": null, "secure": true, "port": null, "version": 0}}}}\n' \
        "$1" > "$file"
    echo "$file"
}

applicant=$(sign_in 2701 kakogawa-user)
wapiti_pass applicant -c "$(cookie_file "$applicant")" -s "$BASE/home.xhtml" -s "$BASE/applications/list.xhtml" \
    -s "$BASE/coupons/history.xhtml"
staff=$(sign_in 2701 osaka-staff)
wapiti_pass staff -c "$(cookie_file "$staff")" -s "$BASE/staff/dashboard.xhtml" -s "$BASE/staff/companies.xhtml" \
    -s "$BASE/staff/orders.xhtml" -s "$BASE/staff/audit.xhtml"
wapiti_pass anonymous -s "$BASE/login.xhtml" -s "$BASE/verify.xhtml?number=CO-2701-000001&code=ABCD" \
    -a '2701/osaka-staff%demo1234' --auth-type basic -s "$BASE/api/admin/awaited-transfers" \
    -s "$BASE/api/admin/jobs/executions/1"

# sqlmap_target NAME [OPTIONS...]: one target, without questions; found injections land in its log file.
sqlmap_target() {
    local name=$1
    shift
    echo "-- sqlmap, $name"
    sqlmap --batch --disable-coloring --level 2 --risk 1 --technique BEU --threads 4 \
        --output-dir "$SCAN_DIR/sqlmap" "$@" > "$REPORTS/sqlmap-$name.log" 2>&1 || true
    if grep -q -E 'identified the following injection point|is vulnerable' "$REPORTS/sqlmap-$name.log"; then
        grep -A8 'identified the following injection point' "$REPORTS/sqlmap-$name.log"
        echo "sqlmap found an injection ($name)" >> "$REPORTS/sqlmap-findings.txt"
    fi
}
rm -rf "$SCAN_DIR/sqlmap"
sqlmap_target sign-in -u "$BASE/login.xhtml" --forms
sqlmap_target verify -u "$BASE/verify.xhtml?number=CO-2701-000001&code=ABCD"
staff=$(sign_in 2701 osaka-staff)
sqlmap_target companies -u "$BASE/staff/companies.xhtml" --forms --cookie "JSESSIONID=$staff"
sqlmap_target api-upload -u "$BASE/api/admin/deposit-files?name=camt.053.xml" --method POST \
    --data '<Document/>' -p name --headers 'Content-Type: application/xml' \
    --auth-type Basic --auth-cred '2701/osaka-staff:demo1234'
sqlmap_target api-execution -u "$BASE/api/admin/jobs/executions/1*" --ignore-code 404 --auth-type Basic --auth-cred '2701/osaka-staff:demo1234'

python3 "$(dirname "$0")/summary.py" "$REPORTS" "$SCAN_DIR/scan-summary.txt"
