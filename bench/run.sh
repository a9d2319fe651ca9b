#!/usr/bin/env bash
# The performance harness of issue 6. Usage: bench/run.sh [S|M|L]   (see bench/README.md)
#
# It builds (once per scale) a PostgreSQL data directory of its own under bench/work/pg-<scale> with synthetic data,
# starts the packaged application against it the way production does (java <deploy/jvm.options> -jar ... with
# DB_URL), drives it with wrk, measures the ceilings in the same run (nginx serving the same bytes, pgbench running
# the same SQL), prints one table and writes bench/results/<scale>.json. It never touches .data/postgres.
set -euo pipefail
cd "$(dirname "$0")/.."

SCALE=${1:-${BENCH_SCALE:-M}}
case "$SCALE" in
    S) BASE_ROWS=100000;  TOTAL_ROWS=100000 ;;     # harness check only; not a scale of issue 6
    M) BASE_ROWS=1000000; TOTAL_ROWS=1000000 ;;
    L) BASE_ROWS=1000000; TOTAL_ROWS=10000000 ;;
    *) echo "unknown scale '$SCALE' (S, M or L)" >&2; exit 2 ;;
esac

QUICK=${BENCH_QUICK:-0}
# BENCH_ONLY=import runs scenario 7 alone (imports and their COPY ceiling), on the same database, in about a minute.
ONLY=${BENCH_ONLY:-}
case "$ONLY" in ''|import) ;; *) echo "unknown BENCH_ONLY '$ONLY' (import)" >&2; exit 2 ;; esac
if [ "$QUICK" = 1 ]; then
    WARMUP=${BENCH_WARMUP:-2}; DURATION=${BENCH_DURATION:-5}; PAGE_TARGET=${BENCH_PAGE_TARGET:-100}
else
    WARMUP=${BENCH_WARMUP:-30}; DURATION=${BENCH_DURATION:-20}; PAGE_TARGET=${BENCH_PAGE_TARGET:-1000}
fi
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
PAGE_SIZE=${BENCH_PAGE_SIZE:-1000}
PAGE_CONNECTIONS=${BENCH_PAGE_CONNECTIONS:-1}
PGBENCH_CLIENTS=${BENCH_PGBENCH_CLIENTS:-16}
EXPORT_XMX=${BENCH_EXPORT_XMX:-256m}
PG_PORT=${BENCH_PG_PORT:-55432}
APP_PORT=${BENCH_APP_PORT:-18080}
NGINX_PORT=${BENCH_NGINX_PORT:-18081}
PG_SHARED_BUFFERS=${BENCH_PG_SHARED_BUFFERS:-2GB}
FILTER_INDICATORS=3   # scenario 3: indicators and regions drawn per request
FILTER_REGIONS=4

JAR=target/quarkus-app/quarkus-run.jar
WORK=$PWD/bench/work
DATA=$WORK/pg-$SCALE
MARKER=$WORK/pg-$SCALE.generated.json
RUN=$WORK/run-$SCALE
if [ -n "$ONLY" ]; then RESULT=$WORK/results/$SCALE-$ONLY.json
elif [ "$QUICK" = 1 ]; then RESULT=$WORK/results/$SCALE-quick.json; else RESULT=$PWD/bench/results/$SCALE.json; fi
API=http://127.0.0.1:$APP_PORT
NGINX=http://127.0.0.1:$NGINX_PORT
ACCEPT="Accept: application/json"

