#!/usr/bin/env bash
# generate: `upm generate` of all 20 toolkits (CPT 2018-2027, vendor and organization, 5,000 lines
# each), and of one 100,000-row vendor toolkit under -Xmx512m. Side by side with the latter: POI's
# streaming writer (bench/src/PoiStreamingWrite.java) writing only the line sheet of the same size
# with the same formulas, under the same heap.
#
# Environment: RUNS (default 3), UPM_JAR.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUNS="${RUNS:-3}"
ROWS=100000

bench_start generate

ALL="$OUT/generate-all"
measure generate-all "$RUNS" 1 java "${UPM_OPTS[@]}" -jar "$JAR" generate --out "$ALL" --force
ALL_S="$MEDIAN"; ALL_RSS="$RSS_MB"; ALL_CPU="$CPU"
COUNT="$(find "$ALL" -name '*.xlsx' | wc -l)"
[[ "$COUNT" == 20 ]] || die "upm generate wrote $COUNT toolkits, expected 20"

BIG="$OUT/generate-$ROWS"
measure generate-$ROWS "$RUNS" 1 java "${UPM_OPTS[@]}" -Xmx512m -jar "$JAR" generate --year "$YEAR" --kind vendor --rows "$ROWS" --out "$BIG" --force
BIG_S="$MEDIAN"; BIG_RSS="$RSS_MB"; BIG_CPU="$CPU"
BIG_FILE="$BIG/CPT-$YEAR/UPM-Vendor-Toolkit-CPT$YEAR.xlsx"
# an empty toolkit lacks only its reporting information: any other error means a broken toolkit
java "${UPM_OPTS[@]}" -jar "$JAR" validate --format csv "$BIG_FILE" >"$OUT/generate-check.csv" || true
if grep ',error,' "$OUT/generate-check.csv" | grep -v -q ',missing-reporting-info,'; then
  die "the $ROWS-row toolkit is not a clean toolkit (see $OUT/generate-check.csv)"
fi

measure poi-streaming-$ROWS "$RUNS" 1 java -Xmx512m -cp "$FILLER_CP" PoiStreamingWrite "$YEAR" "$ROWS" "$OUT/poi-streaming-$ROWS.xlsx"
POI_S="$MEDIAN"; POI_RSS="$RSS_MB"; POI_CPU="$CPU"

met() { awk -v v="$1" -v limit="$2" 'BEGIN { print v <= limit ? "met" : "MISSED" }'; }
cat <<EOF

generate ($UPM_VERSION, $UPM_COMMIT; $MACHINE; load at start $START_LOAD)
| contender | runs | median s | CPU s | peak RSS MB | |
|---|---|---|---|---|---|
| upm generate: 20 toolkits × 5,000 lines | $RUNS | $ALL_S | $ALL_CPU | $ALL_RSS | goal ≤10 s: $(met "$ALL_S" 10) |
| upm generate: 1 toolkit × $ROWS lines, -Xmx512m | $RUNS | $BIG_S | $BIG_CPU | $BIG_RSS | goal ≤5 s: $(met "$BIG_S" 5); $(du -h "$BIG_FILE" | cut -f1) |
| POI SXSSF, line sheet only, $ROWS lines, -Xmx512m | $RUNS | $POI_S | $POI_CPU | $POI_RSS | upm is $(ratio "$POI_S" "$BIG_S")× faster; $(du -h "$OUT/poi-streaming-$ROWS.xlsx" | cut -f1) |
EOF

result_row generate "upm generate (20 toolkits)" "$RUNS" "$ALL_S" "$ALL_CPU" "$ALL_RSS" "bench/generate.sh; goal ≤10 s"
result_row generate "upm generate ($ROWS rows, -Xmx512m)" "$RUNS" "$BIG_S" "$BIG_CPU" "$BIG_RSS" "goal ≤5 s; $(ratio "$POI_S" "$BIG_S")× faster than POI SXSSF"
result_row generate "POI SXSSF line sheet ($ROWS rows, -Xmx512m)" "$RUNS" "$POI_S" "$POI_CPU" "$POI_RSS" "line sheet only"
