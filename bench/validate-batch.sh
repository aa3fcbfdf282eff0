#!/usr/bin/env bash
# validate-batch: 1,000 returned vendor toolkits (the distributed 5,000-line toolkit, 50 lines filled
# in each), judged by one `upm validate FOLDER` (default --jobs: every core). Side by side:
#   sax-floor    one JVM, a bare JDK SAX pass over each file's line sheet, on as many threads
#   poi          one JVM, XSSFWorkbook + evaluateAll per file, on a sample of SAMPLE files
#   libreoffice  one soffice run converting the same sample to CSV
# The alternatives are far too slow for 1,000 files on this machine, so they run on a sample and
# their time for 1,000 files is extrapolated per file (said so in the output and the results table).
#
# Environment: FILES (default 1000), LINES (default 50), RUNS (default 3), SAMPLE (default 20),
# ALT_RUNS (default 1), UPM_JAR.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

FILES="${FILES:-1000}"
LINES="${LINES:-50}"
RUNS="${RUNS:-3}"
SAMPLE="${SAMPLE:-20}"
ALT_RUNS="${ALT_RUNS:-1}"
JOBS="$(nproc)"

bench_start validate-batch
TK="$(toolkit 5000)"
DIR="$CACHE/batch-$FILES-x-$LINES"
if [[ ! -f "$DIR.complete" || "$TK" -nt "$DIR.complete" || "$BENCH/src/Filler.java" -nt "$DIR.complete" ]]; then
  rm -rf "$DIR" && mkdir -p "$DIR"
  log "bench: filling $FILES toolkits with $LINES lines each"
  java -cp "$FILLER_CP" Filler --toolkit "$TK" --year "$YEAR" --lines "$LINES" --copies "$FILES" --out "$DIR" >&2
  touch "$DIR.complete"
fi
SAMPLE_DIR="$OUT/batch-sample"
rm -rf "$SAMPLE_DIR" && mkdir -p "$SAMPLE_DIR"
mapfile -t ALL_FILES < <(find "$DIR" -name '*.xlsx' | sort)
[[ "${#ALL_FILES[@]}" == "$FILES" ]] || die "$DIR holds ${#ALL_FILES[@]} toolkits, expected $FILES; delete it to refill"
for f in "${ALL_FILES[@]:0:$SAMPLE}"; do ln -s "$f" "$SAMPLE_DIR/"; done

# Every file must be judged, and judged valid: checked once before timing.
java "${UPM_OPTS[@]}" -jar "$JAR" validate -q --format json -o "$OUT/batch-report.json" "$DIR" || die "upm validate judged some file invalid (see $OUT/batch-report.json)"
JUDGED="$(grep -c -E '"valid": (true|false)' "$OUT/batch-report.json")"
VALID="$(grep -c '"valid": true' "$OUT/batch-report.json")"
[[ "$JUDGED" == "$FILES" && "$VALID" == "$FILES" ]] || die "upm judged $JUDGED files, $VALID valid; expected $FILES"
log "bench: upm: $JUDGED files judged, $VALID valid"

measure upm "$RUNS" 0 java "${UPM_OPTS[@]}" -jar "$JAR" validate -q "$DIR"
UPM_S="$MEDIAN"; UPM_RSS="$RSS_MB"; UPM_CPU="$CPU"
measure sax-floor "$RUNS" 0 java -cp "$FLOOR_CP" SaxFloor --jobs "$JOBS" "$DIR"
FLOOR_S="$MEDIAN"; FLOOR_RSS="$RSS_MB"; FLOOR_CPU="$CPU"
measure poi-sample "$ALT_RUNS" 0 java -Xmx4g -cp "$POI_RUN_CP" PoiEvaluateAll "$SAMPLE_DIR"
POI_S="$MEDIAN"; POI_RSS="$RSS_MB"; POI_CPU="$CPU"
ensure_libreoffice
LO_PROFILE="$OUT/lo-profile-batch"
rm -rf "$LO_PROFILE" "$OUT/lo-batch" && mkdir -p "$LO_PROFILE/user" "$OUT/lo-batch"
cat >"$LO_PROFILE/user/registrymodifications.xcu" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
EOF
CSV_FILTER='csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2'
# the first run initialises the profile; not timed
"$SOFFICE" "-env:UserInstallation=file://$LO_PROFILE" --headless --norestore --nolockcheck --nologo --nodefault \
  --convert-to "$CSV_FILTER" --outdir "$OUT/lo-batch" "${ALL_FILES[0]}" >/dev/null 2>&1