log() { printf '%s [bench %s] %s\n' "$(date +%H:%M:%S)" "$SCALE" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now_ms() { date +%s%3N; }

# The machine may be shared (other builds, other services): every measured run records how much CPU the processes
# outside this harness and its PostgreSQL used meanwhile (others_cpu_pct, % of all cores), and before each one the
# harness waits up to BENCH_QUIET_WAIT s (default 120) for them to fall below BENCH_QUIET_PCT % (default 15).
QUIET_WAIT=${BENCH_QUIET_WAIT:-120}
QUIET_PCT=${BENCH_QUIET_PCT:-15}
cpu_ticks() {   # "pid ticks" (utime + stime) of every process outside the harness and its PostgreSQL
    local pg_pid; pg_pid=$(head -n 1 "$DATA/postmaster.pid" 2>/dev/null || echo 0)
    # A process may exit between the glob and cat: cat then fails, which must not end the run (set -e, pipefail).
    { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v me="$$" -v pg="$pg_pid" '
        { lp = index($0, " ("); rp = 0; for (i = length($0); i > 0; i--) if (substr($0, i, 1) == ")") { rp = i; break }
          pid = substr($0, 1, lp - 1); split(substr($0, rp + 2), f, " "); ppid[pid] = f[2]; ticks[pid] = f[12] + f[13] }
        END { for (p in ticks) { q = p; ours = 0
                  for (k = 0; k < 64 && q > 1; k++) { if (q == me || q == pg) { ours = 1; break } q = ppid[q] }
                  if (!ours) print p, ticks[p] } }'
}
others_pct() {   # before-file after-file elapsed-ms: CPU of the others as % of the machine
    awk -v ms="$3" -v cores="$(nproc)" -v hz="$(getconf CLK_TCK)" \
        'NR == FNR {a[$1] = $2; next} {d += $2 - ($1 in a ? a[$1] : 0)} END {printf "%.1f", 100 * d / (hz * ms / 1000 * cores)}' "$1" "$2"
}
wait_quiet() {
    local start pct; start=$(now_ms)
    while :; do
        cpu_ticks >"$RUN/quiet.0"; sleep 2; cpu_ticks >"$RUN/quiet.1"
        pct=$(others_pct "$RUN/quiet.0" "$RUN/quiet.1" 2000)
        awk -v p="$pct" -v max="$QUIET_PCT" 'BEGIN {exit !(p <= max)}' && return 0
        if [ $(( $(now_ms) - start )) -ge $((QUIET_WAIT * 1000)) ]; then
            log "other processes use $pct % of the CPU; measuring anyway"
            return 0
        fi
        log "other processes use $pct % of the CPU; waiting for quiet"
        sleep 8
    done
}

for tool in java curl jq wrk nginx pgbench psql unzip xz awk; do
    command -v "$tool" >/dev/null || die "$tool is missing (see bench/README.md: apt-get install wrk nginx-light postgresql-client jq unzip xz-utils curl)"
done
[ -f "$JAR" ] || die "$JAR is missing: run 'make build' first"
rm -rf "$RUN"
mkdir -p "$WORK" "$RUN" "$(dirname "$RESULT")"
EMBEDDED_PG_PORT=${BENCH_EMBEDDED_PG_PORT:-55433}
for port in "$PG_PORT" "$APP_PORT" "$NGINX_PORT" "$EMBEDDED_PG_PORT" "${BENCH_REPLICA_PG_PORT:-55434}"; do
    ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null \
        || die "port $port on 127.0.0.1 is in use (another run?); BENCH_PG_PORT, BENCH_APP_PORT, BENCH_NGINX_PORT pick others"
done

# ---- PostgreSQL ---------------------------------------------------------------------------------------------
# By default the zonky PostgreSQL binaries that ship inside the application (the ones `make run` embeds) are
# unpacked under bench/work. PG_BIN=/usr/lib/postgresql/15/bin selects another installation. PostgreSQL refuses to run
# as root; as root the harness does what zonky does: it runs initdb, pg_ctl and the server in a user namespace
# (unshare -U, where it is nobody), or, where that is not allowed, as BENCH_PG_OS_USER (postgres) through runuser.
if [ -z "${PG_BIN:-}" ]; then
    # The jar is an uber-jar: the zonky binaries' archive is one of its entries, named by the archive's CRC here so that
    # other binaries get their own directory.
    txz=$(unzip -Z1 "$JAR" 'postgres-linux-*.txz' 2>/dev/null | head -n 1)
    [ -n "$txz" ] || die "no embedded PostgreSQL binaries in $JAR; set PG_BIN"
    PG_BIN=$WORK/pgsql/$(basename "$txz" .txz)-$(unzip -v "$JAR" "$txz" | awk 'NR == 4 {print $7}')/bin
    if [ ! -x "$PG_BIN/postgres" ]; then
        log "unpacking PostgreSQL from $JAR!/$txz"
        mkdir -p "$(dirname "$PG_BIN")"
        unzip -p "$JAR" "$txz" | xz -dc | tar -x -C "$(dirname "$PG_BIN")"
    fi
fi
PG_AS=()
PG_OWNER=
if [ "$(id -u)" = 0 ]; then
    if unshare -U true 2>/dev/null; then
        PG_AS=(unshare -U)
    else
        PG_OWNER=${BENCH_PG_OS_USER:-postgres}
        PG_AS=(runuser -u "$PG_OWNER" --)
    fi
fi
as_pg() { "${PG_AS[@]}" "$@"; }
bench_psql() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -X -v ON_ERROR_STOP=1 "$@"; }
sql() { bench_psql -At -c "$1"; }

APP_PID= NGINX_PID= PG_STARTED= SAMPLER_PID= REPLICA_STARTED= WRITER_PID= LAG_PID=
cleanup() {
    [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
    [ -n "$WRITER_PID" ] && kill "$WRITER_PID" 2>/dev/null || true
    [ -n "$LAG_PID" ] && kill "$LAG_PID" 2>/dev/null || true
    [ -n "$REPLICA_STARTED" ] && as_pg "$PG_BIN/pg_ctl" -D "$REPLICA_DATA" -m fast -w stop >/dev/null 2>&1 || true
    [ -n "$APP_PID" ] && { kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null; } || true
    [ -n "$NGINX_PID" ] && { kill "$NGINX_PID" 2>/dev/null; wait "$NGINX_PID" 2>/dev/null; } || true
    [ -n "$PG_STARTED" ] && as_pg "$PG_BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_pg() {
    log "starting PostgreSQL ($("$PG_BIN/postgres" --version)) on 127.0.0.1:$PG_PORT, data in $DATA"
    as_pg "$PG_BIN/pg_ctl" -D "$DATA" -l "$WORK/pg-$SCALE.log" -w -t 300 -o "-p $PG_PORT" start >/dev/null \
        || die "PostgreSQL did not start (port $PG_PORT taken? BENCH_PG_PORT picks another): $(tail -n 3 "$WORK/pg-$SCALE.log")"
    PG_STARTED=1
}

init_pg() {
    rm -rf "$DATA" "$MARKER"
    mkdir -p "$DATA"
    touch "$WORK/pg-$SCALE.log"
    [ -n "$PG_OWNER" ] && chown "$PG_OWNER" "$DATA" "$WORK/pg-$SCALE.log"
    as_pg "$PG_BIN/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --locale=C >/dev/null
    # A dedicated server sized for the data (L is about 3.5 GB with indexes; the machine has 24 GiB).
    cat >> "$DATA/postgresql.conf" <<EOF
# bench/run.sh
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
max_connections = 100
shared_buffers = $PG_SHARED_BUFFERS
effective_cache_size = 8GB
max_wal_size = 8GB
EOF
}

# ---- The application ----------------------------------------------------------------------------------------
STARTUP_MS=
# deploy/jvm.options without its comment lines, as the image's entrypoint reads it.
JVM_OPTIONS=$(grep -v '^[[:space:]]*#' deploy/jvm.options | tr '\n' ' ')
# The AppCDS archive the build writes beside the jar (application.properties, "Start-up"), as `make run` uses it.
CDS_ARCHIVE=target/quarkus-app/app-cds.jsa
APP_ENV=()   # environment of the next start_app on top of the defaults (NAME=value ...)
APP_DB=external   # embedded: no DB_URL, the application starts its own PostgreSQL (scenario 9)
# wrk sends everything from one address: a limit high enough never to answer 429, yet checked on every request, so
# the rate limiter's cost is in the numbers.
start_app() {   # extra JVM options (after deploy/jvm.options, so they win) as arguments
    local label=$1; shift
    local start; start=$(now_ms)
    local db_env=(DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" DB_USER=postgres DB_PASSWORD=postgres)
    [ "$APP_DB" = embedded ] && db_env=()
    local cds=()
    [ -f "$CDS_ARCHIVE" ] && cds=(-XX:SharedArchiveFile=app-cds.jsa)
    # From the jar's directory, as `make run` starts it: the archive names the jar by the path it had when it was made.
    # shellcheck disable=SC2086  # JVM_OPTIONS is a list of options, split on purpose
    ( cd "$(dirname "$JAR")" && exec env "${db_env[@]}" PORT=$APP_PORT QUARKUS_HTTP_HOST=127.0.0.1 \
        RATE_LIMIT_PER_MINUTE=${BENCH_RATE_LIMIT_PER_MINUTE:-1000000000} MALLOC_ARENA_MAX=2 "${APP_ENV[@]}" \
        java $JVM_OPTIONS "${cds[@]}" "$@" -jar "$(basename "$JAR")" ) >"$RUN/app-$label.log" 2>&1 &
    APP_PID=$!
    until curl -sf -o /dev/null "$API/q/health/ready"; do
        kill -0 "$APP_PID" 2>/dev/null || die "the application exited; see $RUN/app-$label.log"
        [ $(( $(now_ms) - start )) -lt 180000 ] || die "the application was not ready within 180 s"
        sleep 0.05
    done
    STARTUP_MS=$(( $(now_ms) - start ))
    log "application ready in $STARTUP_MS ms (pid $APP_PID, $label)"
}
stop_app() {
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
}
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
start_sampler() {   # VmRSS of the application every 0.5 s into a file
    ( while kill -0 "$APP_PID" 2>/dev/null; do rss_kb "$APP_PID" >>"$1" 2>/dev/null || true; sleep 0.5; done ) >/dev/null &
    SAMPLER_PID=$!
}
stop_sampler() { kill "$SAMPLER_PID" 2>/dev/null || true; wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=; }

# ---- The dataset ----------------------------------------------------------------------------------------------
GENERATOR=$( (cat bench/generate.sql; echo "$BASE_ROWS $TOTAL_ROWS") | sha256sum | cut -c1-16)
if [ ! -f "$MARKER" ] || [ "$(jq -r .generator "$MARKER")" != "$GENERATOR" ] || [ "${BENCH_REGENERATE:-0}" = 1 ]; then
    log "creating the bench database: $TOTAL_ROWS observations"
    init_pg
    start_pg
    start_app migrate        # Flyway creates the schema and loads the seed, as on a first deployment
    stop_app
    gen_start=$(now_ms)
    bench_psql -v base_rows="$BASE_ROWS" -v total_rows="$TOTAL_ROWS" -f bench/generate.sql >"$WORK/generate-$SCALE.log" 2>&1 \
        || die "generation failed; see $WORK/generate-$SCALE.log"
    gen_s=$(awk -v ms=$(( $(now_ms) - gen_start )) 'BEGIN {printf "%.1f", ms / 1000}')
    jq -n --arg generator "$GENERATOR" --argjson rows "$(sql 'select count(*) from observation')" \
        --argjson seconds "$gen_s" --arg date "$(date -u +%FT%TZ)" --arg size "$(sql "select pg_size_pretty(pg_total_relation_size('observation'))")" \
        '{generator: $generator, observations: $rows, generation_seconds: $seconds, observation_table_size: $size, generated_at: $date}' >"$MARKER"
    log "generated in $gen_s s: $(jq -c . "$MARKER")"
else
    start_pg
fi

# Flush what generation (or anything before) left dirty, so that no checkpoint writes gigabytes during a measurement.
sql 'checkpoint' >/dev/null

# ---- What the scenarios ask for, read from the data -------------------------------------------------------------
read -r IND_MIN IND_MAX IND_COUNT <<<"$(sql "select min(id), max(id), count(*) from indicator where code like 'bench-indicator-%'" | tr '|' ' ')"
read -r REG_MIN REG_MAX REG_COUNT <<<"$(sql "select min(id), max(id), count(*) from region where code like '99%'" | tr '|' ' ')"
[ $((IND_MAX - IND_MIN + 1)) = "$IND_COUNT" ] && [ $((REG_MAX - REG_MIN + 1)) = "$REG_COUNT" ] \
    || die "bench indicator or region ids are not contiguous; BENCH_REGENERATE=1"
ALL_INDICATORS=$(sql "select string_agg(code, ',' order by id) from indicator where code like 'bench-indicator-%'")
# 1, 2: a quarterly indicator without breakdown in one district: 60 periods, the same rows at M and L.
HOT_REGION=$(sql "select r.code from observation o join region r on r.id = o.region_id
                  where o.indicator_id = (select id from indicator where code = 'bench-indicator-008') and r.level = 'district'
                  group by r.id, r.code having count(*) = 60 order by r.id limit 1")
HOT_PATH="/v1/observations?indicator=bench-indicator-008&region=$HOT_REGION&limit=1000"
# 5: two annual indicators without breakdown, four regions with all 15 years of both.
JSONSTAT_REGIONS=$(sql "select string_agg(code, ',' order by id) from (
                  select r.id, r.code from observation o join region r on r.id = o.region_id
                  where o.indicator_id in (select id from indicator where code in ('bench-indicator-004', 'bench-indicator-020'))
                    and r.level = 'region' group by r.id, r.code having count(*) = 30 order by r.id limit 4) r")
[ "$(echo "$JSONSTAT_REGIONS" | tr "," "\n" | grep -c .)" = 4 ] || log "WARNING: fewer than 4 regions have both JSON-stat indicators in full: $JSONSTAT_REGIONS"
JSONSTAT_PATH="/v1/observations?format=json-stat&indicator=bench-indicator-004,bench-indicator-020&region=$JSONSTAT_REGIONS"
# 4, 6: the totals of every bench indicator: exactly 1,000,000 rows at M and at L.
# One indicator parameter per code: the 100 codes joined with commas are over the 1,000 characters a value may have.
BIG_FILTER="indicator=${ALL_INDICATORS//,/\&indicator=}&breakdown=none"
BIG_ROWS=$(sql "select count(*) from observation where indicator_id between $IND_MIN and $IND_MAX and breakdown_dimension is null")
OBSERVATIONS=$(sql "select count(*) from observation")
[ "$OBSERVATIONS" -ge "$TOTAL_ROWS" ] || log "WARNING: $OBSERVATIONS observations, fewer than the $TOTAL_ROWS of scale $SCALE"
log "dataset: $OBSERVATIONS observations; hot series $HOT_REGION; big result $BIG_ROWS rows"

ROWS=$RUN/rows.jsonl
: >"$ROWS"
row() { jq -nc "$@" >>"$ROWS"; }

# ---- Load generators --------------------------------------------------------------------------------------------
# wrk_run NAME CONNECTIONS THREADS [wrk args...] URL: a warm-up, then the measured run; prints the BENCH_RESULT json.
# Against the application (JIT_PID set), the warm-up goes on in rounds until the JIT has settled: see jit_warmup.
wrk_run() {
    local name=$1 connections=$2 threads=$3; shift 3
    if [ -n "${JIT_PID:-}" ]; then
        jit_warmup "$name" "$JIT_PID" wrk -t"$threads" -c"$connections" --timeout 10s "$@"
    else
        wrk -t"$threads" -c"$connections" -d"${WARMUP}s" --timeout 10s "$@" >"$RUN/wrk-$name-warmup.txt" 2>&1
    fi
    wait_quiet
    local start; cpu_ticks >"$RUN/$name.cpu0"; start=$(now_ms)
    wrk -t"$threads" -c"$connections" -d"${DURATION}s" --timeout 10s "$@" >"$RUN/wrk-$name.txt" 2>&1
    cpu_ticks >"$RUN/$name.cpu1"
    local others; others=$(others_pct "$RUN/$name.cpu0" "$RUN/$name.cpu1" $(( $(now_ms) - start )))
    local result; result=$(sed -n 's/^BENCH_RESULT //p' "$RUN/wrk-$name.txt")
    [ -n "$result" ] || die "wrk printed no result for $name; see $RUN/wrk-$name.txt"
    result=$(jq -c --argjson o "$others" '. + {others_cpu_pct: $o}' <<<"$result")
    echo "$result" >"$RUN/$name.json"
    echo "$result"
}
# The JVM compiles hot code in the background, and on 2 busy cores its C2 compiler is still at work minutes into a
# new kind of load: measured then, scenario 3 ran at ~1,300 req/s where the settled JVM serves ~2,100. So the warm-up
# of an application scenario is at least WARMUP seconds and then continues in JIT_ROUND-second rounds until a round
# in which the JIT compiled fewer than JIT_SETTLED methods (jstat -compiler), for at most JIT_WARMUP_MAX seconds in
# all; the rounds are logged and recorded with the result. The ceilings (nginx, pgbench) are native code: WARMUP only.
JIT_ROUND=${BENCH_JIT_ROUND:-10}
JIT_SETTLED=${BENCH_JIT_SETTLED:-25}
JIT_WARMUP_MAX=${BENCH_JIT_WARMUP_MAX:-$([ "$QUICK" = 1 ] && echo "$WARMUP" || echo 240)}
jit_compiled() { jstat -compiler "$1" 2>/dev/null | awk 'NR == 2 {print $1}'; }
jit_warmup() {   # NAME PID command...: runs the load command (without -d) for the warm-up; records rounds in $RUN/NAME.jit
    local name=$1 pid=$2; shift 2
    local elapsed=0 before after compiled rounds=
    wrk_cmd=("$@")
    "${wrk_cmd[@]}" -d"${WARMUP}s" >"$RUN/wrk-$name-warmup.txt" 2>&1
    elapsed=$WARMUP
    while [ "$elapsed" -lt "$JIT_WARMUP_MAX" ]; do
        before=$(jit_compiled "$pid")
        "${wrk_cmd[@]}" -d"${JIT_ROUND}s" >>"$RUN/wrk-$name-warmup.txt" 2>&1
        after=$(jit_compiled "$pid")
        elapsed=$((elapsed + JIT_ROUND))
        compiled=$(( ${after:-0} - ${before:-0} ))
        rounds="$rounds${rounds:+,}$compiled"
        [ "$compiled" -lt "$JIT_SETTLED" ] && break
    done
    log "$name: warm-up ${elapsed} s (methods compiled per ${JIT_ROUND} s round after the first ${WARMUP} s: $rounds)"
    echo "{\"warmup_s\": $elapsed, \"jit_compiled_per_round\": [$rounds]}" >"$RUN/$name.jit"
}
# Under-load RSS: sampled while the application is being driven.
wrk_app() {
    local name=$1 result
    start_sampler "$RUN/rss-load.txt"
    result=$(JIT_PID=$APP_PID wrk_run "$@")
    stop_sampler
    jq -c --slurpfile jit "$RUN/$name.jit" '. + {warmup: $jit[0]}' <<<"$result"
}
rps() { jq '.requests / (.duration_us / 1e6)' <<<"$1"; }
ms() { jq ".latency_us.$2 / 1000" <<<"$1"; }
errors() { jq '.errors.connect + .errors.read + .errors.write + .errors.status + .errors.timeout' <<<"$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.3f", a / b; else print "null"}'; }
at_least() { awk -v a="$1" -v b="$2" 'BEGIN {print (a != "null" && a >= b) ? "true" : "false"}'; }
at_most() { awk -v a="$1" -v b="$2" 'BEGIN {print (a != "null" && a <= b) ? "true" : "false"}'; }

start_nginx() {   # serves $RUN/nginx/static/* with the content type of the captured response
    local dir=$RUN/nginx content_type=$1 user_line=
    mkdir -p "$dir/tmp" "$dir/static"
    if [ "$(id -u)" = 0 ] && ! runuser -u nobody -- test -r "$dir/static/hot" 2>/dev/null; then
        user_line="user root;"   # workers could not read the file as nobody
    fi
    cat >"$dir/nginx.conf" <<EOF
# Written by bench/run.sh: the static-file ceiling for scenarios 1 and 2.
$user_line
worker_processes auto;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    keepalive_requests 1000000;
    client_body_temp_path $dir/tmp/body;
    proxy_temp_path $dir/tmp/proxy;
    fastcgi_temp_path $dir/tmp/fastcgi;
    uwsgi_temp_path $dir/tmp/uwsgi;
    scgi_temp_path $dir/tmp/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $dir/static;
        types { }
        default_type "$content_type";
    }
}
EOF
    nginx -p "$dir" -c "$dir/nginx.conf" >"$dir/stdout.log" 2>&1 &
    NGINX_PID=$!
    for _ in $(seq 1 100); do curl -sf -o /dev/null "$NGINX/hot" && return 0; sleep 0.05; done
    die "nginx did not start; see $dir/error.log"
}

# Everything up to scenario 7 and everything after it is skipped by BENCH_ONLY=import (blocks left unindented).
if [ -z "$ONLY" ]; then
# ---- Start as production does, footprint at idle -----------------------------------------------------------------
start_app main
STARTUP_MAIN_MS=$STARTUP_MS
sleep 5
RSS_IDLE_KB=$(rss_kb "$APP_PID")

# ---- 1. Hot series read --------------------------------------------------------------------------------------------
log "scenario 1: hot series $HOT_PATH"
mkdir -p "$RUN/nginx/static"
curl -s -H "$ACCEPT" -D "$RUN/hot.headers" -o "$RUN/nginx/static/hot" "$API$HOT_PATH"
grep -q '^HTTP/1.1 200' "$RUN/hot.headers" || die "hot series did not answer 200; see $RUN/hot.headers"
HOT_ITEMS=$(jq '.items | length' "$RUN/nginx/static/hot")
CONTENT_TYPE=$(awk -F': ' 'tolower($1) == "content-type" {sub(/\r$/, "", $2); print $2}' "$RUN/hot.headers")
ETAG=$(awk -F': ' 'tolower($1) == "etag" {sub(/\r$/, "", $2); print $2}' "$RUN/hot.headers")
start_nginx "$CONTENT_TYPE"
curl -s -o "$RUN/nginx-hot.body" "$NGINX/hot"
cmp -s "$RUN/nginx-hot.body" "$RUN/nginx/static/hot" || die "nginx does not serve the API's bytes"
HOT_BYTES=$(wc -c <"$RUN/nginx/static/hot")
S1=$(wrk_app hot-api "$CONNECTIONS" "$THREADS" -s bench/wrk/report.lua -H "$ACCEPT" "$API$HOT_PATH")
C1=$(wrk_run hot-nginx "$CONNECTIONS" "$THREADS" -s bench/wrk/report.lua -H "$ACCEPT" "$NGINX/hot")
R1=$(ratio "$(rps "$S1")" "$(rps "$C1")")
# Issue 23, point 6: the second lap's target (the first lap's was 0.5x).
MET1=$(jq -n --argjson r "$(at_least "$R1" 0.85)" --argjson p "$(at_most "$(ms "$S1" p99)" 10)" --argjson e "$(errors "$S1")" '$r and $p and $e == 0')
row --argjson w "$S1" --argjson ratio "$R1" --argjson met "$MET1" \
    '{id: "1", scenario: "hot series read (\($w.bytes / $w.requests | floor) B JSON)", rps: ($w.requests / ($w.duration_us / 1e6)),
      p50_ms: ($w.latency_us.p50 / 1000), p99_ms: ($w.latency_us.p99 / 1000), ratio: $ratio,
      errors: ($w.errors | add), others_cpu_pct: $w.others_cpu_pct, target: ">=0.85x nginx, p99<=10ms, 0 errors", met: $met, wrk: $w}'
row --argjson w "$C1" '{id: "1c", scenario: "  ceiling: nginx, same bytes", rps: ($w.requests / ($w.duration_us / 1e6)),
      p50_ms: ($w.latency_us.p50 / 1000), p99_ms: ($w.latency_us.p99 / 1000), ratio: null, errors: ($w.errors | add), others_cpu_pct: $w.others_cpu_pct,
      target: "", met: null, wrk: $w}'

