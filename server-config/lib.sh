# Shared by run.sh, stop.sh and test-server.sh (sourced, not run): how the application's Payara
# domain is made, provisioned from the command files in this folder, started, stopped and awaited.
#
# A domain is a fresh copy of the distribution's pristine domain1, provisioned once by running
# db-<profile>.asadmin and domain.asadmin against it. A stamp of those files and their values is kept
# in the domain; when anything changes, the domain is rebuilt from scratch. So provisioning is
# reproducible (always from the pristine domain) and idempotent (nothing to do when nothing changed).
# Data never lives in the domain: H2 files are in $COUPONS_DATA_DIR, PostgreSQL is outside.

CONFIG_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT_DIR=$(dirname "$CONFIG_DIR")
PAYARA_HOME=${PAYARA_HOME:-$PROJECT_DIR/ear/target/payara6}
DOMAIN_NAME=coupons
HTTP_PORT=8080
HTTPS_PORT=8181
ADMIN_PORT=4848

die() {
    echo "ERROR: $*" >&2
    exit 1
}

# The admin user's password is never Payara's empty default: provisioning sets one (COUPONS_ADMIN_PASSWORD, or a
# random one) and keeps it in the domain, readable by its owner only, in asadmin's password-file form. Every
# asadmin call here reads it: the domain's given to the function at hand, else $DOMAIN_DIR's.
admin_password_file() {
    echo "$1/$DOMAIN_NAME/admin-password.asadmin"
}

asadmin() {
    local file=${ADMIN_PASSWORD_FILE:-$(admin_password_file "${DOMAIN_DIR:-/nonexistent}")}
    if [ -f "$file" ]; then
        "$PAYARA_HOME/bin/asadmin" --interactive=false --user admin --passwordfile "$file" "$@"
    else
        "$PAYARA_HOME/bin/asadmin" --interactive=false "$@"
    fi
}

# set_admin_password DOMAIN_DIR: on the running, freshly copied domain, replaces the empty password.
set_admin_password() {
    local domain_dir=$1 file password change
    file=$(admin_password_file "$domain_dir")
    password=${COUPONS_ADMIN_PASSWORD:-$(od -An -tx1 -N18 /dev/urandom | tr -d ' \n')}
    [ -n "$password" ] || die "no admin password"
    change=$(mktemp)
    printf 'AS_ADMIN_PASSWORD=\nAS_ADMIN_NEWPASSWORD=%s\n' "$password" > "$change"
    (umask 077; printf 'AS_ADMIN_PASSWORD=%s\n' "$password" > "$file")
    if ! "$PAYARA_HOME/bin/asadmin" --interactive=false --user admin --passwordfile "$change" change-admin-password; then
        rm -f "$change" "$file"
        return 1
    fi
    rm -f "$change"
}

# The HTTPS listener's certificate: Payara's self-signed s1as in the demo and the tests; in production the
# chamber's own, from $COUPONS_TLS_KEYSTORE (see import_tls_key).
TLS_ALIAS=${COUPONS_TLS_ALIAS:-s1as}
# The domain keystore's password, Payara's master password, is never the pristine domain1's well-known "changeit",
# which would open the chamber's private key to anyone with a copy of the keystore: provisioning sets a random one.
# Payara saves it in the domain (config/master-password), so that the server starts unattended; a copy for keytool
# is kept beside the admin password, readable by its owner only.
master_password_file() {
    echo "$1/$DOMAIN_NAME/master-password.txt"
}

# set_master_password DOMAIN_DIR: on the stopped, freshly copied domain, replaces "changeit".
set_master_password() {
    local domain_dir=$1 password change
    password=$(od -An -tx1 -N18 /dev/urandom | tr -d ' \n')
    change=$(mktemp)
    printf 'AS_ADMIN_MASTERPASSWORD=changeit\nAS_ADMIN_NEWMASTERPASSWORD=%s\n' "$password" > "$change"
    if ! "$PAYARA_HOME/bin/asadmin" --interactive=false --passwordfile "$change" change-master-password \
            --domaindir "$domain_dir" --savemasterpassword=true "$DOMAIN_NAME"; then
        rm -f "$change"
        return 1
    fi
    rm -f "$change"
    (umask 077; printf '%s\n' "$password" > "$(master_password_file "$domain_dir")")
}

