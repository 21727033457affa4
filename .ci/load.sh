#!/usr/bin/env bash
# Load test of the SPARQL endpoint: concurrent clients send every query of queries/ in turn to
# `tradekg serve` over a TDB2 dataset of the Reuters-21578 corpus, and the run reports
# throughput, p50/p99 latency and errors (non-200 answers, answers cut by the server's timeout,
# socket errors and client timeouts). Exits 1 when any request failed.
#
#   .ci/load.sh                         # 50 clients for 60 s, the dataset built on first use
#   .ci/load.sh --connections 10 --duration 15
#
# Options (defaults in brackets):
#   --connections N  concurrent HTTP/1.1 keep-alive connections [50]
#   --duration S     seconds of load [60]
#   --threads N      wrk threads [number of cores]
#   --db DIR         TDB2 dataset; ingested from --corpus when it holds none [target/load/reuters-db]
#   --corpus DIR     Reuters-21578 .sgm files [../shared/corpus/reuters21578]
#   --jar FILE       tradekg jar; built with 'mvn clean package' when missing [target/tradekg.jar]
#   --timeout S      the server's query timeout (serve --timeout); the clients wait 5 s longer [30]
#   --exclude NAMES  leave out these queries, comma-separated names (e.g. articles,meetings) []
#
# Needs wrk (Debian package; installed with apt-get when missing), Java 17 and Maven.
set -euo pipefail
cd "$(dirname "$0")/.."

connections=50
duration=60
threads=$(nproc)
db=target/load/reuters-db
corpus=../shared/corpus/reuters21578
jar=target/tradekg.jar
timeout=30
exclude=""
while [ $# -gt 0 ]; do
    case "$1" in
        --connections) connections=$2; shift 2 ;;
        --duration) duration=$2; shift 2 ;;
        --threads) threads=$2; shift 2 ;;
        --db) db=$2; shift 2 ;;
        --corpus) corpus=$2; shift 2 ;;
        --jar) jar=$2; shift 2 ;;
        --timeout) timeout=$2; shift 2 ;;
        --exclude) exclude=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "load.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
    esac
done

if ! command -v wrk >/dev/null 2>&1; then
    echo "load.sh: installing wrk" >&2
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q wrk >&2
fi

if [ ! -f "$jar" ]; then
    echo "load.sh: building $jar" >&2
    mvn -q -B clean package -DskipTests >&2
fi

if ! ls "$db"/Data-* >/dev/null 2>&1; then
    shopt -s nullglob
    sgm=("$corpus"/*.sgm)
    if [ ${#sgm[@]} -eq 0 ]; then
        echo "load.sh: no .sgm files in $corpus" >&2
        exit 1
    fi
    echo "load.sh: ingesting ${#sgm[@]} files of $corpus into $db (once; takes a while)" >&2
    mkdir -p "$db"
    java -Xmx4g -jar "$jar" ingest --db "$db" "${sgm[@]}" >&2
fi

work=$(mktemp -d)
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# The catalogue, but for federated queries: their SERVICE calls another endpoint, which would be
# measured instead (and is not reachable offline).
catalogue=()
for q in queries/*.rq; do
    if grep -qiE '^[^#]*\bSERVICE\b' "$q"; then
        echo "load.sh: leaving out $q (federated: SERVICE)" >&2
    elif [[ ",$exclude," == *",$(basename "$q" .rq),"* ]]; then
        echo "load.sh: leaving out $q (--exclude)" >&2
    else
        catalogue+=("$q")
    fi
done

# The catalogue as a Lua table of request bodies, each query's text quoted as a Lua long string.
{
    echo "queries = {"
    for q in "${catalogue[@]}"; do
        printf '  { name = "%s", body = [==[\n%s\n]==] },\n' "$(basename "$q" .rq)" "$(cat "$q")"
    done
    echo "}"
    cat <<'LUA'
-- Each connection walks the catalogue from its own starting point; any answer but a complete 200 is an error.
local n = 0
failures = 0 -- global: done() reads each thread's count by name
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  n = math.random(#queries)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/sparql-query"
  wrk.headers["Accept"] = "application/sparql-results+json"
end

function request()
  n = n % #queries + 1
  return wrk.format(nil, nil, nil, queries[n].body)
end

function response(status, headers, body)
  if status ~= 200 or string.find(body, "Query cancelled due to timeout", 1, true) then
    failures = failures + 1
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, t in ipairs(threads) do
    failed = failed + (t:get("failures") or 0)
  end
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT requests=%d seconds=%.1f throughput=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f "
      .. "bad_answers=%d socket_errors=%d timeouts=%d\n",
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, failed, e.connect + e.read + e.write, e.timeout))
end
LUA
} > "$work/catalogue.lua"

java -jar "$jar" serve --db "$db" --port 0 --timeout "$timeout" > "$work/serve.out" 2> "$work/serve.err" &
server_pid=$!
url=""
for _ in $(seq 1 120); do
    url=$(sed -n 's/.* at \(http:[^ ]*\) (SPARQL.*/\1/p' "$work/serve.out")
    [ -n "$url" ] && break
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "load.sh: the server did not start:" >&2
        cat "$work/serve.err" >&2
        exit 1
    fi
    sleep 0.5
done
[ -n "$url" ] || { echo "load.sh: the server did not say where it listens" >&2; exit 1; }
echo "load.sh: ${#catalogue[@]} queries, $connections connections, $threads threads, ${duration}s, query timeout ${timeout}s, against $url/sparql" >&2

# One pass of the catalogue first, one client: warms the caches and shows each query's own time.
echo "load.sh: one client, each query once:" >&2
for q in "${catalogue[@]}"; do
    curl -s -o /dev/null -w "  $(basename "$q" .rq): %{http_code} in %{time_total} s\n" --max-time "$((timeout + 5))" \
        -H 'Content-Type: application/sparql-query' -H 'Accept: application/sparql-results+json' \
        --data-binary @"$q" "$url/sparql" >&2 || echo "  $(basename "$q" .rq): no answer" >&2
done

wrk --threads "$threads" --connections "$connections" --duration "${duration}s" --timeout "$((timeout + 5))s" --latency \
    --script "$work/catalogue.lua" "$url/sparql" | tee "$work/wrk.out"

result=$(grep '^RESULT' "$work/wrk.out")
echo
echo "$result" | tr ' ' '\n' | sed 1d | sed 's/=/: /'
bad=$(echo "$result" | sed 's/.*bad_answers=\([0-9]*\).*/\1/')
sock=$(echo "$result" | sed 's/.*socket_errors=\([0-9]*\).*/\1/')
timeouts=$(echo "$result" | sed 's/.*timeouts=\([0-9]*\).*/\1/')
errors=$(( bad + sock + timeouts ))
echo "errors: $errors"
[ "$errors" -eq 0 ]
