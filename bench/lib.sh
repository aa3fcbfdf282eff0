# Shared by the bench/*.sh scripts: tools, the jar under test, the Java helpers, inputs, timing and
# the results table. Source it; do not run it.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
CACHE="$BENCH/cache"           # inputs made once, the jar copy, compiled helpers (gitignored)
OUT="$BENCH/out"               # per-run scratch: reports, CSVs, timing files (gitignored)
RESULTS="$BENCH/results.md"
YEAR="${BENCH_YEAR:-2026}"
mkdir -p "$CACHE" "$OUT"

log() { printf '%s\n' "$*" >&2; }
die() { log "bench: $*"; exit 1; }

as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

apt_updated=""
apt_install() {
  if [[ -z "$apt_updated" ]]; then
    as_root apt-get update -qq >&2
    apt_updated=1
  fi
  log "bench: installing $*"
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >&2
}

# hyperfine times whole commands; GNU time gives each run's peak RSS.
ensure_tools() {
  command -v hyperfine >/dev/null 2>&1 || apt_install hyperfine
  [[ -x /usr/bin/time ]] || apt_install time
  command -v java >/dev/null 2>&1 || apt_install openjdk-17-jdk-headless
  command -v javac >/dev/null 2>&1 || apt_install openjdk-17-jdk-headless
  command -v mvn >/dev/null 2>&1 || apt_install maven
}

ensure_libreoffice() {
  if ! command -v soffice >/dev/null 2>&1; then
    apt_install libreoffice-calc-nogui
  fi
  SOFFICE="$(command -v soffice)"
}

# The jar under test: UPM_JAR when set, else the project's target/upm.jar (built by ./upm when the
# sources changed) copied to bench/cache/upm.jar, so another build in target/ cannot swap it mid-run.
ensure_jar() {
  if [[ -n "${UPM_JAR:-}" ]]; then
    JAR="$(cd "$(dirname "$UPM_JAR")" && pwd)/$(basename "$UPM_JAR")"
  else
    "$ROOT/upm" --version >/dev/null
    # copied only when it changed: the cached inputs are remade when the jar is newer than them
    if ! cmp -s "$ROOT/target/upm.jar" "$CACHE/upm.jar"; then
      cp "$ROOT/target/upm.jar" "$CACHE/upm.jar.tmp"
      mv "$CACHE/upm.jar.tmp" "$CACHE/upm.jar"
    fi
    JAR="$CACHE/upm.jar"
  fi
  # upm runs as ./upm runs it: with the JVM options of the launcher's exec line
  read -r -a UPM_OPTS <<<"$(sed -n 's/^exec java \(.*\) \${UPM_JAVA_OPTS.*/\1/p' "$ROOT/upm" | head -1)"
  UPM_VERSION="$(java "${UPM_OPTS[@]}" -jar "$JAR" --version 2>/dev/null | head -1)"
  if [[ -n "${UPM_JAR:-}" ]]; then
    UPM_COMMIT="${UPM_LABEL:-$(basename "$JAR")}"   # a jar built elsewhere: say which with UPM_LABEL
  else
    UPM_COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
    if [[ -n "$(git -C "$ROOT" status --porcelain -- src/main pom.xml templates 2>/dev/null)" ]]; then
      UPM_COMMIT="$UPM_COMMIT+uncommitted"
    fi
  fi
}

# The Java helpers (bench/src), compiled with javac; not part of the main build. Filler and
# PoiStreamingWrite need upm's classes (layout, engine, data); the baselines SaxFloor and
# PoiEvaluateAll need only the JDK and POI, so they are compiled and run against the project's
# runtime dependency classpath as Maven resolves it.
ensure_helpers() {
  local classes="$CACHE/classes" cpfile="$CACHE/poi-classpath.txt"
  if [[ ! -s "$cpfile" || "$ROOT/pom.xml" -nt "$cpfile" ]]; then
    (cd "$ROOT" && mvn -B -q dependency:build-classpath -Dmdep.includeScope=runtime \
      -Dmdep.outputFile="$cpfile" >"$OUT/classpath.log" 2>&1) || { cat "$OUT/classpath.log" >&2; die "mvn dependency:build-classpath failed"; }
  fi
  POI_CP="$(cat "$cpfile")"
  local stamp="$classes/.stamp"
  if [[ ! -f "$stamp" || -n "$(find "$BENCH/src" "$JAR" -newer "$stamp" -print -quit)" ]]; then
    rm -rf "$classes" && mkdir -p "$classes/poi" "$classes/upm"
    javac -nowarn -d "$classes/poi" -cp "$POI_CP" "$BENCH/src/SaxFloor.java" "$BENCH/src/PoiEvaluateAll.java"
    javac -nowarn -d "$classes/upm" -cp "$JAR" "$BENCH/src/Filler.java" "$BENCH/src/PoiStreamingWrite.java"
    touch "$stamp"
  fi
  FLOOR_CP="$classes/poi"
  POI_RUN_CP="$classes/poi:$POI_CP"
  FILLER_CP="$classes/upm:$JAR"
}