SAMPLE_FILES=("${ALL_FILES[@]:0:$SAMPLE}")
measure libreoffice-sample "$ALT_RUNS" 0 "$SOFFICE" "-env:UserInstallation=file://$LO_PROFILE" --headless --norestore \
  --nolockcheck --nologo --nodefault --convert-to "$CSV_FILTER" --outdir "$OUT/lo-batch" "${SAMPLE_FILES[@]}"
LO_S="$MEDIAN"; LO_RSS="$RSS_MB"; LO_CPU="$CPU"
[[ "$(find "$OUT/lo-batch" -name '*.csv' | wc -l)" -ge "$SAMPLE" ]] || die "LibreOffice converted fewer than $SAMPLE files"

POI_ALL="$(awk -v t="$POI_S" -v s="$SAMPLE" -v n="$FILES" 'BEGIN { printf "%.0f", t / s * n }')"
LO_ALL="$(awk -v t="$LO_S" -v s="$SAMPLE" -v n="$FILES" 'BEGIN { printf "%.0f", t / s * n }')"
PER_FILE_MS="$(awk -v t="$UPM_S" -v n="$FILES" 'BEGIN { printf "%.0f", t / n * 1000 }')"
met() { awk -v v="$1" -v limit="$2" 'BEGIN { print v <= limit ? "met" : "MISSED" }'; }

cat <<EOF

validate-batch: $FILES files × $LINES filled lines (5,000-line toolkits), $JOBS cores ($UPM_VERSION, $UPM_COMMIT; $MACHINE; load at start $START_LOAD)
| contender | runs | median s | CPU s | peak RSS MB | for $FILES files |
|---|---|---|---|---|---|
| upm validate FOLDER | $RUNS | $UPM_S | $UPM_CPU | $UPM_RSS | $UPM_S s ($PER_FILE_MS ms a file) |
| bare JDK SAX pass, $JOBS threads (floor) | $RUNS | $FLOOR_S | $FLOOR_CPU | $FLOOR_RSS | $FLOOR_S s (upm: $(ratio "$UPM_S" "$FLOOR_S")× the floor) |
| POI evaluateAll, $SAMPLE files | $ALT_RUNS | $POI_S | $POI_CPU | $POI_RSS | ~$POI_ALL s extrapolated ($(ratio "$POI_ALL" "$UPM_S")× upm) |
| LibreOffice → CSV, $SAMPLE files | $ALT_RUNS | $LO_S | $LO_CPU | $LO_RSS | ~$LO_ALL s extrapolated ($(ratio "$LO_ALL" "$UPM_S")× upm) |

goal: $FILES files in ≤60 s, every file judged: $(met "$UPM_S" 60) ($UPM_S s, $JUDGED judged)
EOF

result_row validate-batch "upm validate" "$RUNS" "$UPM_S" "$UPM_CPU" "$UPM_RSS" "$FILES files × $LINES lines, $JUDGED judged; $(ratio "$UPM_S" "$FLOOR_S")× the floor"
result_row validate-batch "JDK SAX floor ($JOBS threads)" "$RUNS" "$FLOOR_S" "$FLOOR_CPU" "$FLOOR_RSS" "$FILES files"
result_row validate-batch "POI evaluateAll" "$ALT_RUNS" "$POI_S" "$POI_CPU" "$POI_RSS" "$SAMPLE files; ~$POI_ALL s for $FILES"
result_row validate-batch "LibreOffice → CSV" "$ALT_RUNS" "$LO_S" "$LO_CPU" "$LO_RSS" "$SAMPLE files; ~$LO_ALL s for $FILES"