# ---- 2. Revalidation -------------------------------------------------------------------------------------------------
log "scenario 2: If-None-Match $ETAG"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "$ACCEPT" -H "If-None-Match: $ETAG" "$API$HOT_PATH")" = 304 ] || die "the API did not answer 304"
NGINX_ETAG=$(curl -sI "$NGINX/hot" | awk -F': ' 'tolower($1) == "etag" {sub(/\r$/, "", $2); print $2}')
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $NGINX_ETAG" "$NGINX/hot")" = 304 ] || die "nginx did not answer 304"
S2=$(wrk_app revalidate-api "$CONNECTIONS" "$THREADS" -s bench/wrk/report.lua -H "$ACCEPT" -H "If-None-Match: $ETAG" "$API$HOT_PATH")
C2=$(wrk_run revalidate-nginx "$CONNECTIONS" "$THREADS" -s bench/wrk/report.lua -H "$ACCEPT" -H "If-None-Match: $NGINX_ETAG" "$NGINX/hot")
R2=$(ratio "$(rps "$S2")" "$(rps "$C2")")
MET2=$(jq -n --argjson r "$(at_least "$R2" 0.7)" --argjson e "$(errors "$S2")" '$r and $e == 0')
row --argjson w "$S2" --argjson ratio "$R2" --argjson met "$MET2" \
    '{id: "2", scenario: "revalidation, 304 (\($w.bytes / $w.requests | floor) B/response)", rps: ($w.requests / ($w.duration_us / 1e6)),
      p50_ms: ($w.latency_us.p50 / 1000), p99_ms: ($w.latency_us.p99 / 1000), ratio: $ratio,
      errors: ($w.errors | add), others_cpu_pct: $w.others_cpu_pct, target: ">=0.7x nginx 304", met: $met, wrk: $w}'
row --argjson w "$C2" '{id: "2c", scenario: "  ceiling: nginx 304", rps: ($w.requests / ($w.duration_us / 1e6)),
      p50_ms: ($w.latency_us.p50 / 1000), p99_ms: ($w.latency_us.p99 / 1000), ratio: null, errors: ($w.errors | add), others_cpu_pct: $w.others_cpu_pct,
      target: "", met: null, wrk: $w}'
kill "$NGINX_PID"; wait "$NGINX_PID" 2>/dev/null || true; NGINX_PID=

# ---- 3. Uncached filtered list -----------------------------------------------------------------------------------
log "scenario 3: $FILTER_INDICATORS random indicators x $FILTER_REGIONS random regions, page of 100; pgbench with the same SQL"
{
    echo "-- Written by bench/run.sh from the database: the codes scenario 3 draws from (ids $IND_MIN-$IND_MAX, $REG_MIN-$REG_MAX)."
    echo "return {"
    echo "  indicators = {$(sql "select string_agg(quote_literal(code), ',' order by id) from indicator where id between $IND_MIN and $IND_MAX" | tr "'" '"')},"
    echo "  regions = {$(sql "select string_agg(quote_literal(code), ',' order by id) from region where id between $REG_MIN and $REG_MAX" | tr "'" '"')},"
    echo "  per_request_indicators = $FILTER_INDICATORS, per_request_regions = $FILTER_REGIONS, limit = 100"
    echo "}"
} >"$RUN/ids.lua"
# The statement of ObservationService, taken from its source so that it cannot drift: SELECT, the WHERE that
# ObservationWhere.of() builds for indicator and region filters, ORDER and LIMIT page size + 1.
SELECT_SQL=$(awk '/static final String SELECT = """/ {on = 1; next} on && /""";/ {exit} on' \
    src/main/java/kz/creativeeconomy/observation/ObservationService.java)
