#!/usr/bin/env bash
# Network aggregate of the needs assessment over 16,000 closed assessments (docs/benchmarks.md, issue 4): JMH.
# Usage: bench/assessment-aggregate.sh [JMH options, e.g. -wi 1 -i 2 for a quick look]
# Builds with the Maven profile "jmh" into target/jmh; the first run generates the data into target/jmh/postgres
# (a few minutes), later runs reuse it. EXPLAIN ANALYZE of the query: target/jmh/area-aggregate-explain.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -Pjmh -DskipTests compile exec:exec \
  -Dexec.args="-classpath %classpath org.openjdk.jmh.Main AreaAggregateBenchmark -rf text -rff target/jmh/area-aggregate.txt $*"
echo "Results: target/jmh/area-aggregate.txt, plan: target/jmh/area-aggregate-explain.txt"
