#!/usr/bin/env bash
# Whole-process timings of `discover` on synthetic data, contenders run in turn (issue 14).
#
# Every run is a fresh JVM reading the file, compiling, iterating and writing the report, as a
# user's command does. Runs are interleaved (run 1 of every contender, then run 2, ...; the
# contenders' order rotates from one round to the next), because on a shared machine the load
# drifts over minutes and back-to-back runs of one build would measure the drift. Reports of the
# jar contenders are compared by SHA-256: a faster build that changes the report is not faster.
#
#   benchmarks/side-by-side.sh [options] [NAME=JAR | NAME=cmd:TEMPLATE ...]
#
# Contenders (default: main=the command-line jar of this checkout, built when missing):
#   NAME=PATH.jar        java [flags] -jar PATH.jar discover {input} --algorithm {algorithm}
#                        --out {output}
#   NAME=cmd:TEMPLATE    any command (a peer's, say), run by bash with {input}, {algorithm} and
#                        {output} replaced; its report is not compared
# Options:
#   --observations LIST  comma-separated sizes of the synthetic files (default 1000000,10000000)
#   --algorithms LIST    comma-separated algorithm names or all (default: every algorithm the jar
#                        lists, then all)
#   --runs N             runs per contender, algorithm and size (default 3)
#   --sources N, --domain N, --seed N
#                        the synthetic files' shape (default 1000, 10, 1: the files of
#                        benchmarks/README.md)
#   --data DIR           where the synthetic files are made and kept, and the reports written
#                        (default ${TMPDIR:-/tmp}/corroborate-side-by-side)
#   --java-flags "..."   JVM flags for the jar contenders (default: what ./corroborate passes,
#                        its JVM warnings on standard error and -XX:+UseTransparentHugePages
#                        where the kernel gives huge pages on request)
#   --no-archive         run the jar contenders without the class-data-sharing archive that
#                        ./corroborate makes for its jar (scoring-cli/class-data-sharing.sh; by
#                        default each jar contender gets its own, made once beside the jar)
#
# Prints a Markdown table on standard output (progress on standard error): per size, algorithm
# and contender, the median and the range of the wall time, the median CPU time (user + system,
# every thread of the process) and the median of its system part (the kernel's, mostly zeroing the
# pages the heap touches for the first time, which varies from run to run more than the program's
# own time does), the largest resident size, and whether the reports agree. Wall
# time and resident size come from GNU time (/usr/bin/time) where it is installed; without it
# bash's own timer gives wall and CPU time, and the resident size is left blank.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

observations="1000000,10000000"
algorithms=""
runs=3
sources=1000
domain=10
seed=1
data="${TMPDIR:-/tmp}/corroborate-side-by-side"
java_flags=()
java_flags_given=false
use_archive=true
contenders=()

usage() {
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//' >&2
  exit 2
}

fail() {
  echo "side-by-side: $*" >&2
  exit 2
}

positive() { # NAME VALUE: VALUE is a whole number of at least 1
  [[ "$2" =~ ^[1-9][0-9]*$ ]] || fail "$1 must be a whole number of at least 1, not '$2'"
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --observations) observations="${2:?--observations needs a value}"; shift 2 ;;
    --algorithms) algorithms="${2:?--algorithms needs a value}"; shift 2 ;;
    --runs) runs="${2:?--runs needs a value}"; shift 2 ;;
    --sources) sources="${2:?--sources needs a value}"; shift 2 ;;
    --domain) domain="${2:?--domain needs a value}"; shift 2 ;;
    --seed) seed="${2:?--seed needs a value}"; shift 2 ;;
    --data) data="${2:?--data needs a value}"; shift 2 ;;
    --java-flags) read -r -a java_flags <<<"${2?--java-flags needs a value}"; java_flags_given=true; shift 2 ;;
    --no-archive) use_archive=false; shift ;;
    -h|--help) usage ;;
    -*) fail "unknown option $1 (see --help)" ;;
    *=*) contenders+=("$1"); shift ;;
    *) fail "a contender is NAME=JAR or NAME=cmd:TEMPLATE, not '$1'" ;;
  esac
done
positive --runs "$runs"
positive --sources "$sources"
positive --domain "$domain"
[[ "$seed" =~ ^-?[0-9]+$ ]] || fail "--seed must be a whole number, not '$seed'"
IFS=, read -r -a sizes <<<"$observations"
for n in "${sizes[@]}"; do positive --observations "$n"; done