ORDER_SQL=$(sed -n 's/.*static final String ORDER = " \(.*\)";/\1/p' src/main/java/kz/creativeeconomy/observation/ObservationService.java)
[ -n "$SELECT_SQL" ] && [ -n "$ORDER_SQL" ] || die "could not read the SQL from ObservationService.java"
in_list() { local prefix=$1 n=$2 i out=; for i in $(seq 1 "$n"); do out="$out${out:+, }:$prefix$i"; done; echo "$out"; }
FILTER_BODY="$SELECT_SQL where o.deleted_at is null and o.indicator_id in ($(in_list i $FILTER_INDICATORS)) and o.region_id in ($(in_list r $FILTER_REGIONS)) $ORDER_SQL limit 101;"
{
    for i in $(seq 1 $FILTER_INDICATORS); do echo "\\set i$i random($IND_MIN, $IND_MAX)"; done
    for i in $(seq 1 $FILTER_REGIONS); do echo "\\set r$i random($REG_MIN, $REG_MAX)"; done
    echo "$FILTER_BODY"
} >"$RUN/filtered.pgbench"
# Same answer from both for a fixed draw: the first ids of each range.
{
    for i in $(seq 1 $FILTER_INDICATORS); do echo "\\set i$i $((IND_MIN + i - 1))"; done
    for i in $(seq 1 $FILTER_REGIONS); do echo "\\set r$i $((REG_MIN + i - 1))"; done
    echo "$FILTER_BODY"
} >"$RUN/filtered-check.sql"
bench_psql -At -F '|' -f "$RUN/filtered-check.sql" | cut -d'|' -f1 | head -n 100 >"$RUN/filtered-check.sql.ids"
CHECK_INDICATORS=$(sql "select string_agg(code, ',' order by id) from indicator where id between $IND_MIN and $((IND_MIN + FILTER_INDICATORS - 1))")
CHECK_REGIONS=$(sql "select string_agg(code, ',' order by id) from region where id between $REG_MIN and $((REG_MIN + FILTER_REGIONS - 1))")
curl -s -H "$ACCEPT" "$API/v1/observations?indicator=$CHECK_INDICATORS&region=$CHECK_REGIONS&limit=100" | jq '.items[].id' >"$RUN/filtered-check.api.ids"
cmp -s "$RUN/filtered-check.sql.ids" "$RUN/filtered-check.api.ids" || die "pgbench SQL and API disagree; see $RUN/filtered-check.*"
FILTER_CHECK_ROWS=$(wc -l <"$RUN/filtered-check.api.ids")
export BENCH_IDS=$RUN/ids.lua
S3=$(wrk_app filtered-api "$CONNECTIONS" "$THREADS" -s bench/wrk/filtered.lua -H "$ACCEPT" "$API")
pgbench_run() {   # warm-up, then the measured run with a per-transaction log for percentiles
    local args=(-n -M prepared -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "$PGBENCH_CLIENTS" -j "$THREADS" -f "$RUN/filtered.pgbench")
    pgbench "${args[@]}" -T "$WARMUP" postgres >"$RUN/pgbench-warmup.txt" 2>&1
    mkdir -p "$RUN/pgbench-log"
    wait_quiet
    local start; cpu_ticks >"$RUN/pgbench.cpu0"; start=$(now_ms)
    pgbench "${args[@]}" -T "$DURATION" -l --log-prefix="$RUN/pgbench-log/tx" postgres >"$RUN/pgbench.txt" 2>&1
    cpu_ticks >"$RUN/pgbench.cpu1"
    local others; others=$(others_pct "$RUN/pgbench.cpu0" "$RUN/pgbench.cpu1" $(( $(now_ms) - start )))
    local tps failed
    tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$RUN/pgbench.txt")
    failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$RUN/pgbench.txt")
    [ -n "$tps" ] || die "pgbench failed; see $RUN/pgbench.txt"
    cat "$RUN"/pgbench-log/tx* | awk '{print $3}' | sort -n >"$RUN/pgbench-latencies.txt"
    awk -v tps="$tps" -v failed="${failed:-0}" -v others="$others" '{l[NR] = $1} END {
        printf "{\"tps\": %s, \"failed\": %d, \"transactions\": %d, \"p50_ms\": %.3f, \"p99_ms\": %.3f, \"others_cpu_pct\": %s}\n",
               tps, failed, NR, l[int(NR * 0.50) + 1] / 1000, l[int(NR * 0.99) + 1] / 1000, others}' "$RUN/pgbench-latencies.txt"
}
C3=$(pgbench_run)
R3=$(ratio "$(rps "$S3")" "$(jq .tps <<<"$C3")")
# Issue 23, point 3: the second lap's target (the first lap's was 0.5x).
row --argjson w "$S3" --argjson ratio "$R3" --argjson met "$(at_least "$R3" 0.8)" \
    '{id: "3", scenario: "filtered list, random sets, page of 100", rps: ($w.requests / ($w.duration_us / 1e6)),
      p50_ms: ($w.latency_us.p50 / 1000), p99_ms: ($w.latency_us.p99 / 1000), ratio: $ratio,
      errors: ($w.errors | add), others_cpu_pct: $w.others_cpu_pct, target: ">=0.8x pgbench", met: $met, wrk: $w}'
row --argjson p "$C3" --arg clients "$PGBENCH_CLIENTS" '{id: "3c", scenario: "  ceiling: pgbench, same SQL, \($clients) clients",
      rps: $p.tps, p50_ms: $p.p50_ms, p99_ms: $p.p99_ms, ratio: null, errors: $p.failed, others_cpu_pct: $p.others_cpu_pct, target: "", met: null, pgbench: $p}'

# ---- 4. Pagination ------------------------------------------------------------------------------------------------
log "scenario 4: walking $BIG_ROWS rows, $PAGE_SIZE a page, to page $PAGE_TARGET"
url="$API/v1/observations?$BIG_FILTER&limit=$PAGE_SIZE"
PAGE_FIRST_URL=$url PAGE_LAST_URL= page=0 walked=0
walk_start=$(now_ms)
: >"$RUN/walk.txt"
while [ -n "$url" ] && [ "$page" -lt "$PAGE_TARGET" ]; do
    page=$((page + 1))
    PAGE_LAST_URL=$url
    code=$(curl -s -H "$ACCEPT" -o "$RUN/page.json" -w '%{http_code} %{time_total}' "$url")
    echo "$page $code" >>"$RUN/walk.txt"
    [ "${code%% *}" = 200 ] || die "page $page answered ${code%% *}"
    walked=$((walked + $(jq '.items | length' "$RUN/page.json")))
    url=$(jq -r '.next // empty' "$RUN/page.json")
done
WALK_S=$(awk -v ms=$(( $(now_ms) - walk_start )) 'BEGIN {printf "%.1f", ms / 1000}')
# curl's time per page during the walk: the first ten pages against the last ten.
WALK_FIRST_MS=$(awk 'NR <= 10 {s += $3; n++} END {printf "%.1f", 1000 * s / n}' "$RUN/walk.txt")
WALK_LAST_MS=$(tail -n 10 "$RUN/walk.txt" | awk '{s += $3; n++} END {printf "%.1f", 1000 * s / n}')
log "walked $page pages, $walked rows in $WALK_S s (first 10 pages $WALK_FIRST_MS ms each, last 10 $WALK_LAST_MS ms)"
S4A=$(wrk_app page-first "$PAGE_CONNECTIONS" 1 -s bench/wrk/report.lua -H "$ACCEPT" "$PAGE_FIRST_URL")
S4B=$(wrk_app page-last "$PAGE_CONNECTIONS" 1 -s bench/wrk/report.lua -H "$ACCEPT" "$PAGE_LAST_URL")
R4=$(ratio "$(ms "$S4B" p50)" "$(ms "$S4A" p50)")
row --argjson w "$S4A" --arg size "$PAGE_SIZE" --arg c "$PAGE_CONNECTIONS" \
    '{id: "4a", scenario: "page 1 (\($size) rows, \($c) connection)", rps: ($w.requests / ($w.duration_us / 1e6)),
      p50_ms: ($w.latency_us.p50 / 1000), p99_ms: ($w.latency_us.p99 / 1000), ratio: null, errors: ($w.errors | add), others_cpu_pct: $w.others_cpu_pct,
      target: "", met: null, wrk: $w}'
row --argjson w "$S4B" --argjson ratio "$R4" --argjson met "$(at_most "$R4" 1.5)" --arg page "$page" --argjson walked "$walked" \
    --arg total "$BIG_ROWS" --arg s "$WALK_S" --argjson wf "$WALK_FIRST_MS" --argjson wl "$WALK_LAST_MS" \
    '{id: "4b", scenario: "page \($page) after walking \($walked) of \($total) rows", rps: ($w.requests / ($w.duration_us / 1e6)),
      p50_ms: ($w.latency_us.p50 / 1000), p99_ms: ($w.latency_us.p99 / 1000), ratio: $ratio, errors: ($w.errors | add), others_cpu_pct: $w.others_cpu_pct,
      target: "p50 <=1.5x page 1", met: $met, walk_seconds: ($s | tonumber), walk_first_10_pages_ms: $wf, walk_last_10_pages_ms: $wl, wrk: $w}'

# ---- 5. JSON-stat ---------------------------------------------------------------------------------------------------
log "scenario 5: $JSONSTAT_PATH"
JSONSTAT_CELLS=$(curl -s "$API$JSONSTAT_PATH" | jq 'select(.class == "dataset") | .value | length')
[ -n "$JSONSTAT_CELLS" ] || die "JSON-stat request did not return a dataset"
S5=$(wrk_app jsonstat "$CONNECTIONS" "$THREADS" -s bench/wrk/report.lua "$API$JSONSTAT_PATH")
row --argjson w "$S5" --arg cells "$JSONSTAT_CELLS" \
    '{id: "5", scenario: "JSON-stat 4 regions x 2 indicators x 15 years (\($cells) cells)", rps: ($w.requests / ($w.duration_us / 1e6)),
      p50_ms: ($w.latency_us.p50 / 1000), p99_ms: ($w.latency_us.p99 / 1000), ratio: null, errors: ($w.errors | add), others_cpu_pct: $w.others_cpu_pct,
      target: "(report)", met: null, wrk: $w}'

