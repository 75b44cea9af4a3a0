#!/usr/bin/env bash
# The production mode's drill (run by .ci/run on a built EAR, with PostgreSQL at 127.0.0.1:5432):
# 1. no certificate of the chamber's own for the HTTPS listener: the start is refused, naming the setting;
# 2. a card provider URL pointing at the sandbox: the server refuses to start, naming the setting;
# 3. the database connection of a superuser (who gets around the ledger's triggers): refused too;
# 4. a setup file with a mistake is refused, naming the entry, and writes nothing;
# 5. set up as for real (a made-up https provider): no card sandbox (its inquiry URL is 404) and no
#    demo logins (the demo staff's password gets 401); the HTTPS listener serves the chamber's certificate,
#    from a keystore that Payara's default master password does not open;
#    the schema belongs to a role of its own, and the application's role can neither change the ledger's
#    history nor get around its triggers.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

database=coupons_production_drill_$$
# the schema's owner, who runs the migrations, and the application's own role (no superuser: production
# mode refuses one), which is granted rows but not the ledger's history
owner=coupons_drill_owner_$$
role=coupons_drill_$$
psql -h 127.0.0.1 -U postgres -d postgres -qc "create role $owner login password 'owner'"
psql -h 127.0.0.1 -U postgres -d postgres -qc "create role $role login password 'drill'"
psql -h 127.0.0.1 -U postgres -d postgres -qc "create database $database owner $owner"
export COUPONS_DOMAIN_DIR=$PROJECT_DIR/ear/target/production-drill
export COUPONS_DB_URL=jdbc:postgresql://127.0.0.1:5432/$database COUPONS_DB_USER=$role COUPONS_DB_PASSWORD=drill
export COUPONS_DB_OWNER=$owner COUPONS_DB_OWNER_PASSWORD=owner
export COUPONS_SMTP_HOST=127.0.0.1 COUPONS_MAIL_FROM=coupons@example.or.jp
export COUPONS_CARD_CONTRACT_CODE=12345678 COUPONS_PUBLIC_URL=https://coupons.example.or.jp
export COUPONS_BANK_INBOX=$COUPONS_DOMAIN_DIR/inbox COUPONS_BANK_FILES=$COUPONS_DOMAIN_DIR/files
# the chamber's own certificate for the HTTPS listener (here a self-signed one made for the drill)
mkdir -p "$COUPONS_DOMAIN_DIR"
export COUPONS_TLS_KEYSTORE=$COUPONS_DOMAIN_DIR/chamber-tls.p12 COUPONS_TLS_KEYSTORE_PASSWORD=drill-keystore-$$
rm -f "$COUPONS_TLS_KEYSTORE"
keytool -genkeypair -alias chamber -keyalg RSA -keysize 2048 -validity 30 -dname "CN=coupons.example.or.jp, O=Drill Chamber" \
    -ext san=dns:coupons.example.or.jp -keystore "$COUPONS_TLS_KEYSTORE" -storetype PKCS12 \
    -storepass:env COUPONS_TLS_KEYSTORE_PASSWORD > /dev/null 2>&1
cleanup() {
    stop_domain "$COUPONS_DOMAIN_DIR" 2>/dev/null || true
    psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $database with (force)" || true
    psql -h 127.0.0.1 -U postgres -d postgres -qc "drop role if exists $owner" || true
    psql -h 127.0.0.1 -U postgres -d postgres -qc "drop role if exists $role" || true
}
trap cleanup EXIT

echo "-- no certificate of the chamber's own: refused, naming the setting"
if output=$(COUPONS_TLS_KEYSTORE= COUPONS_CARD_PROVIDER_URL=https://provider.example.invalid/cgi-bin/ \
        "$CONFIG_DIR/run-production.sh" --detach 2>&1); then
    echo "$output"; die "production mode started without a certificate"
fi
echo "$output" | tail -1
echo "$output" | grep -q "COUPONS_TLS_KEYSTORE" || die "the refusal does not name COUPONS_TLS_KEYSTORE"