# import_tls_key DOMAIN_DIR: puts the one key of $COUPONS_TLS_KEYSTORE (a PKCS#12 file with the certificate
# chain and its private key; password in $COUPONS_TLS_KEYSTORE_PASSWORD, read by keytool from the environment,
# never from the command line) into the domain's keystore as $TLS_ALIAS, replacing the one there. Run at
# every start, so that a renewed certificate needs only a restart.
import_tls_key() {
    local keystore=$1/$DOMAIN_NAME/config/keystore.p12 listing keys master
    master=$(cat "$(master_password_file "$1")") || die "no master password in the domain at $1"
    [ -f "${COUPONS_TLS_KEYSTORE:-}" ] && [ -r "$COUPONS_TLS_KEYSTORE" ] \
        || die "COUPONS_TLS_KEYSTORE: no readable file at '${COUPONS_TLS_KEYSTORE:-}'"
    listing=$(keytool -list -keystore "$COUPONS_TLS_KEYSTORE" -storetype PKCS12 \
            -storepass:env COUPONS_TLS_KEYSTORE_PASSWORD 2>&1) \
        || die "COUPONS_TLS_KEYSTORE: not a PKCS#12 keystore that COUPONS_TLS_KEYSTORE_PASSWORD opens (${listing##*: })"
    keys=$(printf '%s\n' "$listing" | awk -F, '/PrivateKeyEntry/ {print $1}')
    [ "$(printf '%s' "$keys" | grep -c .)" = 1 ] \
        || die "COUPONS_TLS_KEYSTORE must hold exactly one key with its certificate (it holds $(printf '%s' "$keys" | grep -c .))"
    MASTER=$master keytool -delete -alias "$TLS_ALIAS" -keystore "$keystore" -storetype PKCS12 -storepass:env MASTER \
        > /dev/null 2>&1 || true
    listing=$(MASTER=$master keytool -importkeystore -noprompt -srckeystore "$COUPONS_TLS_KEYSTORE" -srcstoretype PKCS12 \
            -srcstorepass:env COUPONS_TLS_KEYSTORE_PASSWORD -srcalias "$keys" \
            -destkeystore "$keystore" -deststoretype PKCS12 -deststorepass:env MASTER \
            -destalias "$TLS_ALIAS" -destkeypass:env MASTER 2>&1) \
        || die "the key of COUPONS_TLS_KEYSTORE could not be imported into $keystore: $listing"
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Values that the command files' @NAME@ placeholders take. The database settings are not here: the
# server reads them from its environment (${ENV=...}), so changing them needs no new domain.
provision_values() {
    cat <<EOF
HEAP=${COUPONS_HEAP:-1536m}
DEMO_DATA=${COUPONS_DEMO_DATA:-false}
CLOCK_ADJUSTABLE=${COUPONS_CLOCK_ADJUSTABLE:-false}
BANK_INBOX=${COUPONS_BANK_INBOX:-$PROJECT_DIR/.run/bank-inbox}
BANK_FILES=${COUPONS_BANK_FILES:-$PROJECT_DIR/.run/data/bank-files}
SMTP_HOST=${COUPONS_SMTP_HOST:-127.0.0.1}
SMTP_PORT=${COUPONS_SMTP_PORT:-25}
MAIL_USER=${COUPONS_MAIL_USER:-coupons}
MAIL_FROM=${COUPONS_MAIL_FROM:-coupons@localhost}
SMTP_STARTTLS=${COUPONS_SMTP_STARTTLS:-false}
SMTP_AUTH=$([ -n "${COUPONS_SMTP_PASSWORD:-}" ] && echo true || echo false)
TLS_ALIAS=$TLS_ALIAS
EOF
}

# The commands for a profile, placeholders filled in.
render_commands() {
    local profile=$1 script line name value
    script=$(cat "$CONFIG_DIR/db-$profile.asadmin" "$CONFIG_DIR/domain.asadmin")
    while IFS='=' read -r name value; do
        script=${script//@$name@/$value}
    done < <(provision_values)
    printf '%s\n' "$script"
}

# provision_domain DOMAIN_DIR PROFILE: makes sure DOMAIN_DIR/coupons is provisioned for PROFILE.
provision_domain() {
    local domain_dir=$1 profile=$2 stamp commands
    [ -f "$CONFIG_DIR/db-$profile.asadmin" ] || die "unknown database profile '$profile' (embedded or postgres)"
    case ${COUPONS_SMTP_STARTTLS:-false} in
        true|false) ;;
        *) die "COUPONS_SMTP_STARTTLS must be true or false, not '$COUPONS_SMTP_STARTTLS'" ;;
    esac
    [ -x "$PAYARA_HOME/bin/asadmin" ] || die "no Payara at $PAYARA_HOME: build first (./mvnw -DskipTests package)"
    stamp=$( { render_commands "$profile"; cat "$PAYARA_HOME/glassfish/config/branding/glassfish-version.properties" 2>/dev/null; } | sha256sum | cut -c1-16)
    # a domain made before its admin user and its keystore had their own passwords is made again too
    if [ "$(cat "$domain_dir/$DOMAIN_NAME/provisioned" 2>/dev/null)" = "$stamp" ] \
            && [ -f "$(admin_password_file "$domain_dir")" ] && [ -f "$(master_password_file "$domain_dir")" ]; then
        return 0
    fi
    echo "Provisioning a fresh Payara domain in $domain_dir ($profile database)..."
    rm -rf "${domain_dir:?}/$DOMAIN_NAME"
    mkdir -p "$domain_dir"
    cp -a "$PAYARA_HOME/glassfish/domains/domain1" "$domain_dir/$DOMAIN_NAME"
    set_master_password "$domain_dir" > "$domain_dir/provision.log" 2>&1 \
        || { cat "$domain_dir/provision.log" >&2; die "the master password could not be set (see above)"; }
    if [ "$TLS_ALIAS" != s1as ]; then
        import_tls_key "$domain_dir"
    fi
    commands="$domain_dir/$DOMAIN_NAME/provision.asadmin"
    render_commands "$profile" > "$commands"
    ADMIN_PASSWORD_FILE=$(admin_password_file "$domain_dir")
    asadmin start-domain --domaindir "$domain_dir" "$DOMAIN_NAME" >> "$domain_dir/provision.log" 2>&1 \
        || { cat "$domain_dir/provision.log" >&2; die "Payara did not start for provisioning"; }
    if ! set_admin_password "$domain_dir" >> "$domain_dir/provision.log" 2>&1; then
        cat "$domain_dir/provision.log" >&2
        asadmin stop-domain --domaindir "$domain_dir" "$DOMAIN_NAME" > /dev/null 2>&1
        die "the admin password could not be set (see above)"
    fi
    if ! asadmin multimode --file "$commands" >> "$domain_dir/provision.log" 2>&1; then
        cat "$domain_dir/provision.log" >&2
        asadmin stop-domain --domaindir "$domain_dir" "$DOMAIN_NAME" > /dev/null 2>&1
        die "provisioning commands failed (see above)"
    fi
    asadmin stop-domain --domaindir "$domain_dir" "$DOMAIN_NAME" >> "$domain_dir/provision.log" 2>&1
    echo "$stamp" > "$domain_dir/$DOMAIN_NAME/provisioned"
}

