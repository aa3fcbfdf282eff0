#!/usr/bin/env bash
# validate-large: one vendor toolkit with 100,000 filled lines, judged by
#   upm          java -jar upm.jar validate FILE
#   libreoffice  soffice headless, own profile with "recalculate on load: always", converting to CSV
#   poi          bench/src/PoiEvaluateAll.java: XSSFWorkbook + evaluateAll
#   sax-floor    bench/src/SaxFloor.java: one bare JDK SAX pass over the line sheet's XML in the zip
# Wall time (median) and peak RSS of each; ratios against upm. Appends to bench/results.md.
#
# Environment: RUNS (upm and floor, default 5), POI_RUNS (default 1: a run takes about three
# minutes and 7 GB; POI_RUNS=3 for a median), LO_RUNS (default 3),
# LINES (default 100000), POI_HEAP (default 8g), UPM_JAR (jar under test; default: ./upm's build),
# VARIANT_OPTS (JVM options of an extra upm row instead of the launcher's; default "-XX:+UseG1GC",
# the JVM's default, as plain `java -jar` runs; empty to skip it), ROUNDTRIP (default 1: also time
# upm and the floor on the same lines as LibreOffice saves them; 0 to skip).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUNS="${RUNS:-5}"
POI_RUNS="${POI_RUNS:-1}"
LO_RUNS="${LO_RUNS:-3}"
LINES="${LINES:-100000}"
POI_HEAP="${POI_HEAP:-8g}"

bench_start validate-large
ensure_libreoffice
FILE="$(filled "$LINES")"
log "bench: input $FILE ($(du -h "$FILE" | cut -f1), $LINES filled lines)"

# LibreOffice: a profile of its own whose only setting is "recalculate OOXML files on load: always"
# (as src/test/java/org/upm/testing/LibreOffice.java sets it), the line sheet (sheet 2) to CSV.
LO_PROFILE="$OUT/lo-profile"
LO_OUT="$OUT/lo-csv"
rm -rf "$LO_PROFILE" "$LO_OUT" && mkdir -p "$LO_PROFILE/user" "$LO_OUT"
cat >"$LO_PROFILE/user/registrymodifications.xcu" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
  <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
EOF
CSV_FILTER='csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2'
lo_convert() { # FILE
  "$SOFFICE" "-env:UserInstallation=file://$LO_PROFILE" --headless --norestore --nolockcheck --nologo \
    --nodefault --convert-to "$CSV_FILTER" --outdir "$LO_OUT" "$1"
}
# Sum of the "Proxy users" column (J) of the CSV LibreOffice wrote for FILE.
lo_users() {
  local csv="$LO_OUT/$(basename "${1%.xlsx}")-Customers.csv"
  [[ -f "$csv" ]] || die "LibreOffice wrote no $csv"
  # a CSV field may be quoted and hold commas; portable awk (mawk has no FPAT)
  awk 'NR > 1 {
      n = 0; f = ""; q = 0
      for (i = 1; i <= length($0); i++) {
        c = substr($0, i, 1)
        if (q) { if (c == "\"") q = 0; else f = f c }
        else if (c == "\"") q = 1
        else if (c == ",") { if (++n == 10) break; f = "" }
        else f = f c
      }
      if (n == 9 || n == 10) s += f
    } END { printf "%d", s }' "$csv"
}

# --- Every contender must do the real work: checked once, before timing. ---
log "bench: checking each contender's answer"
java "${UPM_OPTS[@]}" -jar "$JAR" validate --format json "$FILE" >"$OUT/upm-report.json" || die "upm validate judged $FILE invalid (see $OUT/upm-report.json)"
grep -q '"valid": true' "$OUT/upm-report.json" || die "upm validate did not judge $FILE valid"
TOTAL="$(grep -o '"totalUsers": *[0-9]*' "$OUT/upm-report.json" | head -1 | grep -o '[0-9]*$')"
log "bench: upm: valid, total proxy users $TOTAL"
java -cp "$FLOOR_CP" SaxFloor "$FILE" >&2
# A small file whose cached proxy users are all one too high: LibreOffice must print the right ones,
# which proves it recalculates on load with this profile (this run also initialises the profile).
SMALL_TK="$(toolkit 1000)"
WRONG="$CACHE/filled/vendor-1000-lines-wrong-cache.xlsx"
[[ -f "$WRONG" && "$WRONG" -nt "$SMALL_TK" ]] || java -cp "$FILLER_CP" Filler --toolkit "$SMALL_TK" --year "$YEAR" \
  --lines 1000 --out "$WRONG" --wrong-cache >&2
