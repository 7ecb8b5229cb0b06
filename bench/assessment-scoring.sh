#!/usr/bin/env bash
# Needs-assessment scoring benchmark (docs/benchmarks.md, issue 4): JMH, 10 respondents × 40 items.
# Usage: bench/assessment-scoring.sh [JMH options, e.g. -wi 1 -i 2 for a quick look]
# Builds with the Maven profile "jmh" into target/jmh (the normal build and tests never see the benchmark classes).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -Pjmh -DskipTests compile exec:exec \
  -Dexec.args="-classpath %classpath org.openjdk.jmh.Main ScoringBenchmark -rf text -rff target/jmh/scoring.txt $*"
echo "Results: target/jmh/scoring.txt"