start_domain() {
    local domain_dir=$1
    ADMIN_PASSWORD_FILE=$(admin_password_file "$domain_dir")
    asadmin start-domain --domaindir "$domain_dir" "$DOMAIN_NAME" > "$domain_dir/start.log" 2>&1 \
        || { cat "$domain_dir/start.log" >&2; die "Payara did not start"; }
}

# stop_domain DOMAIN_DIR: stops the server and makes sure no process of it is left.
stop_domain() {
    local domain_dir=$1 pid_file pid
    ADMIN_PASSWORD_FILE=$(admin_password_file "$domain_dir")
    pid_file="$domain_dir/$DOMAIN_NAME/config/pid"
    pid=$(cat "$pid_file" 2>/dev/null)
    asadmin stop-domain --domaindir "$domain_dir" "$DOMAIN_NAME" > /dev/null 2>&1
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        for _ in $(seq 1 30); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -9 "$pid" 2>/dev/null
    fi
    return 0
}

server_pid() {
    cat "$1/$DOMAIN_NAME/config/pid" 2>/dev/null
}

# wait_ready DOMAIN_DIR TIMEOUT_SECONDS: polls readiness until the application's own database check
# is UP; gives up early if the server process dies.
wait_ready() {
    local domain_dir=$1 timeout=$2 deadline body pid
    deadline=$((SECONDS + timeout))
    pid=$(server_pid "$domain_dir")
    while [ $SECONDS -lt $deadline ]; do
        body=$(curl -s --max-time 5 "http://localhost:$HTTP_PORT/health/ready" || true)
        if is_ready "$body"; then
            return 0
        fi
        if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
            echo "The server process has stopped." >&2
            return 1
        fi
        sleep 1
    done
    echo "Last readiness answer: ${body:-none}" >&2
    return 1
}

# is_ready JSON: true when MicroProfile Health says UP and our database check is among the checks
# (an empty UP answer only means that no application has registered a check yet).
is_ready() {
    local compact=${1//[[:space:]]/}
    [[ $compact == '{"status":"UP"'* && $compact == *'"name":"database","status":"UP"'* ]]
}

deployed_applications() {
    # lines of the form "name  <ear, ejb, web>"; anything else is a message
    asadmin list-applications --terse 2>/dev/null | awk '$2 ~ /^</ {print $1}' || true
}

# deploy_ear DOMAIN_DIR EAR: (re)deploys the application. A deployment left by a server that was not
# stopped cleanly loads again at start; redeploying while it loads can break both, so wait for it.
deploy_ear() {
    local domain_dir=$1 ear=$2
    [ -f "$ear" ] || die "no EAR at $ear: build first"
    if deployed_applications | grep -qx "$DOMAIN_NAME"; then
        echo "Waiting for the previous deployment to finish loading before replacing it..."
        wait_ready "$domain_dir" 120 || true
    fi
    asadmin deploy --force=true --name "$DOMAIN_NAME" "$ear"
}

# deploy_card_sandbox: the card provider's sandbox (src/card-sandbox), beside the application at
# /card-sandbox, where the application's default provider URL points. Never in production.
deploy_card_sandbox() {
    local war=$PROJECT_DIR/src/card-sandbox/target/card-sandbox.war
    [ -f "$war" ] || die "no card sandbox at $war: build first"
    asadmin deploy --force=true --name card-sandbox --contextroot /card-sandbox "$war" > /dev/null
}

# undeploy_all: leaves the domain without applications, so that the next start deploys afresh.
undeploy_all() {
    local app
    for app in $(deployed_applications); do
        asadmin undeploy "$app" > /dev/null 2>&1 || echo "Could not undeploy $app" >&2
    done
}