WRONG_TOTAL="$(java "${UPM_OPTS[@]}" -jar "$JAR" validate --format json "$WRONG" | grep -o '"totalUsers": *[0-9]*' | head -1 | grep -o '[0-9]*$' || true)"
lo_convert "$WRONG" >/dev/null 2>&1 || die "LibreOffice failed on $WRONG"
[[ "$(lo_users "$WRONG")" == "$WRONG_TOTAL" ]] || die "LibreOffice did not recalculate $WRONG on load ($(lo_users "$WRONG") != $WRONG_TOTAL)"
log "bench: libreoffice: recalculates on load (stale cache corrected to $WRONG_TOTAL users)"

# --- Timing ---
measure upm "$RUNS" 1 java "${UPM_OPTS[@]}" -jar "$JAR" validate -q "$FILE"
UPM_S="$MEDIAN"; UPM_RSS="$RSS_MB"; UPM_CPU="$CPU"
# The same with the JVM options of VARIANT_OPTS instead of the launcher's; empty: skipped. The
# default is the JVM's own default collector: what `java -jar upm.jar` gives without ./upm.
VARIANT_OPTS="${VARIANT_OPTS--XX:+UseG1GC}"
if [[ -n "$VARIANT_OPTS" ]]; then
  read -r -a variant <<<"$VARIANT_OPTS"
  measure upm-variant "$RUNS" 1 java "${variant[@]}" -jar "$JAR" validate -q "$FILE"
  VAR_S="$MEDIAN"; VAR_RSS="$RSS_MB"; VAR_CPU="$CPU"
fi
measure sax-floor "$RUNS" 1 java -cp "$FLOOR_CP" SaxFloor "$FILE"
FLOOR_S="$MEDIAN"; FLOOR_RSS="$RSS_MB"; FLOOR_CPU="$CPU"
# POI and LibreOffice take long: their timed runs are also their checks (POI exits non-zero on a
# wrong total; LibreOffice's CSV is summed after its runs).
measure poi "$POI_RUNS" 0 java "-Xmx$POI_HEAP" -cp "$POI_RUN_CP" PoiEvaluateAll --expect "$TOTAL" "$FILE"
POI_S="$MEDIAN"; POI_RSS="$RSS_MB"; POI_CPU="$CPU"
measure libreoffice "$LO_RUNS" 0 "$SOFFICE" "-env:UserInstallation=file://$LO_PROFILE" --headless --norestore \
  --nolockcheck --nologo --nodefault --convert-to "$CSV_FILTER" --outdir "$LO_OUT" "$FILE"
LO_S="$MEDIAN"; LO_RSS="$RSS_MB"; LO_CPU="$CPU"
[[ "$(lo_users "$FILE")" == "$TOTAL" ]] || die "LibreOffice's total $(lo_users "$FILE") differs from upm's $TOTAL"
log "bench: libreoffice and POI: total proxy users $TOTAL, as upm's"

# The same lines as LibreOffice saves them (every formula written out in full, no shared formulas:
# about four times the XML), made once with the profile above; ROUNDTRIP=0 skips it.
if [[ "${ROUNDTRIP:-1}" == 1 ]]; then
  RT_FILE="$CACHE/filled/vendor-$LINES-lines-libreoffice.xlsx"
  if [[ ! -f "$RT_FILE" || "$FILE" -nt "$RT_FILE" ]]; then
    log "bench: saving the filled toolkit with LibreOffice (once)"
    rm -rf "$OUT/lo-xlsx" && mkdir -p "$OUT/lo-xlsx"
    "$SOFFICE" "-env:UserInstallation=file://$LO_PROFILE" --headless --norestore --nolockcheck --nologo --nodefault \
      --convert-to "xlsx:Calc MS Excel 2007 XML" --outdir "$OUT/lo-xlsx" "$FILE" >/dev/null 2>&1
    mv "$OUT/lo-xlsx/$(basename "$FILE")" "$RT_FILE"
  fi
  java "${UPM_OPTS[@]}" -jar "$JAR" validate -q "$RT_FILE" >/dev/null || die "upm judged the LibreOffice-saved $RT_FILE invalid"
  measure upm-roundtrip "$RUNS" 1 java "${UPM_OPTS[@]}" -jar "$JAR" validate -q "$RT_FILE"
  RT_S="$MEDIAN"; RT_RSS="$RSS_MB"; RT_CPU="$CPU"
  measure sax-floor-roundtrip "$RUNS" 1 java -cp "$FLOOR_CP" SaxFloor "$RT_FILE"
  RTF_S="$MEDIAN"; RTF_RSS="$RSS_MB"; RTF_CPU="$CPU"
fi

