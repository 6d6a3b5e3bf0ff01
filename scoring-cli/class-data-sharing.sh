# Class-data-sharing archives for the command line: one for its jar, one for the class path of
# `--engine spark`, each made once per build and per JVM. Sourced by ./corroborate and
# benchmarks/side-by-side.sh; defines cds_archive and cds_spark_archive.
#
# A JVM starting from such an archive maps the classes it holds already parsed, checked and linked,
# and the lambdas and method-handle forms they use already spun, instead of making them again in
# every process: the command's start-up (`--version`) falls from about 0.36 to 0.26 s, a
# `discover --algorithm sums` run on 10^7 observations from about 3.25 to 2.95 s, and a small
# `discover --engine spark` run, which loads some 20,000 classes, from about 18.5 to 15 s on the
# development machine (benchmarks/README.md, "Seventeenth round"). The reports are the same bytes.
#
# The archives are static ones: small training runs list the classes they load
# (-XX:DumpLoadedClassList), and -Xshare:dump writes them out. (Java 17's dynamic archive,
# -XX:ArchiveClassesAtExit, made the readers' byte-array views slow: a 10^7-line read took 8 s
# instead of 1.3.) An archive is kept with a key file naming what it was made for: the files of its
# class path that a build changes (path, size, time), the JVM (the real path of `java` and the
# size and time of its libjvm) and this script; it is made again when any of them changes, and an
# archive whose key does not match is never used. When the JVM cannot make one, the key is written
# without an archive, and the command runs without one until the key changes; where the archive's
# folder cannot be written (an installed copy), nothing is tried.

# The main class of the command line, in the jar and on the Spark class path.
CDS_MAIN=org.corroborate.cli.CorroborateCommand

# Training runs for the command line's jar: discover on TSV and CSV (all algorithms, the three
# report formats) and score on the bundled seeds (text and JSON), side by side (each a second or
# two of mostly one thread). $1 is the class path, $2 the folder holding seeds/, $3 the scratch
# folder the lists go to (as N.lst); fails when any run fails.
cds_train_cli() {
  local cp="$1" home="$2" work="$3"
  cds_training_data "$work" || return 1
  local -a pids=()
  local pid failed=0
  java -XX:DumpLoadedClassList="$work/1.lst" -cp "$cp" "$CDS_MAIN" discover "$work/train.tsv" \
    --algorithm all --format json --explain >/dev/null 2>&1 &
  pids+=($!)
  java -XX:DumpLoadedClassList="$work/2.lst" -cp "$cp" "$CDS_MAIN" discover "$work/train.tsv" \
    --algorithm sums >/dev/null 2>&1 &
  pids+=($!)
  java -XX:DumpLoadedClassList="$work/3.lst" -cp "$cp" "$CDS_MAIN" discover "$work/train.csv" \
    --algorithm truthfinder --format html >/dev/null 2>&1 &
  pids+=($!)
  java -XX:DumpLoadedClassList="$work/4.lst" -Dcorroborate.home="$home" -cp "$cp" "$CDS_MAIN" \
    score >/dev/null 2>&1 &
  pids+=($!)
  java -XX:DumpLoadedClassList="$work/5.lst" -Dcorroborate.home="$home" -cp "$cp" "$CDS_MAIN" \
    score --format json >/dev/null 2>&1 &
  pids+=($!)
  for pid in "${pids[@]}"; do
    wait "$pid" || failed=1
  done
  ((failed == 0))
}

# The training run for `--engine spark` (about 20 s: one local Spark session, most of its time
# in Spark's own set-up); the arguments as for cds_train_cli.
cds_train_spark() {
  local cp="$1" home="$2" work="$3"
  cds_training_data "$work" || return 1
  SPARK_LOCAL_IP=127.0.0.1 java -XX:DumpLoadedClassList="$work/1.lst" \
    -Dcorroborate.home="$home" \
    -Dlog4j2.configurationFile=org/corroborate/spark/log4j2-cli.properties \
    -cp "$cp" "$CDS_MAIN" discover "$work/train.tsv" --engine spark --algorithm sums \
    >/dev/null 2>&1
}

# The training runs' observations in $1: train.tsv and the same as train.csv.
cds_training_data() {
  local work="$1"
  # 24 sources, 60 items, three values, a fifth of the pairs left out: enough conflict that every
  # algorithm takes its iterating path
  awk 'BEGIN { for (s = 0; s < 24; s++) for (i = 0; i < 60; i++) {
      if ((7 * s + i) % 5 == 0) continue
      printf "s%02d\ti%03d\tv%d\n", s, i, (i % 4 == 0 && s % 3 == 0) ? (i + s) % 3 : i % 3 } }' \
    >"$work/train.tsv" || return 1
  { printf 'source,item,value\n'; tr '\t' ',' <"$work/train.tsv"; } >"$work/train.csv"
}

