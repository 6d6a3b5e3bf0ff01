# A class-data-sharing archive for the command line's jar, made once per build of the jar and per
# JVM. Sourced by ./corroborate and benchmarks/side-by-side.sh; defines cds_archive.
#
# A JVM starting from such an archive maps the classes it holds already parsed, checked and linked,
# and the lambdas and method-handle forms they use already spun, instead of making them again in
# every process: the command's start-up (`--version`) falls from about 0.36 to 0.26 s and a
# `discover --algorithm sums` run on 10^7 observations from about 3.25 to 2.95 s on the
# development machine (benchmarks/README.md, "Seventeenth round"). The reports are the same bytes.
#
# The archive is a static one: a few small training runs of the jar list the classes they load
# (-XX:DumpLoadedClassList), and -Xshare:dump writes them out. (Java 17's dynamic archive,
# -XX:ArchiveClassesAtExit, made the readers' byte-array views slow: a 10^7-line read took 8 s
# instead of 1.3.) It is kept beside the jar, with a key file naming the jar (path, size, time) and
# the JVM it was made for (the real path of `java` and the size and time of its libjvm); it is made
# again when either changes. When it cannot be made, the key is written without an archive, and
# the command runs without one until the jar or the JVM changes.

# The classes of small runs of every command the archive serves: discover on TSV, CSV (all
# algorithms, the three report formats) and score on the bundled seeds (text and JSON). Writes the
# merged list to $2; $1 is the jar, $3 the folder holding seeds/, $4 a scratch folder.
cds_training_list() {
  local jar="$1" list="$2" home="$3" work="$4"
  # 24 sources, 60 items, three values, a fifth of the pairs left out: enough conflict that every
  # algorithm takes its iterating path
  awk 'BEGIN { for (s = 0; s < 24; s++) for (i = 0; i < 60; i++) {
      if ((7 * s + i) % 5 == 0) continue
      printf "s%02d\ti%03d\tv%d\n", s, i, (i % 4 == 0 && s % 3 == 0) ? (i + s) % 3 : i % 3 } }' \
    >"$work/train.tsv" || return 1
  { printf 'source,item,value\n'; tr '\t' ',' <"$work/train.tsv"; } >"$work/train.csv" || return 1
  # the five runs side by side (each a second or two of mostly one thread), every one required
  local -a pids=()
  local pid failed=0
  java -XX:DumpLoadedClassList="$work/1.lst" -jar "$jar" discover "$work/train.tsv" \
    --algorithm all --format json --explain >/dev/null 2>&1 &
  pids+=($!)
  java -XX:DumpLoadedClassList="$work/2.lst" -jar "$jar" discover "$work/train.tsv" \
    --algorithm sums >/dev/null 2>&1 &
  pids+=($!)
  java -XX:DumpLoadedClassList="$work/3.lst" -jar "$jar" discover "$work/train.csv" \
    --algorithm truthfinder --format html >/dev/null 2>&1 &
  pids+=($!)
  java -XX:DumpLoadedClassList="$work/4.lst" -Dcorroborate.home="$home" -jar "$jar" score \
    >/dev/null 2>&1 &
  pids+=($!)
  java -XX:DumpLoadedClassList="$work/5.lst" -Dcorroborate.home="$home" -jar "$jar" score \
    --format json >/dev/null 2>&1 &
  pids+=($!)
  for pid in "${pids[@]}"; do
    wait "$pid" || failed=1
  done
  ((failed == 0)) || return 1
  cds_merge_lists "$work/1.lst" "$work/2.lst" "$work/3.lst" "$work/4.lst" "$work/5.lst" >"$list"
}

# The class lists named, merged on standard output: each line once, in the order first written,
# without the lists' comments. Newer JVMs number their classes ("java/lang/Object id: 0"), and the
# numbers of separate runs clash, so they are dropped; a line that names classes by number (one
# loaded by a loader of the program's own, "super: 0 source: ...") is dropped with them: the
# command's classes all come from the JVM's application loader.
cds_merge_lists() {
  awk '/^#/ || / (super|interfaces|source): / { next }
    / id: [0-9]+$/ { sub(/ id: [0-9]+$/, "") }
    !seen[$0]++' "$@"
}

# What the archive of jar $1 was made for: the jar (where it is, its size and time), the JVM that
# `java` runs and this script (its training runs). Fails where the tools it needs (GNU stat,
# readlink -f) are missing.
cds_key() {
  local jar="$1" bin lib
  bin="$(command -v java)" || return 1
  bin="$(readlink -f "$bin")" || return 1
  lib="$(dirname "$bin")/../lib/server/libjvm.so"
  [[ -f "$lib" ]] || lib="$bin"
  # the archive holds the jar's path, which the JVM checks: a checkout moved elsewhere makes it anew
  printf 'jar %s %s\njava %s\njvm %s\nscript %s\n' "$(readlink -f "$jar")" \
    "$(stat -c '%s %Y' "$jar")" "$bin" "$(stat -c '%s %Y' "$lib")" \
    "$(stat -c '%s %Y' "${BASH_SOURCE[0]}")"
}

# Sets CDS_FLAGS to the JVM flags that run jar $1 from its archive, making the archive first when
# there is none for this jar and JVM; CDS_FLAGS is empty when no archive can be made. $2 is the
# folder holding seeds/ (the training runs score them). Says on standard error that it is making
# the archive; the training runs' own output is dropped.
cds_archive() {
  local jar="$1" home="$2" archive key stored="" work
  CDS_FLAGS=()
  archive="${jar%.jar}.jsa"
  key="$(cds_key "$jar")" || return 0
  if [[ -f "$archive.key" ]]; then
    stored="$(<"$archive.key")"
  fi
  # a jar in a folder this user cannot write to (an installed copy) runs without an archive, and
  # without trying to make one on every run
  if [[ "$stored" != "$key" && -w "$(dirname "$archive")" ]]; then
    echo "corroborate: making the class-data-sharing archive for this jar and JVM (once)..." >&2
    rm -f "$archive"
    work="$(mktemp -d)" || return 0
    if cds_training_list "$jar" "$work/classes.lst" "$home" "$work" \
      && java -Xshare:dump -XX:SharedClassListFile="$work/classes.lst" \
        -XX:SharedArchiveFile="$work/archive.jsa" -cp "$jar" >/dev/null 2>&1; then
      mv -f "$work/archive.jsa" "$archive" || true
    else
      echo "corroborate: the JVM made no class-data-sharing archive; running without one" >&2
    fi
    rm -rf "$work"
    # written after the archive, so that a run stopped halfway leaves no key and tries again
    printf '%s\n' "$key" >"$archive.key" && stored="$key"
  fi
  # an archive whose key does not match (made for another jar or JVM) is left unused
  if [[ "$stored" == "$key" && -f "$archive" ]]; then
    CDS_FLAGS=(-XX:SharedArchiveFile="$archive")
  fi
}
