#!/usr/bin/env bash
# scaling: how the cost of `upm validate` and `upm generate` grows with the number of lines
# (default 1,000 / 10,000 / 100,000), with the bare JDK SAX pass (the floor of reading) beside them.
# Linear growth: the cost per 1,000 extra lines stays the same from step to step; a quadratic step
# (e.g. in duplicate detection or report building) makes it grow with the size.
#
# Whole-command times carry the JVM start and data loading (about a second) and, on a shared
# machine, other people's load; so the table also gives the validator's own time for the file (the
# "seconds" of its JSON report: reading, checking, recalculating, comparing) and the per-1,000-line
# costs are taken from the fastest run (noise only ever adds time).
#
# Environment: SIZES (default "1000 10000 100000"), RUNS (default 5), UPM_JAR.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SIZES="${SIZES:-1000 10000 100000}"
RUNS="${RUNS:-5}"

bench_start scaling
declare -A V VMIN VR VC VIN DUP G GMIN GR GC F
for n in $SIZES; do
  file="$(filled "$n")"
  java "${UPM_OPTS[@]}" -jar "$JAR" validate -q "$file" >/dev/null || die "upm validate judged $file invalid"
  measure "validate-$n" "$RUNS" 1 java "${UPM_OPTS[@]}" -jar "$JAR" validate -q "$file"
  V[$n]="$MEDIAN"; VMIN[$n]="$MIN"; VR[$n]="$RSS_MB"; VC[$n]="$CPU"
  # the validator's own time for the file, fastest of RUNS runs
  best=""
  for ((i = 0; i < RUNS; i++)); do
    java "${UPM_OPTS[@]}" -jar "$JAR" validate -q --format json -o "$OUT/scaling-$n.json" "$file"
    s="$(grep -o '"seconds": *[0-9.]*' "$OUT/scaling-$n.json" | head -1 | grep -o '[0-9.]*$')"
    best="$(awk -v a="$best" -v b="$s" 'BEGIN { print (a == "" || b < a) ? b : a }')"
  done
  VIN[$n]="$best"
  # every second line a duplicate: n/2 duplicate-line errors, a report with many findings
  dup="$(filled "$n" duplicates)"
  best=""
  for ((i = 0; i < RUNS; i++)); do
    java "${UPM_OPTS[@]}" -jar "$JAR" validate -q --format json -o "$OUT/scaling-$n-dup.json" "$dup" && die "duplicates not found in $dup"
    errors="$(grep -o '"errors": *[0-9]*' "$OUT/scaling-$n-dup.json" | head -1 | grep -o '[0-9]*$')"
    [[ "$errors" == "$((n / 2))" ]] || die "$dup: $errors errors, expected $((n / 2)) duplicate lines"
    s="$(grep -o '"seconds": *[0-9.]*' "$OUT/scaling-$n-dup.json" | head -1 | grep -o '[0-9.]*$')"
    best="$(awk -v a="$best" -v b="$s" 'BEGIN { print (a == "" || b < a) ? b : a }')"
  done
  DUP[$n]="$best"
  measure "sax-floor-$n" "$RUNS" 1 java -cp "$FLOOR_CP" SaxFloor "$file"
  F[$n]="$MIN"
  gen="$OUT/scaling-generate-$n"
  measure "generate-$n" "$RUNS" 1 java "${UPM_OPTS[@]}" -jar "$JAR" generate --year "$YEAR" --kind vendor --rows "$n" --out "$gen" --force
  G[$n]="$MEDIAN"; GMIN[$n]="$MIN"; GR[$n]="$RSS_MB"; GC[$n]="$CPU"
done

# milliseconds per 1,000 more lines between two sizes
per1000() { awk -v t1="$1" -v t0="$2" -v n1="$3" -v n0="$4" 'BEGIN { printf "%.1f", (t1 - t0) / (n1 - n0) * 1000000 }'; }

printf '\nscaling (%s, %s; %s; load at start %s; %s runs each)\n' "$UPM_VERSION" "$UPM_COMMIT" "$MACHINE" "$START_LOAD" "$RUNS"
printf '| lines | validate median s | fastest s | in the validator s | ms per 1,000 more lines | half duplicates: in the validator s | ms per 1,000 more lines | SAX floor fastest s | generate median s | fastest s | ms per 1,000 more rows | validate RSS MB | generate RSS MB |\n'
printf '|---|---|---|---|---|---|---|---|---|---|---|---|---|\n'
prev=""
for n in $SIZES; do
  if [[ -n "$prev" ]]; then
    dv="$(per1000 "${VIN[$n]}" "${VIN[$prev]}" "$n" "$prev")"; dg="$(per1000 "${GMIN[$n]}" "${GMIN[$prev]}" "$n" "$prev")"
    dd="$(per1000 "${DUP[$n]}" "${DUP[$prev]}" "$n" "$prev")"
  else
    dv="–"; dg="–"; dd="–"
  fi
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "${V[$n]}" "${VMIN[$n]}" "${VIN[$n]}" \
    "$dv" "${DUP[$n]}" "$dd" "${F[$n]}" "${G[$n]}" "${GMIN[$n]}" "$dg" "${VR[$n]}" "${GR[$n]}"
  result_row scaling "upm validate" "$RUNS" "${V[$n]}" "${VC[$n]}" "${VR[$n]}" "$n lines; fastest ${VMIN[$n]} s, ${VIN[$n]} s in the validator, +$dv ms per 1,000 lines over the previous size; SAX floor ${F[$n]} s"
  result_row scaling "upm validate, half duplicates" "$RUNS" "–" "–" "–" "$n lines, $((n / 2)) duplicate-line errors: ${DUP[$n]} s in the validator, +$dd ms per 1,000 lines"
  result_row scaling "upm generate" "$RUNS" "${G[$n]}" "${GC[$n]}" "${GR[$n]}" "$n rows; fastest ${GMIN[$n]} s, +$dg ms per 1,000 rows over the previous size"
  prev="$n"
done
printf '\nLinear when the "ms per 1,000 more" columns stay flat from row to row (a quadratic step would\nmultiply them by about 10 per row).\n'