# The class lists named, merged on standard output: each line once, in the order first written,
# without the lists' comments. Newer JVMs number their classes ("java/lang/Object id: 0"), and the
# numbers of separate runs clash, so they are dropped; a line that names classes by number (one
# loaded by a loader of the program's own, "super: 0 source: ...") is dropped with them: the
# command's classes all come from the JVM's application loader. The bound method handles' species
# ("@lambda-form-invoker [SPECIES_RESOLVE] ...") are dropped too: Java 17 made them into classes of
# the archive, and a JVM with a class-file load hook (Flight Recorder, a Java agent) then crashed
# loading one (SIGSEGV in KlassFactory::check_shared_class_file_load_hook, --engine spark with
# -XX:StartFlightRecording). The JVM spins the few a run needs, as it does without an archive.
cds_merge_lists() {
  awk '/^#/ || / (super|interfaces|source): / || /^@lambda-form-invoker \[SPECIES_RESOLVE\]/ { next }
    / id: [0-9]+$/ { sub(/ id: [0-9]+$/, "") }
    !seen[$0]++' "$@"
}

# Sets CDS_KEY to what an archive was made for: the files named (where each is, its size and time),
# the JVM that `java` runs and this script (its training runs). Fails where the tools it needs
# (GNU stat, readlink -f) are missing. Every run of the command pays for it, so it starts two
# programs (readlink, stat) and no subshell.
cds_key() {
  local bin="" dir lib i n=$#
  local -a dirs real sizes
  # the java that PATH gives, as `command -v java` would find it
  IFS=: read -r -a dirs <<<"$PATH"
  for dir in "${dirs[@]}"; do
    if [[ -n "$dir" && -f "$dir/java" && -x "$dir/java" ]]; then
      bin="$dir/java"
      break
    fi
  done
  [[ -n "$bin" ]] || return 1
  # an archive holds its class path, which the JVM checks: a checkout moved elsewhere makes anew
  mapfile -t real < <(readlink -f -- "$bin" "$@")
  ((${#real[@]} == n + 1)) || return 1
  lib="${real[0]%/*}/../lib/server/libjvm.so"
  [[ -f "$lib" ]] || lib="${real[0]}"
  mapfile -t sizes < <(stat -c '%s %Y' -- "$@" "$lib" "${BASH_SOURCE[0]}")
  ((${#sizes[@]} == n + 2)) || return 1
  CDS_KEY=""
  for ((i = 0; i < n; i++)); do
    CDS_KEY+="file ${real[i + 1]} ${sizes[i]}"$'\n'
  done
  CDS_KEY+="java ${real[0]}"$'\n'"jvm ${sizes[n]}"$'\n'"script ${sizes[n + 1]}"
}

# Sets CDS_FLAGS to the JVM flags that run class path $2 from archive $1, making the archive first
# when there is none for the key files $5... and this JVM: trainer $3 (cds_train_cli or
# cds_train_spark) runs with the class path, $4 (the folder holding seeds/) and a scratch folder.
# CDS_FLAGS is empty when there is no archive. Says on standard error that it is making one; the
# training runs' own output is dropped.
cds_prepare() {
  local archive="$1" cp="$2" trainer="$3" home="$4" key stored="" work folder=.
  shift 4
  CDS_FLAGS=()
  cds_key "$@" || return 0
  key="$CDS_KEY"
  if [[ -f "$archive.key" ]]; then
    IFS= read -r -d '' stored <"$archive.key" || true
    stored="${stored%$'\n'}"
  fi
  [[ "$archive" != */* ]] || folder="${archive%/*}"
  if [[ "$stored" != "$key" && -w "$folder" ]]; then
    echo "corroborate: making the class-data-sharing archive for this build and JVM (once)..." >&2
    rm -f "$archive"
    work="$(mktemp -d)" || return 0
    # the training and dumping JVMs without the user's options for the command's own JVM: an agent
    # there stops the dump (and the key would keep the command without an archive until the next
    # build), and a flight recording would be written over by six other JVMs
    if (unset JAVA_TOOL_OPTIONS JDK_JAVA_OPTIONS _JAVA_OPTIONS
      "$trainer" "$cp" "$home" "$work" \
        && cds_merge_lists "$work"/*.lst >"$work/classes.txt" \
        && java -Xshare:dump -XX:SharedClassListFile="$work/classes.txt" \
          -XX:SharedArchiveFile="$work/archive.jsa" -cp "$cp" >/dev/null 2>&1); then
      mv -f "$work/archive.jsa" "$archive" || true
    else
      echo "corroborate: the JVM made no class-data-sharing archive; running without one" >&2
    fi
    rm -rf "$work"
    # written after the archive, so that a run stopped halfway leaves no key and tries again
    printf '%s\n' "$key" >"$archive.key" && stored="$key"
  fi
  if [[ "$stored" == "$key" && -f "$archive" ]]; then
    CDS_FLAGS=(-XX:SharedArchiveFile="$archive")
  fi
}

# CDS_FLAGS for `java -jar $1` (the command line's jar), its archive beside it; $2 holds seeds/.
cds_archive() {
  cds_prepare "${1%.jar}.jsa" "$1" cds_train_cli "$2" "$1"
}

# CDS_FLAGS for `--engine spark`, and CDS_CLASSPATH the class path to run it with (the archive
# holds that exact string, so the command must use this one): $1 the scoring-spark jar, $2 the
# file listing the rest of the class path (the archive goes beside it), $3 the folder holding
# seeds/.
cds_spark_archive() {
  CDS_CLASSPATH="$1:$(<"$2")"
  cds_prepare "${2%.classpath}.jsa" "$CDS_CLASSPATH" cds_train_spark "$3" "$1" "$2"
}