# ---- 10. Overload ------------------------------------------------------------------------------------------------------
# Uncached as_of reads (bench/wrk/overload.lua) at the bench's connections, which the service admits in full (8 workers,
# 3 waiting per worker), then at 4 times as many: the excess must be shed at once (503 or 429 with Retry-After) and the
# requests that are served must keep their latency. One connection per wrk thread, so the script can time each answer
# by its class. The reads are of the seed's series (the generated rows have no published versions) at as_of instants
# between the dataset's generation and now, so every request reads the rows as published.
OVERLOAD_CONNECTIONS=${BENCH_OVERLOAD_CONNECTIONS:-$((4 * CONNECTIONS))}
export BENCH_AS_OF_FROM=$(( $(date -d "$(jq -r .generated_at "$MARKER")" +%s) + 1 ))
export BENCH_AS_OF_TO=$(( $(date +%s) - 2 ))
[ "$BENCH_AS_OF_TO" -gt "$BENCH_AS_OF_FROM" ] || BENCH_AS_OF_FROM=$BENCH_AS_OF_TO
log "scenario 10: uncached as_of reads at $CONNECTIONS, then $OVERLOAD_CONNECTIONS connections"
S10N=$(wrk_app overload-normal "$CONNECTIONS" "$CONNECTIONS" -s bench/wrk/overload.lua -H "$ACCEPT" "$API")
K10N=$(sed -n 's/^BENCH_CLASSES //p' "$RUN/wrk-overload-normal.txt")
S10O=$(wrk_app overload-4x "$OVERLOAD_CONNECTIONS" "$OVERLOAD_CONNECTIONS" -s bench/wrk/overload.lua -H "$ACCEPT" "$API")
K10O=$(sed -n 's/^BENCH_CLASSES //p' "$RUN/wrk-overload-4x.txt")
[ -n "$K10N" ] && [ -n "$K10O" ] || die "overload.lua printed no classes; see $RUN/wrk-overload-*.txt"
R10=$(ratio "$(jq '.served.p99_us' <<<"$K10O")" "$(jq '.served.p99_us' <<<"$K10N")")
row --argjson w "$S10N" --argjson k "$K10N" --arg c "$CONNECTIONS" \
    '{id: "10a", scenario: "uncached as_of reads, \($c) connections (normal load)", rps: ($w.requests / ($w.duration_us / 1e6)),
      p50_ms: ($k.served.p50_us / 1000), p99_ms: ($k.served.p99_us / 1000), ratio: null,
      errors: ($w.errors.connect + $w.errors.read + $w.errors.write + $w.errors.timeout + ($k.statuses | to_entries | map(select(.key | test("^2") | not) | .value) | add // 0)),
      others_cpu_pct: $w.others_cpu_pct, target: "(report)", met: null, classes: $k, wrk: $w}'
row --argjson w "$S10O" --argjson k "$K10O" --arg c "$OVERLOAD_CONNECTIONS" --argjson ratio "$R10" --argjson met "$(at_most "$R10" 2)" \
    '($w.duration_us / 1e6) as $s | ($k.served.count + $k.shed.count + $k.other.count) as $all |
     {id: "10b", scenario: "overload, \($c) connections: served \($k.served.count / $s | floor) req/s, shed \(if $all > 0 then ($k.shed.count * 1000 / $all | floor) / 10 else 0 end) % (p99 of a shed answer \(($k.shed.p99_us // 0) / 1000) ms)",
      rps: ($k.served.count / $s), p50_ms: ($k.served.p50_us / 1000), p99_ms: ($k.served.p99_us / 1000), ratio: $ratio,
      errors: ($w.errors.connect + $w.errors.read + $w.errors.write + $w.errors.timeout + $k.other.count + $k.shed_without_retry_after),
      others_cpu_pct: $w.others_cpu_pct, target: "served p99 <=2x normal; shed 503/429 + Retry-After",
      met: ($met and $k.other.count == 0 and $k.shed_without_retry_after == 0 and $w.errors.timeout == 0),
      shed_share: (if $all > 0 then $k.shed.count / $all else 0 end), shed_rps: ($k.shed.count / $s), shed_p99_ms: (($k.shed.p99_us // 0) / 1000),
      classes: $k, wrk: $w}'

# ---- 9. Footprint (the main run ends here) ----------------------------------------------------------------------------
sleep 5
RSS_AFTER_LOAD_KB=$(rss_kb "$APP_PID")
RSS_LOAD_KB=$(sort -n "$RUN/rss-load.txt" | tail -n 1)
stop_app

# ---- 1, with the rate limiter off (issue 17, point 3) --------------------------------------------------------------------
# The same hot read on an application started with RATE_LIMIT_PER_MINUTE=0: what the limiter's check costs (target: the
# hot read keeps at least 0.9 of its throughput with the limiter on).
log "scenario 1 again, rate limiter off"
APP_ENV=(RATE_LIMIT_PER_MINUTE=0)
start_app nolimit
APP_ENV=()
S1OFF=$(wrk_app hot-api-nolimit "$CONNECTIONS" "$THREADS" -s bench/wrk/report.lua -H "$ACCEPT" "$API$HOT_PATH")
stop_app
R1L=$(ratio "$(rps "$S1")" "$(rps "$S1OFF")")
row --argjson w "$S1OFF" --argjson ratio "$R1L" --argjson met "$(at_least "$R1L" 0.9)" \
    '{id: "1r", scenario: "  hot series read, rate limiter off (ratio: limiter on / off)", rps: ($w.requests / ($w.duration_us / 1e6)),
      p50_ms: ($w.latency_us.p50 / 1000), p99_ms: ($w.latency_us.p99 / 1000), ratio: $ratio,
      errors: ($w.errors | add), others_cpu_pct: $w.others_cpu_pct, target: "on >=0.9x off", met: $met, wrk: $w}'

# ---- 9. Start to ready, external and embedded database (issue 23, point 1) ------------------------------------------------
# Start to /q/health/ready answering UP, BENCH_STARTUP_RUNS times each (median reported): with DB_URL on the bench
# database (the main start above is the first), and with the embedded PostgreSQL on an existing data directory, as a
# second `make run` finds it (bench/work/embedded-pg, seeded by one start that is not counted).
STARTUP_RUNS=${BENCH_STARTUP_RUNS:-3}
median() { tr ' ' '\n' | grep . | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
STARTUP_EXTERNAL="$STARTUP_MAIN_MS"
for i in $(seq 2 "$STARTUP_RUNS"); do start_app "startup-external-$i"; STARTUP_EXTERNAL="$STARTUP_EXTERNAL $STARTUP_MS"; stop_app; done
EMBEDDED_DIR=$WORK/embedded-pg
APP_DB=embedded
APP_ENV=(EMBEDDED_DB_DIR="$EMBEDDED_DIR" EMBEDDED_DB_WORK_DIR="$WORK/embedded-work" EMBEDDED_DB_PORT="$EMBEDDED_PG_PORT")
[ -f "$EMBEDDED_DIR/PG_VERSION" ] || { log "seeding the embedded database in $EMBEDDED_DIR (not counted)"; start_app embedded-seed; stop_app; }
STARTUP_EMBEDDED=
for i in $(seq 1 "$STARTUP_RUNS"); do start_app "startup-embedded-$i"; STARTUP_EMBEDDED="$STARTUP_EMBEDDED $STARTUP_MS"; stop_app; done
APP_DB=external APP_ENV=()
STARTUP_EXTERNAL_MS=$(echo "$STARTUP_EXTERNAL" | median)
STARTUP_EMBEDDED_MS=$(echo "$STARTUP_EMBEDDED" | median)
log "start to ready: external database $STARTUP_EXTERNAL ms, embedded $STARTUP_EMBEDDED ms"

# ---- 6. CSV export under a small heap ---------------------------------------------------------------------------------
log "scenario 6: CSV export of $BIG_ROWS rows with -Xmx$EXPORT_XMX"
start_app export "-Xmx$EXPORT_XMX"
EXPORT_URL="$API/v1/observations?format=csv&limit=all&$BIG_FILTER"
export_once() {   # prints: rows bytes seconds http_code others_cpu_pct
    local meta=$RUN/export-$1.meta lines start others
    wait_quiet
    cpu_ticks >"$RUN/export-$1.cpu0"; start=$(now_ms)
    lines=$(curl -s -o - -w '%{stderr}%{http_code} %{size_download} %{time_total}\n' "$EXPORT_URL" 2>"$meta" | wc -l)
    cpu_ticks >"$RUN/export-$1.cpu1"
    others=$(others_pct "$RUN/export-$1.cpu0" "$RUN/export-$1.cpu1" $(( $(now_ms) - start )))
    read -r code bytes seconds <"$meta"
    echo "$((lines - 1)) $bytes $seconds $code $others"
}
jstat -gc "$APP_PID" 200 >"$RUN/jstat-export.txt" 2>&1 &
JSTAT_PID=$!
# Warm-up exports, as for the wrk scenarios, until one in which the JIT compiled fewer than JIT_SETTLED methods (at most 5).
EXPORT_WARMUPS=0 EXPORT_JIT=
if [ "$QUICK" != 1 ]; then
    while [ "$EXPORT_WARMUPS" -lt 5 ]; do
        before=$(jit_compiled "$APP_PID")
        export_once warmup >/dev/null
        compiled=$(( $(jit_compiled "$APP_PID") - before ))
        EXPORT_WARMUPS=$((EXPORT_WARMUPS + 1)) EXPORT_JIT="$EXPORT_JIT${EXPORT_JIT:+,}$compiled"
        [ "$compiled" -lt "$JIT_SETTLED" ] && break
    done
    log "export: $EXPORT_WARMUPS warm-up export(s) (methods compiled in each: $EXPORT_JIT)"
fi
read -r EXPORT_ROWS EXPORT_BYTES EXPORT_S EXPORT_CODE EXPORT_OTHERS <<<"$(export_once measured)"
kill "$JSTAT_PID" 2>/dev/null || true; wait "$JSTAT_PID" 2>/dev/null || true
HEAP_MAX_KB=$(awk 'NR == 1 {for (i = 1; i <= NF; i++) c[$i] = i; next}
    $1 ~ /^[0-9.]+$/ {u = $c["S0U"] + $c["S1U"] + $c["EU"] + $c["OU"]; if (u > m) m = u} END {printf "%.0f", m}' "$RUN/jstat-export.txt")
EXPORT_HWM_KB=$(awk '/^VmHWM/ {print $2}' "/proc/$APP_PID/status")
stop_app
ROWS_PER_S=$(awk -v r="$EXPORT_ROWS" -v s="$EXPORT_S" 'BEGIN {printf "%.0f", r / s}')
MET6=$(jq -n --argjson rate "$ROWS_PER_S" --argjson rows "$EXPORT_ROWS" --argjson want "$BIG_ROWS" --arg code "$EXPORT_CODE" \
    '$rate >= 200000 and $rows == $want and $code == "200"')
row --argjson rate "$ROWS_PER_S" --argjson rows "$EXPORT_ROWS" --argjson bytes "$EXPORT_BYTES" --argjson s "$EXPORT_S" \
    --argjson met "$MET6" --arg code "$EXPORT_CODE" --argjson others "$EXPORT_OTHERS" --argjson heap "$HEAP_MAX_KB" --argjson hwm "$EXPORT_HWM_KB" --arg xmx "$EXPORT_XMX" \
    --argjson wu "$EXPORT_WARMUPS" --arg jit "$EXPORT_JIT" \
    '{id: "6", scenario: "CSV export \($rows) rows, \($bytes / 1048576 | floor) MiB, \($s) s (rows/s)", rps: $rate, p50_ms: null, p99_ms: null,
      ratio: null, errors: (if $code == "200" then 0 else 1 end), target: ">=200,000 rows/s", met: $met,
      others_cpu_pct: $others, rows: $rows, bytes: $bytes, seconds: $s, http_code: $code, max_heap_used_kb: $heap, vm_hwm_kb: $hwm, xmx: $xmx,
      warmup: {exports: $wu, jit_compiled_per_export: ($jit | split(",") | map(select(. != "") | tonumber))}}'
row --argjson heap "$HEAP_MAX_KB" --argjson hwm "$EXPORT_HWM_KB" --arg xmx "$EXPORT_XMX" \
    '{id: "6h", scenario: "  max heap used during export: \($heap / 1024 | floor) MiB of -Xmx\($xmx) (RSS peak \($hwm / 1024 | floor) MiB)",
      rps: null, p50_ms: null, p99_ms: null, ratio: null, errors: null, target: "< Xmx, no OOM", met: null}'

fi   # [ -z "$ONLY" ]

# ---- 7. Import ------------------------------------------------------------------------------------------------------------
# 100,000 rows of a bench indicator in new monthly periods (so they are inserts), as the CSV an editor would send,
# imported under a small heap, after one warm-up import of as many rows in other new periods and one revising them (the
# other scenarios are measured once the JIT has settled too; the warm-ups' rates are reported as the cold ones); then a
# file revising every one of those rows (same keys, every value changed: 100,000 updates, each closing the previous
# version), the same file again (all unchanged), then a file with one bad row in the middle, which must leave the data
# exactly as it was (atomic). Ceiling: a raw COPY of the same rows into the same table (observation, with its indexes and
# foreign-key checks; the revision trigger off, app.bulk), with psql's \copy, in the same run after the imports are removed.
IMPORT_ROWS=${BENCH_IMPORT_ROWS:-100000}
log "scenario 7: import of $IMPORT_ROWS new rows and of $IMPORT_ROWS revisions; ceiling: COPY of the same rows"
IMPORT_CSV=$RUN/import.csv
REVISION_CSV=$RUN/import-revision.csv
import_file() {   # FIRST_MONTH FILE DELTA: IMPORT_ROWS rows from FIRST_MONTH on, spread over the synthetic regions, values + DELTA
    {
        echo "indicator_code,region_code,period_code,breakdown_dimension,breakdown_member,value,status,footnote,source_id"
        sql "with r as (select array_agg(code order by id) as codes, count(*)::int as c from region where code like '99%')
             select 'bench-indicator-001', r.codes[1 + n % r.c], to_char(date '$1' + ((n / r.c) || ' month')::interval, 'YYYY-MM'),
                    '', '', (n % 100000)::numeric / 10 + $3, 'provisional', '', (select id from source order by id limit 1)
             from generate_series(0, $IMPORT_ROWS - 1) n, r" | tr '|' ','
    } >"$2"
}
import_file 2101-01-01 "$IMPORT_CSV" 0
import_file 2101-01-01 "$REVISION_CSV" 1
import_file 2301-01-01 "$RUN/import-warmup.csv" 0
import_file 2301-01-01 "$RUN/import-warmup-revision.csv" 1
remove_imported() {   # leave the dataset as it was
    sql "delete from observation_version where observation_id in (select id from observation where indicator_id = (select id from indicator where code = 'bench-indicator-001') and period_start >= date '2101-01-01')" >/dev/null 2>&1 || true
    sql "delete from observation where indicator_id = (select id from indicator where code = 'bench-indicator-001') and period_start >= date '2101-01-01'" >/dev/null
}
start_app import "-Xmx$EXPORT_XMX"
IMPORT_KEY=$(DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" DB_USER=postgres DB_PASSWORD=postgres \
    java -jar "$JAR" api-key --role editor --name "bench-$(date +%s)" | grep '^cek_')
import_once() {   # FILE: prints http_code seconds
    curl -s -o "$RUN/import-response.json" -w '%{http_code} %{time_total}' -X POST -H "Authorization: Bearer $IMPORT_KEY" \
        -H 'Content-Type: text/csv' --data-binary @"$1" "$API/v1/imports?reason=bench"
}
jstat -gc "$APP_PID" 200 >"$RUN/jstat-import.txt" 2>&1 &
JSTAT_PID=$!
COLD_CODE= COLD_S=null COLD_REVISION_S=null
if [ "$QUICK" != 1 ]; then
    wait_quiet
    read -r COLD_CODE COLD_S <<<"$(import_once "$RUN/import-warmup.csv")"
    [ "$COLD_CODE" = 201 ] || die "the warm-up import answered $COLD_CODE: $(head -c 500 "$RUN/import-response.json")"
    read -r COLD_CODE COLD_REVISION_S <<<"$(import_once "$RUN/import-warmup-revision.csv")"
    [ "$COLD_CODE" = 201 ] || die "the warm-up revision answered $COLD_CODE: $(head -c 500 "$RUN/import-response.json")"
fi
wait_quiet
IMPORT_LOAD=$(cut -d' ' -f1-3 /proc/loadavg)   # the machine may be shared: its load average as each import starts
read -r IMPORT_CODE IMPORT_S <<<"$(import_once "$IMPORT_CSV")"
IMPORT_INSERTED=$(jq -r '.inserted // 0' "$RUN/import-response.json")
wait_quiet
REVISION_LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
read -r REVISION_CODE REVISION_S <<<"$(import_once "$REVISION_CSV")"
REVISION_UPDATED=$(jq -r '.updated // 0' "$RUN/import-response.json")
read -r REIMPORT_CODE REIMPORT_S <<<"$(import_once "$REVISION_CSV")"
REIMPORT_UNCHANGED=$(jq -r '.unchanged // 0' "$RUN/import-response.json")
BEFORE_BAD=$(sql "select md5(string_agg(id || ':' || value || ':' || status, ',' order by id)) from observation where indicator_id = (select id from indicator where code = 'bench-indicator-001')")
awk -F, -v half=$((IMPORT_ROWS / 2)) 'NR == half {$6 = "not-a-number"} NR > 1 && NR != half {$6 = $6 + 2} {print}' OFS=, "$IMPORT_CSV" >"$RUN/import-bad.csv"
read -r BAD_CODE BAD_S <<<"$(import_once "$RUN/import-bad.csv")"
AFTER_BAD=$(sql "select md5(string_agg(id || ':' || value || ':' || status, ',' order by id)) from observation where indicator_id = (select id from indicator where code = 'bench-indicator-001')")
kill "$JSTAT_PID" 2>/dev/null || true; wait "$JSTAT_PID" 2>/dev/null || true
IMPORT_HEAP_KB=$(awk 'NR == 1 {for (i = 1; i <= NF; i++) c[$i] = i; next}
    $1 ~ /^[0-9.]+$/ {u = $c["S0U"] + $c["S1U"] + $c["EU"] + $c["OU"]; if (u > m) m = u} END {printf "%.0f", m}' "$RUN/jstat-import.txt")
stop_app
# The ceiling's file: the rows the import wrote, as the table's own columns (ids instead of codes).
COPY_COLUMNS="indicator_id, region_id, period_id, period_start, breakdown_dimension, breakdown_member, value, status, footnote, source_id"
sql "copy (select $COPY_COLUMNS from observation where indicator_id = (select id from indicator where code = 'bench-indicator-001')
           and period_start >= date '2101-01-01' and period_start < date '2301-01-01' order by id) to stdout with (format csv)" >"$RUN/import-copy.csv"
remove_imported
wait_quiet
COPY_LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
copy_start=$(now_ms)
bench_psql -q -c "select set_config('app.bulk', 'on', false)" -c "\\copy observation ($COPY_COLUMNS) from '$RUN/import-copy.csv' with (format csv)" >/dev/null
COPY_S=$(awk -v ms=$(( $(now_ms) - copy_start )) 'BEGIN {printf "%.3f", ms / 1000}')
COPY_ROWS=$(wc -l <"$RUN/import-copy.csv")
remove_imported
IMPORT_RATE=$(awk -v r="$IMPORT_ROWS" -v s="$IMPORT_S" 'BEGIN {printf "%.0f", r / s}')
REVISION_RATE=$(awk -v r="$IMPORT_ROWS" -v s="$REVISION_S" 'BEGIN {printf "%.0f", r / s}')
COPY_RATE=$(awk -v r="$COPY_ROWS" -v s="$COPY_S" 'BEGIN {printf "%.0f", r / s}')
ATOMIC=$([ "$BAD_CODE" = 422 ] && [ "$BEFORE_BAD" = "$AFTER_BAD" ] && echo true || echo false)
MET7=$(jq -n --argjson rate "$IMPORT_RATE" --arg code "$IMPORT_CODE" --argjson inserted "$IMPORT_INSERTED" --argjson rows "$IMPORT_ROWS" \
    --argjson atomic "$ATOMIC" '$rate >= 60000 and $code == "201" and $inserted == $rows and $atomic')
MET7R=$(jq -n --argjson rate "$REVISION_RATE" --arg code "$REVISION_CODE" --argjson updated "$REVISION_UPDATED" --argjson rows "$IMPORT_ROWS" \
    --argjson unchanged "$REIMPORT_UNCHANGED" '$rate >= 60000 and $code == "201" and $updated == $rows and $unchanged == $rows')
row --argjson rate "$IMPORT_RATE" --argjson s "$IMPORT_S" --arg code "$IMPORT_CODE" --argjson inserted "$IMPORT_INSERTED" \
    --argjson rows "$IMPORT_ROWS" --arg badcode "$BAD_CODE" --argjson atomic "$ATOMIC" --argjson heap "$IMPORT_HEAP_KB" --arg xmx "$EXPORT_XMX" \
    --argjson met "$MET7" --argjson cold "$COLD_S" --argjson ratio "$(ratio "$IMPORT_RATE" "$COPY_RATE")" --arg load "$IMPORT_LOAD" \
    '{id: "7", scenario: "import \($rows) new rows (\($s) s\(if $cold then "; cold, the first: \($rows / $cold | floor) rows/s" else "" end); bad row: \($badcode), atomic \($atomic); heap \($heap / 1024 | floor) MiB of -Xmx\($xmx)) (rows/s)",
      rps: $rate, p50_ms: null, p99_ms: null, ratio: $ratio, errors: (if $code == "201" then 0 else 1 end),
      target: ">=60,000 rows/s, atomic", met: $met, http_code: $code, inserted: $inserted,
      bad_row_http_code: $badcode, atomic: $atomic, max_heap_used_kb: $heap, load_average: $load,
      cold_seconds: $cold, cold_rps: (if $cold then ($rows / $cold | floor) else null end)}'
row --argjson rate "$REVISION_RATE" --argjson s "$REVISION_S" --arg code "$REVISION_CODE" --argjson updated "$REVISION_UPDATED" \
    --argjson rows "$IMPORT_ROWS" --arg recode "$REIMPORT_CODE" --argjson unchanged "$REIMPORT_UNCHANGED" --argjson res "$REIMPORT_S" \
    --argjson met "$MET7R" --argjson cold "$COLD_REVISION_S" --argjson ratio "$(ratio "$REVISION_RATE" "$COPY_RATE")" --arg load "$REVISION_LOAD" \
    '{id: "7r", scenario: "import revising those \($rows) rows (\($s) s\(if $cold then "; cold, the first: \($rows / $cold | floor) rows/s" else "" end); again: \($res) s, \($unchanged) unchanged) (rows/s)",
      rps: $rate, p50_ms: null, p99_ms: null, ratio: $ratio, errors: (if $code == "201" then 0 else 1 end),
      target: ">=60,000 rows/s", met: $met, http_code: $code, updated: $updated, reimport_http_code: $recode,
      reimport_unchanged: $unchanged, reimport_seconds: $res, load_average: $load,
      cold_seconds: $cold, cold_rps: (if $cold then ($rows / $cold | floor) else null end)}'
row --argjson rate "$COPY_RATE" --argjson s "$COPY_S" --argjson rows "$COPY_ROWS" --arg load "$COPY_LOAD" \
    '{id: "7c", scenario: "  ceiling: psql \\copy of the same \($rows) rows into observation (\($s) s) (rows/s)",
      rps: $rate, p50_ms: null, p99_ms: null, ratio: null, errors: 0, target: "(ceiling)", met: null, copy_seconds: $s, load_average: $load}'

