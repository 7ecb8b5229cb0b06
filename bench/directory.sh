#!/usr/bin/env bash
# Directory search benchmark (docs/benchmarks.md, "Directory (issue 3)"): starts Brücke on a fresh embedded PostgreSQL
# with N synthetic organisations, warms it up, runs the Gatling simulation (open model: new visitors at a constant
# rate, each one search with free text + two filters + distance sort, facet counts on the page) and prints the
# client-side times from Gatling and the server-side times from Tomcat's access log. Stops the app at the end.
# Usage: bench/directory.sh N [searches per second] [seconds]     e.g. bench/directory.sh 160000 20 60
# Needs curl and awk; run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:?usage: bench/directory.sh N [searches per second] [seconds]}
RATE=${2:-20}
DURATION=${3:-60}
PORT=${BENCH_PORT:-18090}
DB_PORT=${BENCH_DB_PORT:-15490}
WORK=$(mktemp -d /tmp/bruecke-directory.XXXXXX)
BASE="http://localhost:$PORT"

echo "building (app jar and Gatling simulation) ..."
./mvnw -q -B -ntp -Dmaven.test.skip=true package
./mvnw -q -B -ntp -Pbench -DskipTests test-compile
JAR=$(ls target/bruecke-*.jar | grep -v original | head -1)

java -jar "$JAR" --server.port="$PORT" \
  --bruecke.embedded-database.directory="$WORK/postgres" --bruecke.embedded-database.port="$DB_PORT" \
  --generate-organisations="$N" \
  --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$WORK" \
  --server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.suffix=.log \
  --server.tomcat.accesslog.file-date-format= --server.tomcat.accesslog.buffered=false \
  '--server.tomcat.accesslog.pattern=%{us}T %s %U' >"$WORK/app.log" 2>&1 &
APP=$!

stop_app() {
  if kill -0 "$APP" 2>/dev/null; then
    kill "$APP"
    for _ in $(seq 1 120); do kill -0 "$APP" 2>/dev/null || break; sleep 0.5; done
  fi
}
trap stop_app EXIT

echo "starting Brücke with $N synthetic organisations (data in $WORK) ..."
until grep -q "Synthetic organisations: .* in total" "$WORK/app.log"; do
  if ! kill -0 "$APP" 2>/dev/null; then
    tail -40 "$WORK/app.log"
    exit 1
  fi
  sleep 1
done
until curl -sf -o /dev/null "$BASE/organisations"; do sleep 0.5; done
grep -o "Synthetic organisations: .*" "$WORK/app.log" | tail -1

gatling() {
  ./mvnw -q -B -ntp -Pbench -DskipTests gatling:test -Dbench.baseUrl="$BASE" "$@"
}

echo "warming up (10 searches/s for 30 s, other queries) ..."
gatling -Dbench.rate=10 -Dbench.seconds=30 -Dbench.seed=99 >"$WORK/warmup.log" 2>&1 || {
  tail -40 "$WORK/warmup.log"
  exit 1
}
LOG=$(ls "$WORK"/access*.log)
MARK=$(wc -l <"$LOG")

echo "measuring ($RATE searches/s for $DURATION s) ..."
gatling -Dbench.rate="$RATE" -Dbench.seconds="$DURATION" | tee "$WORK/gatling.log" |
  sed -n '/Global Information/,/Details/p' | grep -E "request count|percentile|max response|mean requests|mean response" || true

echo "server time (Tomcat access log, request received to response written, searches only):"
tail -n +"$((MARK + 1))" "$LOG" | awk '$3 ~ /^\/organisations$/ {print $1 / 1000, $2}' | sort -n | awk -v seconds="$DURATION" '
  { t[NR] = $1; if ($2 != 200) failed++ }
  END {
    if (NR == 0) { print "  no searches logged"; exit 1 }
    printf "  searches %d (not 200: %d), %.1f per second\n", NR, failed, NR / seconds
    printf "  p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n", t[int(NR * 0.50 + 0.5)], t[int(NR * 0.95 + 0.5)],
      t[int(NR * 0.99 + 0.5)], t[NR]
  }'
echo "Gatling report: $(ls -d target/gatling/*/ | tail -1)index.html"