if ! $java_flags_given; then
  java_flags=(-Xlog:disable -Xlog:all=warning:stderr) # as ./corroborate does
  if [[ -r /sys/kernel/mm/transparent_hugepage/enabled ]] \
    && grep -q '\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled; then
    java_flags+=(-XX:+UseTransparentHugePages) # as ./corroborate does
  fi
fi

# the jars this script needs from the checkout: the generator, and the default contender
BENCH_JAR="$ROOT/benchmarks/target/benchmarks.jar"
cli_jar() { ls "$ROOT"/scoring-cli/target/scoring-cli-*-all.jar 2>/dev/null | head -n 1 || true; }
if [[ ! -f "$BENCH_JAR" || ( ${#contenders[@]} -eq 0 && -z "$(cli_jar)" ) ]]; then
  echo "side-by-side: building the benchmarks and the command line (mvn package)..." >&2
  (cd "$ROOT" && mvn -B -q package -DskipTests -Dmaven.javadoc.skip -Djacoco.skip \
    -pl benchmarks,scoring-cli -am) >&2
fi
if [[ ${#contenders[@]} -eq 0 ]]; then
  [[ -n "$(cli_jar)" ]] || fail "the build left no scoring-cli/target/scoring-cli-*-all.jar"
  contenders=("main=$(cli_jar)")
fi

names=()
declare -A kind command archive
source "$ROOT/scoring-cli/class-data-sharing.sh"
for c in "${contenders[@]}"; do
  name="${c%%=*}"
  spec="${c#*=}"
  [[ "$name" =~ ^[A-Za-z0-9._-]+$ ]] || fail "contender name '$name': letters, digits, . _ - only"
  [[ -z "${kind[$name]+x}" ]] || fail "contender '$name' is named twice"
  if [[ "$spec" == cmd:* ]]; then
    kind[$name]=cmd
    command[$name]="${spec#cmd:}"
  else
    [[ -f "$spec" ]] || fail "contender '$name': no such jar $spec"
    kind[$name]=jar
    command[$name]="$(cd "$(dirname "$spec")" && pwd)/$(basename "$spec")"
    archive[$name]=""
    if $use_archive; then
      cds_archive "${command[$name]}" "$ROOT"
      archive[$name]="${CDS_FLAGS[*]-}"
    fi
  fi
  names+=("$name")
done

if [[ -z "$algorithms" ]]; then
  first_jar=""
  for name in "${names[@]}"; do
    if [[ "${kind[$name]}" == jar ]]; then first_jar="${command[$name]}"; break; fi
  done
  [[ -n "$first_jar" ]] || fail "--algorithms is needed when no contender is a jar"
  algorithms="$(java -jar "$first_jar" algorithms | awk -F'\t' '/^[a-z0-9-]+\t/ {print $1}' | paste -sd, -),all"
fi
IFS=, read -r -a algs <<<"$algorithms"

mkdir -p "$data"
data="$(cd "$data" && pwd)"
for n in "${sizes[@]}"; do
  file="$data/syn-$n-$sources-$domain-$seed.tsv"
  if [[ ! -s "$file" ]]; then
    echo "side-by-side: making $file" >&2
    java -cp "$BENCH_JAR" org.corroborate.benchmarks.truth.SyntheticData --observations "$n" \
      --sources "$sources" --domain "$domain" --seed "$seed" --out "$file.part" >&2
    mv "$file.part" "$file"
  fi
done

gnu_time=""
if [[ -x /usr/bin/time ]] && /usr/bin/time -f '%e' true 2>/dev/null; then
  gnu_time=/usr/bin/time
fi

# one run: sets run_wall, run_cpu and run_kb (empty without GNU time); the report goes to $4
run_once() { # NAME INPUT ALGORITHM OUTPUT
  local name="$1" input="$2" algorithm="$3" output="$4" timing="$data/.timing" log="$data/.log"
  local -a cmd
  if [[ "${kind[$name]}" == jar ]]; then
    cmd=(java ${java_flags[@]+"${java_flags[@]}"})
    [[ -z "${archive[$name]}" ]] || cmd+=("${archive[$name]}")
    cmd+=(-jar "${command[$name]}" discover "$input" --algorithm "$algorithm" --out "$output")
  else
    local template="${command[$name]}"
    template="${template//\{input\}/$input}"
    template="${template//\{algorithm\}/$algorithm}"
    template="${template//\{output\}/$output}"
    cmd=(bash -c "$template")
  fi
  rm -f "$output"
  if [[ -n "$gnu_time" ]]; then
    if ! "$gnu_time" -f '%e %U %S %M' -o "$timing" "${cmd[@]}" >"$log" 2>&1; then
      tail -n 20 "$log" >&2
      fail "$name failed on $input with $algorithm (its last lines above)"
    fi
    read -r run_wall run_cpu run_sys run_kb < <(awk '{printf "%s %.2f %.2f %s\n", $1, $2 + $3, $3, $4}' "$timing")
  else
    local TIMEFORMAT='%R %U %S' status=0
    { time "${cmd[@]}" >"$log" 2>&1 || status=$?; } 2>"$timing"
    if [[ $status -ne 0 ]]; then
      tail -n 20 "$log" >&2
      fail "$name failed on $input with $algorithm (its last lines above)"
    fi
    read -r run_wall run_cpu run_sys < <(awk '{printf "%s %.2f %.2f\n", $1, $2 + $3, $3}' "$timing")
    run_kb=""
  fi
}

declare -A walls cpus syss rss digest
load() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?"; }
started="$(date -u '+%Y-%m-%d %H:%M UTC')"
load_start="$(load)"
count=${#names[@]}
for ((r = 0; r < runs; r++)); do
  for n in "${sizes[@]}"; do
    input="$data/syn-$n-$sources-$domain-$seed.tsv"
    for algorithm in "${algs[@]}"; do
      for ((k = 0; k < count; k++)); do
        name="${names[$(((k + r) % count))]}"
        key="$n|$algorithm|$name"
        output="$data/report-$name-$n-$algorithm.txt"
        run_once "$name" "$input" "$algorithm" "$output"
        walls[$key]="${walls[$key]:-}$run_wall "
        cpus[$key]="${cpus[$key]:-}$run_cpu "
        syss[$key]="${syss[$key]:-}$run_sys "
        if [[ -n "$run_kb" ]] && (( run_kb > ${rss[$key]:-0} )); then rss[$key]=$run_kb; fi
        if [[ "${kind[$name]}" == jar ]]; then
          sum="$(sha256sum "$output" | cut -c1-64)"
          if [[ -n "${digest[$key]:-}" && "${digest[$key]}" != "$sum" ]]; then
            digest[$key]=varies
          elif [[ "${digest[$key]:-}" != varies ]]; then
            digest[$key]=$sum
          fi
        fi
        rm -f "$output"
        echo "side-by-side: run $((r + 1))/$runs $name $algorithm n=$n: $run_wall s wall, $run_cpu s CPU ($run_sys s system)" >&2
      done
    done
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{v[NR] = $1} END {
  if (NR % 2) printf "%.2f", v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
range() { tr ' ' '\n' | grep -v '^$' | sort -g | awk 'NR == 1 {lo = $1} {hi = $1} END {
  printf "%.2f to %.2f", lo, hi}'; }

echo "Side by side, $started to $(date -u '+%H:%M UTC'): $(nproc) processors, load average" \
  "$load_start at the start and $(load) at the end; $runs runs each, interleaved; synthetic files" \
  "of $sources sources, domain $domain, seed $seed; JVM flags: ${java_flags[*]:-(none)};" \
  "class-data-sharing archives: $($use_archive && echo "each jar's own" || echo none)."
echo
echo "| observations | algorithm | contender | wall, median (s) | wall, range (s) | CPU, median (s) | of it system, median (s) | max RSS (MB) | report |"
echo "|---:|---|---|---:|---:|---:|---:|---:|---|"
for n in "${sizes[@]}"; do
  for algorithm in "${algs[@]}"; do
    reference=""
    for name in "${names[@]}"; do
      key="$n|$algorithm|$name"
      if [[ "${kind[$name]}" != jar ]]; then
        report="not compared"
      elif [[ "${digest[$key]}" == varies ]]; then
        report="**varies between runs**"
      elif [[ -z "$reference" ]]; then
        reference="${digest[$key]}"
        report="sha256 ${reference:0:12}"
      elif [[ "${digest[$key]}" == "$reference" ]]; then
        report="same"
      else
        report="**differs**"
      fi
      mb=""
      if [[ -n "${rss[$key]:-}" ]]; then mb=$(( (rss[$key] + 512) / 1024 )); fi
      printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$algorithm" "$name" \
        "$(median <<<"${walls[$key]}")" "$(range <<<"${walls[$key]}")" \
        "$(median <<<"${cpus[$key]}")" "$(median <<<"${syss[$key]}")" "$mb" "$report"
    done
  done
done
