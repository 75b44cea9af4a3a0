#!/usr/bin/env bash
# The bank's sandbox: writes the deposit file the bank would send for a chamber's awaited transfers
# into the bank inbox. Options: see src/bank-sandbox/src/main/java/jp/tradecert/sandbox/bank/BankSandbox.java
# and the README (Bank sandbox). Needs the application running (server-config/run.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -pl src/bank-sandbox -am install -DskipTests > /dev/null
exec ./mvnw -q -pl src/bank-sandbox exec:java -Dexec.args="$*"
