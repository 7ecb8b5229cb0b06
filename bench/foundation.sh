#!/usr/bin/env bash
# Foundation benchmarks (docs/benchmarks.md): start-up time to first HTTP 200, resident memory, start page weight.
# Usage: bench/foundation.sh [runs]   (needs curl and ps; run on an otherwise idle machine)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
PORT=18080
DATA=$(mktemp -d /tmp/bruecke-bench.XXXXXX)
BASE="http://localhost:$PORT"
export SERVER_PORT=$PORT BRUECKE_EMBEDDED_DATABASE_DIRECTORY="$DATA/postgres"

./mvnw -q -B -ntp compile >/dev/null

stop_app() {
  pkill -f "spring-boot:run" 2>/dev/null || true
  pkill -f "de.bruecke.Application" 2>/dev/null || true
  for _ in $(seq 1 60); do pgrep -f "de.bruecke.Application" >/dev/null || break; sleep 0.5; done
  for _ in $(seq 1 60); do pgrep -f "$DATA/postgres" >/dev/null || break; sleep 0.5; done
}
trap stop_app EXIT

# first start initialises the database and loads the gazetteer; measured separately
start=$(date +%s.%N)
./mvnw -q -B -ntp spring-boot:run >"$DATA/first.log" 2>&1 &
until curl -sf -o /dev/null "$BASE/"; do sleep 0.1; done
first=$(echo "$(date +%s.%N) - $start" | bc)
stop_app

times=()
for i in $(seq 1 "$RUNS"); do
  start=$(date +%s.%N)
  ./mvnw -q -B -ntp spring-boot:run >"$DATA/run$i.log" 2>&1 &
  until curl -sf -o /dev/null "$BASE/"; do sleep 0.1; done
  times+=("$(echo "$(date +%s.%N) - $start" | bc)")
  if [ "$i" -lt "$RUNS" ]; then stop_app; fi
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')

rss() {
  local java pg
  java=$(ps -o rss= -p "$(pgrep -f 'de.bruecke.Application' | head -1)" | awk '{s+=$1} END {print s}')
  local master
  master=$(pgrep -f -- "-D $DATA/postgres" | head -1)
  pg=$( (ps -o rss= -p "$master"; ps -o rss= --ppid "$master") | awk '{s+=$1} END {print s+0}')
  echo "$java $pg"
}
read -r java0 pg0 < <(rss)
for i in $(seq 1 1000); do
  case $((i % 4)) in
    0) path=/ ;; 1) path=/login ;; 2) path=/sources ;; 3) path="/imprint?lang=ar" ;;
  esac
  curl -s -o /dev/null "$BASE$path"
done
read -r java1 pg1 < <(rss)

bytes=0
page=$(curl -s --compressed "$BASE/")
for asset in / $(echo "$page" | grep -oE '(href|src)="/[^"]+\.(css|js|svg)"' | sed -E 's/.*"(\/[^"]+)"/\1/'); do
  size=$(curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "$BASE$asset")
  echo "  $asset: $size bytes on the wire"
  bytes=$((bytes + size))
done

echo "first start (empty data directory): ${first}s"
echo "start to first HTTP 200 (warm): ${times[*]} s; median ${median}s"
echo "RSS after start: JVM $((java0 / 1024)) MB + PostgreSQL $((pg0 / 1024)) MB"
echo "RSS after 1000 page views: JVM $((java1 / 1024)) MB + PostgreSQL $((pg1 / 1024)) MB"
echo "start page with all CSS/JS: $((bytes / 1024)) KB compressed"
