#!/bin/sh
# Benchmarks jobjournal against cmark, the C library that parses the same Markdown, on
# generated journals, and `jobjournal mail` against cat on a generated Maildir with as many
# messages as the main journal has applications, and prints the ratios the performance
# targets are set in.
#
#   scripts/bench.sh                 all sizes (1,000 / 10,000 / 50,000 applications)
#   BENCH_SIZES="200 2000" scripts/bench.sh   smaller journals (the test suite's smoke run)
#   BENCH_RUNS=3 scripts/bench.sh    fewer timed runs per command
#
# The import line times `import linkedin` of as many generated rows (scripts/generate-linkedin.py)
# against `cp -r` of the journal it makes.
#
# The caches (docs/performance.md) are kept in a folder of the benchmark's own, never the
# user's: the rows measured before it existed run without it (JOBJOURNAL_NO_CACHE=1), and the
# cache rows, side by side with cmark in one hyperfine run, time `due` and `report` with a warm
# cache, `due` after one file was edited, and `due` with no cache to start from (deleted before
# each run: parsing everything and writing the cache) against `due` without the cache. The mail
# line reads the journal through the warm cache too, as `mail` does by default.
#
# Needs: a release build (make build), cmark, hyperfine, python3. Journals are generated
# once into .build-bench/ and reused.
set -eu
cd "$(dirname "$0")/.."

SIZES=${BENCH_SIZES:-"1000 10000 50000"}
RUNS=${BENCH_RUNS:-10}
TODAY=2026-11-26
BIN=${JOBJOURNAL:-.build/release/jobjournal}
WORK=${BENCH_DIR:-.build-bench}
mkdir -p "$WORK"
CACHE_HOME=$(mktemp -d "${TMPDIR:-/tmp}/jobjournal-bench-cache.XXXXXX")
trap 'rm -rf "$CACHE_HOME"' EXIT
export XDG_CACHE_HOME="$CACHE_HOME" JOBJOURNAL_NO_CACHE=1

for tool in cmark hyperfine python3; do
  command -v $tool >/dev/null 2>&1 || { echo "bench: $tool is missing (make deps installs it)" >&2; exit 2; }
done
[ -x "$BIN" ] || { echo "bench: $BIN is missing: run make build first" >&2; exit 2; }

# The size compared with cmark: 10,000 when it is among the sizes, else the middle one.
set -- $SIZES
MAIN=$(echo "$SIZES" | tr ' ' '\n' | grep -x 10000 || echo "$SIZES" | tr ' ' '\n' | sed -n "$(( ($# + 1) / 2 ))p")

for n in $SIZES; do
  dir="$WORK/journal-$n"
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir"
    python3 scripts/generate-journal.py "$n" "$dir"
    (cd "$dir" && find . -name '*.md' -print0 | sort -z > ../files-$n.list)
    touch "$dir/.complete"
  fi
done

main="$WORK/journal-$MAIN"
one=$(cd "$main" && find . -name '*.md' | sort | head -1)
echo "machine: $(nproc) cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "journal: $MAIN applications, $(du -sh "$main" | cut -f1)"

hf() {  # name, warmup runs, timed runs, then hyperfine arguments
  name=$1; warmup=$2; runs=$3; shift 3
  hyperfine --style none --warmup "$warmup" --runs "$runs" --export-json "$WORK/$name.json" "$@" >/dev/null
}

hf cmark-vs-report 1 "$RUNS" \
  --command-name cmark "cd $main && xargs -0 cmark < ../files-$MAIN.list > /dev/null" \
  --command-name report "$BIN report --format json --dir $main --today $TODAY > /dev/null"
hf stats-vs-report 1 "$RUNS" \
  --command-name report "$BIN report --format json --dir $main --today $TODAY > /dev/null" \
  --command-name stats "$BIN stats --format json --dir $main --today $TODAY > /dev/null"
hf check-one 20 $(( RUNS * 20 )) --shell=none \
  --command-name cmark "cmark $main/$one" \
  --command-name check "$BIN check $main/$one"
scaling=""
for n in $SIZES; do
  hf "report-$n" 1 "$RUNS" --command-name "report-$n" "$BIN report --format json --dir $WORK/journal-$n --today $TODAY > /dev/null"
  scaling="$scaling $n"
done
# Import: MAIN LinkedIn rows into an empty journal, side by side with cp -r of the journal it
# makes (every file still written atomically: written aside, flushed, linked in).
rows="$WORK/linkedin-$MAIN.csv"
[ -f "$rows" ] || python3 scripts/generate-linkedin.py "$MAIN" > "$rows"
made="$WORK/imported-$MAIN"
rm -rf "$made" && mkdir "$made"
"$BIN" import linkedin "$rows" --dir "$made" --today $TODAY > /dev/null
hf import-vs-cp 1 "$RUNS" \
  --prepare "rm -rf $WORK/import-into $WORK/copy && mkdir $WORK/import-into" \
  --command-name cp "cp -r $made $WORK/copy" \
  --command-name import "$BIN import linkedin $rows --dir $WORK/import-into --today $TODAY > /dev/null"