# generated toolkit with N prepared lines (cached): prints its path
toolkit() {
  local rows="$1" dir="$CACHE/toolkits/rows-$1"
  local file="$dir/CPT-$YEAR/UPM-Vendor-Toolkit-CPT$YEAR.xlsx"
  if [[ ! -f "$file" || "$JAR" -nt "$file" ]]; then
    log "bench: generating a $rows-line vendor toolkit (CPT $YEAR)"
    java -jar "$JAR" generate --year "$YEAR" --kind vendor --rows "$rows" --out "$dir" --force >/dev/null 2>"$OUT/generate.log" || { cat "$OUT/generate.log" >&2; die "upm generate failed"; }
  fi
  printf '%s\n' "$file"
}

# filled ROWS [duplicates]: a toolkit of ROWS prepared lines with every line filled (cached), with
# "duplicates" every second line a duplicate of the line above: prints its path
filled() {
  local rows="$1" variant="${2:-}" file tk
  file="$CACHE/filled/vendor-$rows-lines${variant:+-$variant}.xlsx"
  tk="$(toolkit "$rows")"
  if [[ ! -f "$file" || "$tk" -nt "$file" || "$BENCH/src/Filler.java" -nt "$file" ]]; then
    mkdir -p "$CACHE/filled"
    log "bench: filling $rows lines${variant:+ ($variant)}"
    java -cp "$FILLER_CP" Filler --toolkit "$tk" --year "$YEAR" --lines "$rows" --out "$file" \
      ${variant:+--$variant} >&2
  fi
  printf '%s\n' "$file"
}

machine() {
  local cpu
  cpu="$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //; s/  */ /g' || echo unknown)"
  printf '%s, %s cores, %s GiB, Java %s' "$cpu" "$(nproc)" \
    "$(awk '/MemTotal/ {printf "%.0f", $2/1048576}' /proc/meminfo)" \
    "$(java -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')"
}

loadavg() { cut -d' ' -f1 /proc/loadavg; }

# measure ID RUNS WARMUP COMMAND...: times COMMAND with hyperfine (RUNS runs after WARMUP unmeasured
# ones), every run under GNU time for its peak RSS. Sets MEDIAN (wall s), MIN (wall s), CPU (mean
# user + system s, all threads: less sensitive than wall time to other load on a shared machine),
# RSS_MB (highest peak RSS of the measured runs) and appends "ID median min cpu rss runs" to
# $OUT/measurements.
measure() {
  local id="$1" runs="$2" warmup="$3"; shift 3
  local rss="$OUT/$id.rss" csv="$OUT/$id.csv" cmd
  cmd="$(printf '%q ' "$@")"
  rm -f "$rss"
  log "bench: $id: $runs runs (+$warmup warm-up), load average $(loadavg)"
  hyperfine --style basic --runs "$runs" --warmup "$warmup" --export-csv "$csv" \
    --command-name "$id" \
    "/usr/bin/time -a -f %M -o '$rss' $cmd >/dev/null 2>'$OUT/$id.stderr'" >&2 \
    || { cat "$OUT/$id.stderr" >&2; die "$id failed"; }
  MEDIAN="$(awk -F, 'NR==2 {printf "%.3f", $4}' "$csv")"
  MIN="$(awk -F, 'NR==2 {printf "%.3f", $7}' "$csv")"
  CPU="$(awk -F, 'NR==2 {printf "%.2f", $5 + $6}' "$csv")"
  # the warm-up runs appended their RSS too: keep the last RUNS lines
  RSS_MB="$(tail -n "$runs" "$rss" | sort -n | tail -1 | awk '{printf "%.0f", $1/1024}')"
  printf '%s %s %s %s %s %s\n' "$id" "$MEDIAN" "$MIN" "$CPU" "$RSS_MB" "$runs" >>"$OUT/measurements"
}

# ratio A B: A / B to one decimal (e.g. how many times slower B is than A when A is the other's time)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "n/a" }'; }

# Results table rows: one per contender or figure.
result_row() { # BENCH CONTENDER RUNS MEDIAN_S CPU_S PEAK_RSS_MB NOTE
  if [[ ! -f "$RESULTS" ]]; then
    cat >"$RESULTS" <<'EOF'
# Benchmark results

Appended by the `bench/*.sh` scripts, newest last; `bench/README.md` says what each measures. Times
are medians of wall time including JVM start (seconds); CPU is the mean user + system time of all
threads (JIT compiler and GC included); RSS the highest peak resident set of the measured runs (MB). "load" is the 1-minute load average when the benchmark started: this machine
is shared, so a load above the core count means the figures are pessimistic.

| date (UTC) | upm | machine | load | benchmark | contender | runs | median s | CPU s | peak RSS MB | note |
|---|---|---|---|---|---|---|---|---|---|---|
EOF
  fi
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$(date -u +%Y-%m-%dT%H:%MZ)" \
    "$UPM_COMMIT" "$MACHINE" "$START_LOAD" "$1" "$2" "$3" "$4" "$5" "$6" "$7" >>"$RESULTS"
}

bench_start() { # NAME
  ensure_tools
  ensure_jar
  ensure_helpers
  MACHINE="$(machine)"
  START_LOAD="$(loadavg)"
  : >"$OUT/measurements"
  log "bench: $1 with $UPM_VERSION ($UPM_COMMIT, JVM options of ./upm: ${UPM_OPTS[*]:-none}) on $MACHINE, load average $START_LOAD"
}