R_LO="$(ratio "$LO_S" "$UPM_S")"; R_POI="$(ratio "$POI_S" "$UPM_S")"; R_FLOOR="$(ratio "$UPM_S" "$FLOOR_S")"
verdict() { awk -v v="$1" -v limit="$2" -v dir="$3" 'BEGIN { ok = dir == "min" ? v >= limit : v <= limit; print ok ? "met" : "MISSED" }'; }

cat <<EOF

validate-large: $LINES filled lines, $(du -h "$FILE" | cut -f1) ($UPM_VERSION, $UPM_COMMIT; $MACHINE; load at start $START_LOAD)
| contender | runs | median s | CPU s | peak RSS MB | upm is ... |
|---|---|---|---|---|---|
| upm validate (JVM options of ./upm: ${UPM_OPTS[*]:-none}) | $RUNS | $UPM_S | $UPM_CPU | $UPM_RSS | |
| LibreOffice headless → CSV | $LO_RUNS | $LO_S | $LO_CPU | $LO_RSS | ${R_LO}× faster |
| POI XSSFWorkbook + evaluateAll | $POI_RUNS | $POI_S | $POI_CPU | $POI_RSS | ${R_POI}× faster |
| bare JDK SAX pass (floor) | $RUNS | $FLOOR_S | $FLOOR_CPU | $FLOOR_RSS | ${R_FLOOR}× the floor |
$( [[ "${ROUNDTRIP:-1}" == 1 ]] && echo "| upm validate, the same lines saved by LibreOffice ($(du -h "$RT_FILE" | cut -f1)) | $RUNS | $RT_S | $RT_CPU | $RT_RSS | $(ratio "$RT_S" "$RTF_S")× the floor of that file |" )
$( [[ "${ROUNDTRIP:-1}" == 1 ]] && echo "| bare JDK SAX pass, LibreOffice-saved file | $RUNS | $RTF_S | $RTF_CPU | $RTF_RSS | |" )
$( [[ -n "$VARIANT_OPTS" ]] && echo "| upm validate with \`$VARIANT_OPTS\` instead | $RUNS | $VAR_S | $VAR_CPU | $VAR_RSS | $(ratio "$LO_S" "$VAR_S")× faster than LibreOffice, $(ratio "$POI_S" "$VAR_S")× than POI, $(ratio "$VAR_S" "$FLOOR_S")× the floor |" )

goals: ≥3× faster than LibreOffice: $(verdict "$R_LO" 3 min) (${R_LO}×); ≥20× faster than POI: $(verdict "$R_POI" 20 min) (${R_POI}×);
       within 3× of the floor: $(verdict "$R_FLOOR" 3 max) (${R_FLOOR}×); ≤2 s wall: $(verdict "$UPM_S" 2 max) (${UPM_S} s); peak RSS ≤400 MB: $(verdict "$UPM_RSS" 400 max) (${UPM_RSS} MB)
EOF

CMD="bench/validate-large.sh"
result_row validate-large "upm validate" "$RUNS" "$UPM_S" "$UPM_CPU" "$UPM_RSS" "$LINES lines; $R_LO× faster than LibreOffice, $R_POI× than POI, $R_FLOOR× the SAX floor"
result_row validate-large "LibreOffice → CSV" "$LO_RUNS" "$LO_S" "$LO_CPU" "$LO_RSS" "$CMD"
result_row validate-large "POI evaluateAll" "$POI_RUNS" "$POI_S" "$POI_CPU" "$POI_RSS" "-Xmx$POI_HEAP"
result_row validate-large "JDK SAX floor" "$RUNS" "$FLOOR_S" "$FLOOR_CPU" "$FLOOR_RSS" "line sheet XML only"
if [[ "${ROUNDTRIP:-1}" == 1 ]]; then
  result_row validate-large "upm validate, LibreOffice-saved" "$RUNS" "$RT_S" "$RT_CPU" "$RT_RSS" "the same lines after a LibreOffice round trip; $(ratio "$RT_S" "$RTF_S")× its SAX floor"
  result_row validate-large "JDK SAX floor, LibreOffice-saved" "$RUNS" "$RTF_S" "$RTF_CPU" "$RTF_RSS" "line sheet XML only"
fi
if [[ -n "$VARIANT_OPTS" ]]; then
  result_row validate-large "upm validate $VARIANT_OPTS" "$RUNS" "$VAR_S" "$VAR_CPU" "$VAR_RSS" "$(ratio "$LO_S" "$VAR_S")× faster than LibreOffice, $(ratio "$POI_S" "$VAR_S")× than POI, $(ratio "$VAR_S" "$FLOOR_S")× the SAX floor"
fi