echo "-- a sandbox card provider is refused"
if output=$(COUPONS_CARD_PROVIDER_URL=http://localhost:8080/card-sandbox "$CONFIG_DIR/run-production.sh" --detach 2>&1); then
    echo "$output"; die "production mode started with the card sandbox"
fi
echo "$output" | tail -1
echo "$output" | grep -q "coupons.card.provider-url" || die "the refusal does not name coupons.card.provider-url"

echo "-- a superuser's connection is refused"
if output=$(COUPONS_DB_USER=postgres COUPONS_CARD_PROVIDER_URL=https://provider.example.invalid/cgi-bin/ \
        "$CONFIG_DIR/run-production.sh" --detach 2>&1); then
    echo "$output"; die "production mode started on a superuser's connection"
fi
echo "$output" | grep -q "connects as a superuser" || { echo "$output" | tail -5; die "the refusal does not name the superuser"; }

# the chambers a real installation serves, with their first staff IDs (README, "Setting up the chambers")
setup_file() {
    cat > "$1" <<JSON
{"chambers": [{"code": "2701", "nameJa": "大阪商工会議所", "nameEn": "Osaka Chamber of Commerce and Industry",
  "accounts": {"bankCode": "0310", "bankName": "GMOあおぞらネット銀行", "branchCode": "101", "branchName": "法人営業部",
               "holder": "GMO-EP*ｵｵｻｶｼﾖｳｺｳｶｲｷﾞｼﾖ", "first": 2701000, "last": 2701099},
  "staff": [{"loginId": "drill-sato", "name": "佐藤 花子", "rank": "SUPERVISOR"},
            {"loginId": "drill-tanaka", "name": "田中 一郎", "rank": "$2"}]}]}
JSON
}
export COUPONS_SETUP_FILE=$COUPONS_DOMAIN_DIR/setup/chambers.json
rm -rf "$(dirname "$COUPONS_SETUP_FILE")"
mkdir -p "$(dirname "$COUPONS_SETUP_FILE")"

echo "-- a setup file with a mistake is refused, naming the entry and the field, and writes nothing"
setup_file "$COUPONS_SETUP_FILE" CLARK
if output=$(COUPONS_CARD_PROVIDER_URL=https://provider.example.invalid/cgi-bin/ \
        "$CONFIG_DIR/run-production.sh" --detach 2>&1); then
    echo "$output"; die "production mode started with a wrong setup file"
fi
echo "$output" | tail -1
echo "$output" | grep -q 'chambers\[0\]\.staff\[1\]\.rank' || die "the refusal does not name the entry and field"
made=$(psql -h 127.0.0.1 -U postgres -d "$database" -qAtc "select count(*) from chamber")
[ "$made" = 0 ] || die "a refused setup file wrote $made chambers"

echo "-- set up as for real: no sandbox, no demo logins, the chamber and its first staff from the setup file"
setup_file "$COUPONS_SETUP_FILE" CLERK
COUPONS_CARD_PROVIDER_URL=https://provider.example.invalid/cgi-bin/ "$CONFIG_DIR/run-production.sh" --detach
passwords=$(ls "$(dirname "$COUPONS_SETUP_FILE")"/initial-passwords-*.txt)
[ "$(echo "$passwords" | wc -l)" = 1 ] || die "expected one file of initial passwords: $passwords"
[ "$(stat -c %a "$passwords")" = 600 ] || die "the initial passwords are readable by others: $(stat -c %a "$passwords")"
initial=$(awk -F'\t' '$2 == "drill-sato" { print $5 }' "$passwords")
[ ${#initial} = 14 ] || die "no initial password for drill-sato in $passwords"
staff_rows=$(psql -h 127.0.0.1 -U postgres -d "$database" -qAtc "select string_agg(login_id || ':' || staff_rank
    || ':' || must_change_password, ' ' order by login_id) from user_account")
echo "staff IDs made: $staff_rows; their initial passwords in $(basename "$passwords") (mode 600)"
[ "$staff_rows" = "drill-sato:SUPERVISOR:true drill-tanaka:CLERK:true" ] || die "not the setup file's staff: $staff_rows"
api=$(curl -s -o /dev/null -w '%{http_code}' -u "2701/drill-sato:$initial" \
    "http://localhost:$HTTP_PORT/api/admin/awaited-transfers")
[ "$api" = 401 ] || die "an initial password not yet changed opens the API ($api)"
echo "an initial password not yet changed opens no API: $api"
sandbox=$(curl -s -o /dev/null -w '%{http_code}' -d 'contract_code=66666666&order_number=1' \
    "http://localhost:$HTTP_PORT/card-sandbox/cgi-bin/getsales2.cgi")
staff=$(curl -s -o /dev/null -w '%{http_code}' -u 2701/osaka-staff:demo1234 \
    "http://localhost:$HTTP_PORT/api/admin/jobs/executions/1")
echo "card sandbox inquiry: $sandbox; demo staff login: $staff"
if [ "$sandbox" != 404 ]; then
    curl -s -i -d 'contract_code=66666666&order_number=1' "http://localhost:$HTTP_PORT/card-sandbox/cgi-bin/getsales2.cgi" | head -20
    die "the card sandbox answers in production mode ($sandbox)"
fi
[ "$staff" = 401 ] || die "the demo staff login is not refused in production mode ($staff)"

echo "-- the HTTPS listener serves the chamber's certificate"
subject=$(openssl s_client -connect "127.0.0.1:$HTTPS_PORT" -servername coupons.example.or.jp < /dev/null 2>/dev/null \
    | openssl x509 -noout -subject 2>/dev/null || true)
echo "certificate on $HTTPS_PORT: ${subject:-none}"
echo "$subject" | grep -q "CN *= *coupons.example.or.jp" || die "the HTTPS listener does not serve COUPONS_TLS_KEYSTORE's certificate"
hsts=$(curl -sk -D - -o /dev/null "https://127.0.0.1:$HTTPS_PORT/" | tr -d '\r' | grep -i '^strict-transport-security:' || true)
[ -n "$hsts" ] || die "no HSTS over HTTPS in production mode"
echo "$hsts"
keystore=$COUPONS_DOMAIN_DIR/$DOMAIN_NAME/config/keystore.p12
if keytool -list -keystore "$keystore" -storetype PKCS12 -storepass changeit > /dev/null 2>&1; then
    die "the domain's keystore, which holds the chamber's private key, opens with Payara's default password"
fi
MASTER=$(cat "$(master_password_file "$COUPONS_DOMAIN_DIR")") keytool -list -keystore "$keystore" -storetype PKCS12 \
    -storepass:env MASTER > /dev/null || die "the domain's keystore does not open with its own master password"
echo "the domain's keystore opens with its own master password, not with Payara's default"

echo "-- the application's role cannot change the ledger's history, nor drop what keeps it"
for statement in "update ledger_entry set note = note" "delete from lot_movement" \
        "alter table ledger_entry disable trigger user" "drop trigger if exists ledger_entry_insert_only on ledger_entry"; do
    if answer=$(psql -h 127.0.0.1 -U "$role" -d "$database" -v ON_ERROR_STOP=1 -qc "$statement" 2>&1); then
        die "the application's role may: $statement"
    fi
    echo "refused: $statement (${answer##*ERROR:  })"
done
psql -h 127.0.0.1 -U "$role" -d "$database" -v ON_ERROR_STOP=1 -qAtc "select count(*) from ledger_entry" > /dev/null \
    || die "the application's role cannot read the ledger"

echo "-- started again with a table of the application's own (as the batch runtime makes in its first run)"
psql -h 127.0.0.1 -U "$role" -d "$database" -v ON_ERROR_STOP=1 -qc "create table drill_own_table (id integer)"
stop_domain "$COUPONS_DOMAIN_DIR"
COUPONS_CARD_PROVIDER_URL=https://provider.example.invalid/cgi-bin/ "$CONFIG_DIR/run-production.sh" --detach \
    || die "production mode did not start again"
[ "$(ls "$(dirname "$COUPONS_SETUP_FILE")"/initial-passwords-*.txt | wc -l)" = 1 ] \
    || die "the same setup file made IDs again"
grep -q "lists nothing new" "$COUPONS_DOMAIN_DIR/$DOMAIN_NAME/logs/server.log" \
    || die "the second start did not find the setup file applied"
echo "started again: the setup file lists nothing new"
echo "Production drill passed."
