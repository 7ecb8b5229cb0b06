#!/usr/bin/env bash
# Import benchmark (docs/benchmarks.md, "Import of 16,000 rows"): writes N synthetic organisations as a CSV file,
# starts Brücke on a fresh embedded PostgreSQL with the demo data, and runs the Gatling simulation ImportSimulation:
# one coordinator uploads the file, keeps the guessed column mapping, looks at the preview, starts the import and
# follows the progress page until it is over. Prints the Gatling group times, the wall time from start to done and
# the counts (imported, updated, rejected). Stops the app at the end.
# Usage: bench/import.sh [N]     e.g. bench/import.sh 16000
# Needs curl; run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-16000}
PORT=${BENCH_PORT:-18091}
DB_PORT=${BENCH_DB_PORT:-15491}
WORK=$(mktemp -d /tmp/bruecke-import.XXXXXX)
BASE="http://localhost:$PORT"
CSV="$WORK/organisations-$N.csv"

echo "building (app jar and Gatling simulation) ..."
./mvnw -q -B -ntp -Dmaven.test.skip=true package
./mvnw -q -B -ntp -Pbench -DskipTests test-compile
./mvnw -q -B -ntp -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath"
JAR=$(ls target/bruecke-*.jar | grep -v original | head -1)

echo "writing $N synthetic organisations to $CSV ..."
java -jar "$JAR" --server.port=0 \
  --bruecke.embedded-database.directory="$WORK/postgres-csv" --bruecke.embedded-database.port="$DB_PORT" \
  --generate-organisations="$N" --generate-organisations-csv="$CSV" >"$WORK/csv.log" 2>&1 &
WRITER=$!
until grep -q "Synthetic organisations: wrote" "$WORK/csv.log"; do
  if ! kill -0 "$WRITER" 2>/dev/null; then
    tail -40 "$WORK/csv.log"
    exit 1
  fi
  sleep 1
done
kill "$WRITER" 2>/dev/null || true
wait "$WRITER" 2>/dev/null || true
rm -rf "$WORK/postgres-csv"
grep -o "Synthetic organisations: wrote.*" "$WORK/csv.log"

java -jar "$JAR" --server.port="$PORT" --bruecke.demo=on \
  --bruecke.embedded-database.directory="$WORK/postgres" --bruecke.embedded-database.port="$DB_PORT" \
  >"$WORK/app.log" 2>&1 &
APP=$!

stop_app() {
  if kill -0 "$APP" 2>/dev/null; then
    kill "$APP"
    for _ in $(seq 1 120); do kill -0 "$APP" 2>/dev/null || break; sleep 0.5; done
  fi
}
trap stop_app EXIT

echo "starting Brücke with the demo data (data in $WORK) ..."
until curl -sf -o /dev/null "$BASE/login"; do
  if ! kill -0 "$APP" 2>/dev/null; then
    tail -40 "$WORK/app.log"
    exit 1
  fi
  sleep 1
done

echo "importing (load average $(cut -d' ' -f1-3 /proc/loadavg)) ..."
java --add-opens=java.base/java.lang=ALL-UNNAMED -XX:+HeapDumpOnOutOfMemoryError \
  -cp "target/test-classes:$(cat "$WORK/classpath")" \
  -Dbench.baseUrl="$BASE" -Dbench.csv="$CSV" -Dbench.rows="$N" \
  io.gatling.app.Gatling --simulation de.bruecke.bench.ImportSimulation \
  --results-folder "$PWD/target/gatling" --launcher maven >"$WORK/gatling.log" 2>&1 || true
grep -E "^IMPORT " "$WORK/gatling.log" || { tail -40 "$WORK/gatling.log"; exit 1; }
REPORT=$(ls -d target/gatling/importsimulation-*/ | tail -1)
echo "Gatling groups (cumulated response time, i.e. without the pauses between progress requests):"
awk -F'[<>]' '/class="ellipsed-name"/ { name = $3; gsub(/&rarr;/, "→", name); group = /stats-table-group_/ }
  group && /col-7/ { printf "  %-28s %6.1f s\n", name, $3 / 1000; group = 0 }' "$REPORT/index.html"
echo "load average afterwards: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -q "IMPORT RESULT: .*accounted $N of $N rows$" "$WORK/gatling.log"
echo "Gatling report: ${REPORT}index.html"