if [ -z "$ONLY" ]; then
# ---- Explorer: the series page as a browser loads it (issue 23, point 7) -----------------------------------------------
# What a reader's browser waits for and downloads: the series page (HTML) with its stylesheet and script, fetched as a
# browser does (Accept: text/html, Accept-Encoding: gzip), BENCH_EXPLORER_SAMPLES times, medians reported. Cold: an empty
# cache, all three downloaded. Warm: the page again (it is Cache-Control: no-cache, so revalidated with its ETag when it
# has one, else downloaded) and each asset only if its Cache-Control does not let the cache keep it (then revalidated).
# Bytes are what crossed the wire: compressed bodies plus headers. The page is the seed's (the one Lighthouse audits),
# served from the bench database, by its own instance of the application warmed with as many loads first.
EXPLORER_PAGE=${BENCH_EXPLORER_PAGE:-/explore/indicators/creative-gva?region=east-kazakhstan,kazakhstan&lang=ru}
EXPLORER_SAMPLES=${BENCH_EXPLORER_SAMPLES:-$([ "$QUICK" = 1 ] && echo 5 || echo 21)}
EXPLORER_ACCEPT='Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
log "explorer: series page $EXPLORER_PAGE, $EXPLORER_SAMPLES cold and warm loads"
start_app explorer
explorer_get() {   # URL [curl args]: prints http_code time_starttransfer_ms body_bytes header_bytes
    local url=$1; shift
    curl -s -o /dev/null --compressed -H "$EXPLORER_ACCEPT" "$@" \
        -w '%{http_code} %{time_starttransfer} %{size_download} %{size_header}\n' "$url" \
        | awk '{printf "%s %.2f %d %d\n", $1, $2 * 1000, $3, $4}'
}
header_of() { awk -F': ' -v h="$2" 'tolower($1) == h {sub(/\r$/, "", $2); print $2}' "$1"; }
curl -s --compressed -H "$EXPLORER_ACCEPT" -D "$RUN/explorer.headers" -o "$RUN/explorer.html" "$API$EXPLORER_PAGE"
grep -q '^HTTP/1.1 200' "$RUN/explorer.headers" || die "the explorer page did not answer 200; see $RUN/explorer.headers"
grep -qi '^content-encoding: gzip' "$RUN/explorer.headers" || log "the explorer page was not compressed"
EXPLORER_ASSETS=$(grep -o '<link rel="stylesheet" href="[^"]*"\|<script src="[^"]*"' "$RUN/explorer.html" | sed 's/.*"\(.*\)"/\1/' | sed 's/&amp;/\&/g')
EXPLORER_ETAG=$(header_of "$RUN/explorer.headers" etag)
for _ in $(seq 1 "$EXPLORER_SAMPLES"); do explorer_get "$API$EXPLORER_PAGE" >/dev/null; done
wait_quiet
cpu_ticks >"$RUN/explorer.cpu0"; EXPLORER_START=$(now_ms)
: >"$RUN/explorer-cold.txt"; : >"$RUN/explorer-warm.txt"
for _ in $(seq 1 "$EXPLORER_SAMPLES"); do
    # One line per load: ttfb of the page, bytes of everything, requests, total time of the page.
    read -r code ttfb body head <<<"$(explorer_get "$API$EXPLORER_PAGE")"
    [ "$code" = 200 ] || die "the explorer page answered $code"
    bytes=$((body + head)) requests=1
    for asset in $EXPLORER_ASSETS; do
        read -r code _ body head <<<"$(explorer_get "$API$asset" -D "$RUN/explorer-asset.headers")"
        [ "$code" = 200 ] || die "$asset answered $code"
        bytes=$((bytes + body + head)) requests=$((requests + 1))
    done
    echo "$ttfb $bytes $requests" >>"$RUN/explorer-cold.txt"

    read -r code ttfb body head <<<"$(explorer_get "$API$EXPLORER_PAGE" ${EXPLORER_ETAG:+-H "If-None-Match: $EXPLORER_ETAG"})"
    bytes=$((body + head)) requests=1
    for asset in $EXPLORER_ASSETS; do
        curl -s -o /dev/null -D "$RUN/explorer-asset.headers" --compressed "$API$asset"
        cache=$(header_of "$RUN/explorer-asset.headers" cache-control)
        if grep -Eq 'max-age=[1-9]' <<<"$cache" && ! grep -q 'no-cache\|no-store' <<<"$cache"; then
            continue   # fresh in the cache: no request at all
        fi
        etag=$(header_of "$RUN/explorer-asset.headers" etag) modified=$(header_of "$RUN/explorer-asset.headers" last-modified)
        read -r code _ body head <<<"$(explorer_get "$API$asset" ${etag:+-H "If-None-Match: $etag"} ${modified:+-H "If-Modified-Since: $modified"})"
        bytes=$((bytes + body + head)) requests=$((requests + 1))
    done
    echo "$ttfb $bytes $requests" >>"$RUN/explorer-warm.txt"
