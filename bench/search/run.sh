#!/usr/bin/env bash
# Search benchmark: a corpus of N plans (default 99,999, the most gen_corpus.py makes), built with RaQuan, served by a plain static server,
# queried in Chromium with 4x CPU throttling. Usage: bench/search/run.sh [PLANS] [WORK_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
plans=${1:-99999}   # gen_corpus.py allows at most 99,999
work=${2:-/tmp/raquan-search-bench}
mkdir -p "$work"

[ -d "$work/corpus-$plans" ] || python3 "$root/../shared/bench/gen_corpus.py" --plans "$plans" --seed 7 --out "$work/corpus-$plans"
python3 "$here/convert.py" "$work/corpus-$plans" "$work/content-$plans"
dotnet run -c Release --project "$root/src/RaQuan.Cli" -- build "$work/content-$plans" -o "$work/site-$plans" --now 2026-01-01T00:00:00+07:00

echo "index: $(du -sh "$work/site-$plans/tim-kiem/du-lieu" | cut -f1), $(find "$work/site-$plans/tim-kiem/du-lieu" -type f | wc -l) files;" \
     "largest: $(find "$work/site-$plans/tim-kiem/du-lieu" -type f -printf '%s %P\n' | sort -rn | head -3 | tr '\n' ' ')"

port=$(python3 -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
(cd "$work/site-$plans" && python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
server=$!
trap 'kill $server' EXIT
sleep 1
dotnet run -c Release --project "$here/SearchBench" -- "http://127.0.0.1:$port/"
