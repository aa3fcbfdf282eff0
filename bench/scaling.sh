#!/usr/bin/env bash
# scaling: how the cost of `upm validate` and `upm generate` grows with the number of lines
# (default 1,000 / 10,000 / 100,000), with the bare JDK SAX pass (the floor of reading) beside them.
# Linear growth: the cost per 1,000 extra lines stays the same from step to step; a quadratic step
# (e.g. in duplicate detection or report building) makes it grow with the size.
#
# Environment: SIZES (default "1000 10000 100000"), RUNS (default 3), UPM_JAR.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SIZES="${SIZES:-1000 10000 100000}"
RUNS="${RUNS:-3}"

bench_start scaling
declare -A V G F VR GR VC GC
for n in $SIZES; do
  file="$(filled "$n")"
  java -jar "$JAR" validate -q "$file" >/dev/null || die "upm validate judged $file invalid"
  measure "validate-$n" "$RUNS" 1 java -jar "$JAR" validate -q "$file"
  V[$n]="$MEDIAN"; VR[$n]="$RSS_MB"; VC[$n]="$CPU"
  measure "sax-floor-$n" "$RUNS" 1 java -cp "$FLOOR_CP" SaxFloor "$file"
  F[$n]="$MEDIAN"
  gen="$OUT/scaling-generate-$n"
  measure "generate-$n" "$RUNS" 1 java -jar "$JAR" generate --year "$YEAR" --kind vendor --rows "$n" --out "$gen" --force
  G[$n]="$MEDIAN"; GR[$n]="$RSS_MB"; GC[$n]="$CPU"
done

# cost of 1,000 more lines between two sizes, in milliseconds
per1000() { awk -v t1="$1" -v t0="$2" -v n1="$3" -v n0="$4" 'BEGIN { printf "%.1f", (t1 - t0) / (n1 - n0) * 1000000 }'; }

printf '\nscaling (%s, %s; %s; load at start %s)\n' "$UPM_VERSION" "$UPM_COMMIT" "$MACHINE" "$START_LOAD"
printf '| lines | validate s | ms per 1,000 more lines | SAX floor s | generate s | ms per 1,000 more lines | validate RSS MB | generate RSS MB |\n'
printf '|---|---|---|---|---|---|---|---|\n'
prev=""
for n in $SIZES; do
  if [[ -n "$prev" ]]; then
    dv="$(per1000 "${V[$n]}" "${V[$prev]}" "$n" "$prev")"; dg="$(per1000 "${G[$n]}" "${G[$prev]}" "$n" "$prev")"
  else
    dv="–"; dg="–"
  fi
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "${V[$n]}" "$dv" "${F[$n]}" "${G[$n]}" "$dg" "${VR[$n]}" "${GR[$n]}"
  result_row scaling "upm validate" "$RUNS" "${V[$n]}" "${VC[$n]}" "${VR[$n]}" "$n lines; +$dv ms per 1,000 lines over the previous size; SAX floor ${F[$n]} s"
  result_row scaling "upm generate" "$RUNS" "${G[$n]}" "${GC[$n]}" "${GR[$n]}" "$n rows; +$dg ms per 1,000 rows over the previous size"
  prev="$n"
done
printf '\nLinear when the "ms per 1,000 more lines" column stays flat from row to row (a quadratic step would\nmultiply it by about 10 per row).\n'