done
cpu_ticks >"$RUN/explorer.cpu1"
EXPLORER_OTHERS=$(others_pct "$RUN/explorer.cpu0" "$RUN/explorer.cpu1" $(( $(now_ms) - EXPLORER_START )))
EXPLORER_HTML_RAW=$(curl -s -H "$EXPLORER_ACCEPT" "$API$EXPLORER_PAGE" | wc -c)
stop_app
median_of() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
for load in cold warm; do
    f=$RUN/explorer-$load.txt
    row --arg load "$load" --argjson ttfb "$(awk '{print $1}' "$f" | median_of)" --argjson bytes "$(awk '{print $2}' "$f" | median_of)" \
        --argjson requests "$(awk '{print $3}' "$f" | median_of)" --argjson n "$EXPLORER_SAMPLES" --argjson others "$EXPLORER_OTHERS" \
        --argjson raw "$EXPLORER_HTML_RAW" --arg page "$EXPLORER_PAGE" \
        --argjson samples "$(awk '{printf "%s[%s,%s,%s]", (NR > 1 ? "," : ""), $1, $2, $3}' "$f" | sed 's/^/[/; s/$/]/')" \
        '{id: "explorer-\($load)", scenario: "explorer series page, \($load) load: TTFB \($ttfb) ms, \($bytes) B over \($requests) request(s) (HTML \($raw) B uncompressed)",
          rps: null, p50_ms: $ttfb, p99_ms: null, ratio: null, errors: 0, others_cpu_pct: $others, target: "(report)", met: null,
          page: $page, load: $load, samples: $n, ttfb_median_ms: $ttfb, bytes_median: $bytes, requests: $requests, html_uncompressed_bytes: $raw,
          samples_ttfb_ms_bytes_requests: $samples}'
done
# ---- 11. Reads on a streaming replica under a write load (issue 21, point 7) ----------------------------------------------
# A second PostgreSQL made with pg_basebackup -R from the bench's primary streams its WAL, as a CloudNativePG replica does.
# The application reads there (DB_READ_URL) while pgbench writes to a database of its own on the primary (TPC-B at
# BENCH_REPLICA_WRITE_TPS transactions/s, so that the replica replays a steady stream without the writes touching what
# the service reads), and scenario 3's uncached reads drive it. The replica's lag is sampled on the primary every 0.5 s.
# BENCH_REPLICA=0 skips it; the replica's data directory is made afresh each run and removed after.
REPLICA_PORT=${BENCH_REPLICA_PG_PORT:-55434}
REPLICA_WRITE_TPS=${BENCH_REPLICA_WRITE_TPS:-200}
REPLICA_DATA=$WORK/replica-$SCALE
if [ "${BENCH_REPLICA:-1}" = 1 ]; then
    log "scenario 11: reads on a streaming replica on 127.0.0.1:$REPLICA_PORT, $REPLICA_WRITE_TPS write transactions/s on the primary"
    rm -rf "$REPLICA_DATA"
    mkdir -p "$REPLICA_DATA"
    chmod 700 "$REPLICA_DATA"
    [ -n "$PG_OWNER" ] && chown "$PG_OWNER" "$REPLICA_DATA"
    [ "$(sql "select count(*) from pg_database where datname = 'bench_writes'")" = 1 ] || sql 'create database bench_writes' >/dev/null
    pgbench -i -q -s 5 -h 127.0.0.1 -p "$PG_PORT" -U postgres bench_writes >"$RUN/pgbench-writes-init.txt" 2>&1 \
        || die "pgbench -i failed; see $RUN/pgbench-writes-init.txt"
    if [ -x "$PG_BIN/pg_basebackup" ]; then
        as_pg "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PG_PORT" -U postgres -D "$REPLICA_DATA" -R -X stream -c fast >"$RUN/basebackup.txt" 2>&1 \
            || die "pg_basebackup failed; see $RUN/basebackup.txt"
    else
        # The zonky binaries have no pg_basebackup: the same standby from a copy of the primary's data directory taken
        # with the primary stopped (a consistent base backup), plus what -R writes: standby.signal and primary_conninfo.
        as_pg "$PG_BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null
        PG_STARTED=
        cp -a "$DATA/." "$REPLICA_DATA/"
        rm -f "$REPLICA_DATA/postmaster.pid"
        touch "$REPLICA_DATA/standby.signal"
        echo "primary_conninfo = 'host=127.0.0.1 port=$PG_PORT user=postgres'" >>"$REPLICA_DATA/postgresql.auto.conf"
        start_pg
    fi
    as_pg "$PG_BIN/pg_ctl" -D "$REPLICA_DATA" -l "$RUN/replica.log" -w -t 300 -o "-p $REPLICA_PORT" start >/dev/null \
        || die "the replica did not start; see $RUN/replica.log"
    REPLICA_STARTED=1
    replica_sql() { psql -h 127.0.0.1 -p "$REPLICA_PORT" -U postgres -d postgres -X -At -c "$1"; }
    [ "$(replica_sql 'select pg_is_in_recovery()')" = t ] || die "the replica is not in recovery"
    pgbench -n -c 2 -j 1 -R "$REPLICA_WRITE_TPS" -T 100000 -h 127.0.0.1 -p "$PG_PORT" -U postgres bench_writes >"$RUN/pgbench-writes.txt" 2>&1 &
    WRITER_PID=$!
    ( while :; do
          sql "select coalesce(extract(epoch from replay_lag), 0), pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)
               from pg_stat_replication" 2>/dev/null | head -n 1
          sleep 0.5
      done ) >"$RUN/replica-lag.txt" &
    LAG_PID=$!
    APP_ENV=(DB_READ_URL="jdbc:postgresql://127.0.0.1:$REPLICA_PORT/postgres")
    start_app replica
    APP_ENV=()
    replica_before=$(replica_sql "select xact_commit from pg_stat_database where datname = 'postgres'")
    writes_before=$(bench_psql -d bench_writes -At -c 'select count(*) from pgbench_history')
    writes_start=$(now_ms)
    S11=$(wrk_app replica-reads "$CONNECTIONS" "$THREADS" -s bench/wrk/filtered.lua -H "$ACCEPT" "$API")
    writes_after=$(bench_psql -d bench_writes -At -c 'select count(*) from pgbench_history')
    writes_s=$(awk -v ms=$(( $(now_ms) - writes_start )) 'BEGIN {print ms / 1000}')
    replica_after=$(replica_sql "select xact_commit from pg_stat_database where datname = 'postgres'")
    stop_app
    kill "$LAG_PID" "$WRITER_PID" 2>/dev/null || true
    wait "$LAG_PID" "$WRITER_PID" 2>/dev/null || true
    LAG_PID= WRITER_PID=
    as_pg "$PG_BIN/pg_ctl" -D "$REPLICA_DATA" -m fast -w stop >/dev/null 2>&1 || true
    REPLICA_STARTED=
    rm -rf "$REPLICA_DATA"
    WRITE_TPS=$(awk -v n=$((writes_after - writes_before)) -v s="$writes_s" 'BEGIN {printf "%.1f", n / s}')
    LAG=$(grep '|' "$RUN/replica-lag.txt" | sort -t'|' -k1,1 -g | awk -F'|' '{n++; s[n] = $1; if ($2 > b) b = $2}
        END {printf "{\"samples\": %d, \"replay_lag_p50_ms\": %.1f, \"replay_lag_max_ms\": %.1f, \"lag_bytes_max\": %d}",
             n, n ? 1000 * s[int((n + 1) / 2)] : 0, n ? 1000 * s[n] : 0, b}')
    R11=$(ratio "$(rps "$S11")" "$(rps "$S3")")
    row --argjson w "$S11" --argjson lag "$LAG" --argjson ratio "$R11" --argjson tps "$WRITE_TPS" \
        --argjson rtx "$((replica_after - replica_before))" --argjson want "$REPLICA_WRITE_TPS" \
        '{id: "11", scenario: "filtered list on a streaming replica, \($tps) writes/s on the primary (ratio: / scenario 3); replay lag p50 \($lag.replay_lag_p50_ms) ms, max \($lag.replay_lag_max_ms) ms",
          rps: ($w.requests / ($w.duration_us / 1e6)), p50_ms: ($w.latency_us.p50 / 1000), p99_ms: ($w.latency_us.p99 / 1000), ratio: $ratio,
          errors: ($w.errors | add), others_cpu_pct: $w.others_cpu_pct, target: "(report)", met: null,
          write_tps: $tps, write_tps_asked: $want, replica_transactions: $rtx, lag: $lag, wrk: $w}'