rss=$( { /usr/bin/time -f '%M' "$BIN" report --format json --dir "$main" --today $TODAY > /dev/null; } 2>&1 | tail -1)
# The parse cache: a copy of the main journal (one of its files is edited between runs), its
# files' times settled before the cache is written, as a journal's are between two commands.
cached="$WORK/cached-$MAIN"
rm -rf "$cached" && cp -r "$main" "$cached"
edited="$cached/$(cd "$cached" && find . -name '*.md' | sort | sed -n 2p)"
touch -d '-1 minute' "$cached"/.jobjournal.yaml 2>/dev/null || true
find "$cached" -name '*.md' -exec touch -d '-1 minute' {} +
sleep 2.1  # past the racy window: see docs/performance.md
use_cache="env JOBJOURNAL_NO_CACHE= $BIN"
# The first run parses every file and writes the parse cache; the second finds the files
# vouched for, and keeps the day's agenda as JSON; report keeps the day's actions.
$use_cache due --format json --dir "$cached" --today $TODAY > /dev/null
$use_cache due --format json --dir "$cached" --today $TODAY > /dev/null
$use_cache report --format json --dir "$cached" --today $TODAY > /dev/null
# Its three caches: the parse cache, the day's actions and agenda. A cold run starts with none.
cachefile=$(ls "$CACHE_HOME"/jobjournal/*.parse-cache)
actionsfile=$(ls "$CACHE_HOME"/jobjournal/*.actions-cache)
agendafile=$(ls "$CACHE_HOME"/jobjournal/*.agenda-cache)
agenda_bytes=$(stat -c %s "$agendafile")
# One --prepare per command, in the commands' order: only the edited and the cold runs have one.
hf cache 1 "$RUNS" \
  --prepare true --prepare true --prepare true \
  --prepare "echo '- $TODAY Called again.' >> $edited" --prepare "rm -f $cachefile $actionsfile $agendafile" --prepare true \
  --command-name cmark "cd $cached && xargs -0 cmark < ../files-$MAIN.list > /dev/null" \
  --command-name due-warm "$use_cache due --format json --dir $cached --today $TODAY > /dev/null" \
  --command-name report-warm "$use_cache report --format json --dir $cached --today $TODAY > /dev/null" \
  --command-name due-edited "$use_cache due --format json --dir $cached --today $TODAY > /dev/null" \
  --command-name due-cold "$use_cache due --format json --dir $cached --today $TODAY > /dev/null" \
  --command-name due-no-cache "$BIN due --format json --dir $cached --today $TODAY > /dev/null"
# jobjournal mail against cat on the same Maildir: mail reads headers only, cat everything.
# mail reads the journal as it does by default, through the parse cache (warm from the runs
# above; the warm-up run brings it up to date).
mail="$WORK/mail-$MAIN"
if [ ! -f "$mail/.complete" ]; then
  rm -rf "$mail"
  python3 scripts/generate-mail.py "$mail" bench "$MAIN"
  touch "$mail/.complete"
fi
# The scan alone: the same messages against a journal with no applications, so nothing to match.
mkdir -p "$WORK/no-applications" && touch "$WORK/no-applications/.jobjournal.yaml"
hf mail-vs-cat 1 "$RUNS" \
  --command-name cat "find $mail/Maildir -type f -print0 | xargs -0 cat > /dev/null" \
  --command-name mail "$use_cache mail --dir $cached --today $TODAY --maildir $mail/Maildir --me jane@example.org > /dev/null" \
  --command-name scan "$BIN mail --dir $WORK/no-applications --today $TODAY --maildir $mail/Maildir --me jane@example.org > /dev/null"
# Warm: the runs above leave the edited file newer than the cache; one run first takes it in.
$use_cache report --format json --dir "$cached" --today $TODAY > /dev/null
rss_warm=$( { /usr/bin/time -f '%M' $use_cache report --format json --dir "$cached" --today $TODAY > /dev/null; } 2>&1 | tail -1)
# Both caches as that run read them (the cold runs above left the day's actions to the next).
cache_bytes=$(stat -c %s "$cachefile")
actions_bytes=$(stat -c %s "$actionsfile")

python3 - "$WORK" "$rss" "$MAIN" "$rss_warm" "$cache_bytes" "$actions_bytes" "$agenda_bytes" $scaling <<'PY'
import json, sys
work, rss_kb, main, rss_warm_kb = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
cache_bytes, actions_bytes, agenda_bytes = int(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7])
sizes = [int(s) for s in sys.argv[8:]]
def load(name):
    return {r["command"]: r for r in json.load(open(f"{work}/{name}.json"))["results"]}
def fmt(r):
    return f"{r['mean']*1000:.1f} ms ± {r['stddev']*1000:.1f}" if r["mean"] < 1 else f"{r['mean']:.3f} s ± {r['stddev']:.3f}"
rows = []
big = load("cmark-vs-report")
ratio = big["report"]["mean"] / big["cmark"]["mean"]
rows.append((f"report --format json, {main} applications", f"{fmt(big['report'])} vs cmark {fmt(big['cmark'])}", f"{ratio:.2f}x", "<= 1.0x", ratio <= 1.0))
side = load("stats-vs-report")
ratio = side["stats"]["mean"] / side["report"]["mean"]
rows.append((f"stats --format json, {main} applications", f"{fmt(side['stats'])} vs report {fmt(side['report'])}", f"{ratio:.2f}x", "<= 1.1x", ratio <= 1.1))
one = load("check-one")
ratio = one["check"]["mean"] / one["cmark"]["mean"]
rows.append(("check FILE, one application", f"{fmt(one['check'])} vs cmark {fmt(one['cmark'])}", f"{ratio:.2f}x", "<= 3x", ratio <= 3.0))
times = {n: load(f"report-{n}")[f"report-{n}"]["mean"] for n in sizes}
for a, b in zip(sizes, sizes[1:]):
    step = b / a
    growth = times[b] / times[a]
    limit = step * 1.1
    rows.append((f"report growth {a} -> {b} ({step:g}x more)", f"{times[a]:.3f} s -> {times[b]:.3f} s", f"{growth:.2f}x", f"<= {limit:g}x", growth <= limit))
imp = load("import-vs-cp")
ratio = imp["import"]["mean"] / imp["cp"]["mean"]
rows.append((f"import linkedin, {main} rows, vs cp -r", f"{fmt(imp['import'])} vs cp -r {fmt(imp['cp'])}", f"{ratio:.2f}x", "<= 5x", ratio <= 5.0))
scan = load("mail-vs-cat")
ratio = scan["mail"]["mean"] / scan["cat"]["mean"]
rows.append((f"mail, scanning {main} messages in a Maildir", f"{fmt(scan['scan'])} vs cat {fmt(scan['cat'])}", f"{scan['scan']['mean'] / scan['cat']['mean']:.2f}x", "<= 1.0x", scan['scan']['mean'] <= scan['cat']['mean']))
rows.append((f"mail, {main} messages, {main} applications", f"{fmt(scan['mail'])} vs cat {fmt(scan['cat'])}", f"{ratio:.2f}x", "<= 1.0x", ratio <= 1.0))
mib = rss_kb / 1024
rows.append((f"peak memory, report, {main} applications", f"{mib:.1f} MiB", "", "<= 100 MiB", mib <= 100))
cache = load("cache")
for name, what, limit in [("due-warm", "due --format json, warm cache", 0.15), ("report-warm", "report --format json, warm cache", 0.4),
                          ("due-edited", "due --format json, one file edited", 0.2)]:
    ratio = cache[name]["mean"] / cache["cmark"]["mean"]
    kept = f" (agenda kept {agenda_bytes / 2**20:.1f} MiB)" if name == "due-warm" else ""
    rows.append((f"{what}, {main} applications", f"{fmt(cache[name])} vs cmark {fmt(cache['cmark'])}{kept}", f"{ratio:.2f}x", f"<= {limit:g}x", ratio <= limit))
# A cold run (every file parsed, both caches written from nothing) against the same command
# reading every file as before the cache (JOBJOURNAL_NO_CACHE=1): no slower, within the noise.
ratio = cache["due-cold"]["mean"] / cache["due-no-cache"]["mean"]
cold_vs_cmark = cache["due-cold"]["mean"] / cache["cmark"]["mean"]
rows.append((f"due --format json, no cache yet, {main} applications", f"{fmt(cache['due-cold'])} vs no cache {fmt(cache['due-no-cache'])} ({cold_vs_cmark:.2f}x cmark)",
             f"{ratio:.2f}x", "<= 1.1x", ratio <= 1.1))
mib = rss_warm_kb / 1024
rows.append((f"peak memory, report, warm cache, {main} applications", f"{mib:.1f} MiB (caches {cache_bytes / 2**20:.1f} + {actions_bytes / 2**20:.1f} MiB)", "", "<= 100 MiB", mib <= 100))
w = max(len(r[0]) for r in rows)
for name, figures, ratio, target, ok in rows:
    print(f"{name:<{w}}  {figures:<40} {ratio:>7}  {target:<10} {'met' if ok else 'NOT MET'}")
PY