fi

# ---- 8. Growth: L against M --------------------------------------------------------------------------------------------
RESULT_DIR=$(dirname "$RESULT")
SUFFIX=$([ "$QUICK" = 1 ] && echo -quick || true)
if [ "$SCALE" = L ] && [ -f "$RESULT_DIR/M$SUFFIX.json" ]; then OTHER=$RESULT_DIR/M$SUFFIX.json; else OTHER=; fi
for id in 1 3; do
    if [ -n "$OTHER" ]; then
        m_p99=$(jq --arg id "$id" '.scenarios[] | select(.id == $id) | .p99_ms' "$OTHER")
        l_p99=$(jq -s --arg id "$id" '.[] | select(.id == $id) | .p99_ms' "$ROWS")
        g=$(ratio "$l_p99" "$m_p99")
        row --arg id "$id" --argjson g "$g" --argjson m "$m_p99" --argjson l "$l_p99" --argjson met "$(at_most "$g" 1.5)" \
            '{id: "8.\($id)", scenario: "growth: p99 of \($id) at L / at M (\($l) / \($m) ms)", rps: null, p50_ms: null, p99_ms: $l,
              ratio: $g, errors: null, target: "<=1.5x", met: $met}'
    else
        row --arg id "$id" '{id: "8.\($id)", scenario: "growth of \($id): run M, then L", rps: null, p50_ms: null, p99_ms: null,
              ratio: null, errors: null, target: "<=1.5x", met: null}'
    fi
done

R9A=$(ratio "$STARTUP_EXTERNAL_MS" 2000)
R9C=$(ratio "$STARTUP_EMBEDDED_MS" 3000)
row --argjson ms "$STARTUP_EXTERNAL_MS" --argjson ratio "$R9A" --argjson met "$(at_most "$R9A" 1)" --arg runs "$STARTUP_EXTERNAL" \
    '{id: "9a", scenario: "start to ready, external database (\($ms) ms, median of \($runs | split(" ") | map(select(. != "")) | length); ratio: / 2.0 s)",
      rps: null, p50_ms: null, p99_ms: null, ratio: $ratio, errors: null, target: "<=2.0 s", met: $met, startup_ms: $ms,
      startup_runs_ms: ($runs | split(" ") | map(select(. != "") | tonumber))}'
row --argjson ms "$STARTUP_EMBEDDED_MS" --argjson ratio "$R9C" --argjson met "$(at_most "$R9C" 1)" --arg runs "$STARTUP_EMBEDDED" \
    '{id: "9c", scenario: "start to ready, embedded database, existing data directory (\($ms) ms, median; ratio: / 3.0 s)",
      rps: null, p50_ms: null, p99_ms: null, ratio: $ratio, errors: null, target: "<=3.0 s", met: $met, startup_ms: $ms,
      startup_runs_ms: ($runs | split(" ") | map(select(. != "") | tonumber))}'
MET9B=$(jq -n --argjson idle "$RSS_IDLE_KB" --argjson load "$RSS_LOAD_KB" '$idle <= 300 * 1024 and $load <= 450 * 1024')
row --argjson idle "$RSS_IDLE_KB" --argjson load "$RSS_LOAD_KB" --argjson after "$RSS_AFTER_LOAD_KB" --argjson met "$MET9B" \
    '{id: "9b", scenario: "RSS idle \($idle / 1024 | floor) MiB, under load \($load / 1024 | floor) MiB, after \($after / 1024 | floor) MiB",
      rps: null, p50_ms: null, p99_ms: null, ratio: null, errors: null, target: "idle <=300, load <=450 MiB", met: $met,
      rss_idle_kb: $idle, rss_load_max_kb: $load, rss_after_load_kb: $after}'

fi   # [ -z "$ONLY" ]

# ---- Results -------------------------------------------------------------------------------------------------------------
jq -s \
    --arg scale "$SCALE" --arg date "$(date -u +%FT%TZ)" --argjson quick "$([ "$QUICK" = 1 ] && echo true || echo false)" \
    --arg cpu "$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)" --argjson cores "$(nproc)" \
    --arg memory "$(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)" --arg kernel "$(uname -sr)" \
    --arg java "$(java -version 2>&1 | head -n 1)" --arg postgres "$("$PG_BIN/postgres" --version)" \
    --arg wrk "$(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2)" --arg nginx "$(nginx -v 2>&1)" --arg pgbench "$(pgbench --version)" \
    --arg commit "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" --arg jvm "$JVM_OPTIONS" \
    --argjson dataset "$(jq --argjson n "$OBSERVATIONS" --argjson big "$BIG_ROWS" --arg hot "$HOT_PATH" --arg js "$JSONSTAT_PATH" \
        --argjson hot_items "${HOT_ITEMS:-null}" --argjson hot_bytes "${HOT_BYTES:-null}" --argjson check "${FILTER_CHECK_ROWS:-null}" \
        '. + {observations: $n, big_result_rows: $big, hot_series: $hot, hot_series_items: $hot_items, hot_series_bytes: $hot_bytes,
              json_stat: $js, filtered_check_rows: $check}' "$MARKER")" \
    --argjson config "$(jq -n --argjson w "$WARMUP" --argjson d "$DURATION" --argjson c "$CONNECTIONS" --argjson t "$THREADS" \
        --argjson pc "$PGBENCH_CLIENTS" --argjson ps "$PAGE_SIZE" --argjson pt "$PAGE_TARGET" --argjson pcn "$PAGE_CONNECTIONS" \
        --arg sb "$PG_SHARED_BUFFERS" --argjson jr "$JIT_ROUND" --argjson js "$JIT_SETTLED" --argjson jm "$JIT_WARMUP_MAX" \
        '{warmup_s: $w, jit_warmup: {round_s: $jr, settled_below_methods: $js, max_s: $jm}, duration_s: $d, wrk_threads: $t, wrk_connections: $c, pgbench_clients: $pc, pgbench_mode: "prepared",
          page_size: $ps, page_target: $pt, page_connections: $pcn, postgres_shared_buffers: $sb}')" \
    '{scale: $scale, quick: $quick, date: $date, commit: $commit,
      machine: {cpu: $cpu, cores: $cores, memory: $memory, kernel: $kernel, java: $java, jvm_options: $jvm,
                postgres: $postgres, wrk: $wrk, nginx: $nginx, pgbench: $pgbench},
      dataset: $dataset, config: $config, scenarios: .}' "$ROWS" >"$RESULT"

echo
echo "Scale $SCALE: $OBSERVATIONS observations, $CONNECTIONS connections, ${DURATION} s per run after a warm-up of ${WARMUP} s (the application's: until its JIT settles, at most ${JIT_WARMUP_MAX} s) ($(jq -r '.machine.cpu + ", " + (.machine.cores | tostring) + " cores"' "$RESULT"))"
jq -r 'def n: if type == "number" then (. * 100 | round / 100 | tostring) else (. // "" | tostring) end;
       ["scenario", "req/s", "p50 ms", "p99 ms", "ratio", "errors", "target", "met?", "others %"],
       (.scenarios[] | [(.id + " " + .scenario), (.rps | if type == "number" then round | tostring else "" end),
         (.p50_ms | n), (.p99_ms | n), (.ratio | if type == "number" then (. * 1000 | round / 1000 | tostring) else "" end), (.errors | n), .target,
         (if .met == null then "" elif .met then "yes" else "NO" end), (.others_cpu_pct | n)]) | @tsv' "$RESULT" | column -t -s "$(printf '\t')"
echo
log "results in $RESULT"
