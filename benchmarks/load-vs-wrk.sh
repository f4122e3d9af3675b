#!/usr/bin/env bash
# The load engine against wrk, in one command: benchmarks/load-vs-wrk.sh [--runs N] [--duration S] [--connections C]
#
# Both generators load the same two local targets — nginx serving a small static file, and a tiny Kestrel
# endpoint (benchmarks/LoadTarget) — with the same connections and duration, the generator pinned to the last
# core and the target to core 0, repetitions interleaved (wrk, benchlab, benchlab --busy-poll 50us, wrk, …). It prints, as
# Markdown for docs/load-engine.md, each run's requests/s and generator CPU-seconds per 100,000 requests, and
# the median ratio benchlab/wrk. wrk and nginx come from Debian and are installed when missing (as root).
# nginx runs with its own configuration on a free loopback port, never as the system service.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=3 duration=10 connections=64
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    *) echo "load-vs-wrk: unknown option '$1'; use --runs N, --duration SECONDS, --connections C" >&2; exit 2 ;;
  esac
done

need=()
command -v wrk >/dev/null 2>&1 || need+=(wrk)
command -v nginx >/dev/null 2>&1 || need+=(nginx)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "load-vs-wrk: ${need[*]} missing; install with: sudo apt-get install -y ${need[*]}" >&2; exit 2
  fi
  echo "· installing ${need[*]} (apt-get)" >&2
  # Keep the package from starting a system-wide nginx on port 80.
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  apt-get install -y "${need[@]}" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "${need[@]}" >/dev/null; }
  rm -f /usr/sbin/policy-rc.d
fi

cores=$(nproc)
target_cpu=0
generator_cpu=$((cores - 1))
[ "$cores" -ge 2 ] || { echo "load-vs-wrk: needs at least 2 cores (target and generator pinned apart)" >&2; exit 2; }

echo "· building the CLI and the Kestrel target (Release)" >&2
"$root/benchlab" --help >/dev/null
dotnet build "$root/benchmarks/LoadTarget/LoadTarget.csproj" -c Release -nologo -v q -clp:ErrorsOnly >"$root/.benchlab/load-target-build.log" 2>&1 || { cat "$root/.benchlab/load-target-build.log" >&2; exit 1; }
cli="$root/src/BenchLab.Cli/bin/Release/net10.0/benchlab.dll"
kestrel="$root/benchmarks/LoadTarget/bin/Release/net10.0/LoadTarget.dll"

work="$(mktemp -d /tmp/benchlab-load-vs-wrk.XXXXXX)"
# nginx workers drop root and must be able to read the document root.
chmod 755 "$work"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_up() { for _ in $(seq 100); do curl -sf "$1" >/dev/null 2>&1 && return 0; sleep 0.1; done; echo "load-vs-wrk: $1 did not come up" >&2; exit 1; }

nginx_port=$(free_port)
mkdir -p "$work/html" "$work/logs"
printf 'Hello, World! A small static response from nginx for the load-generator benchmark.\n' > "$work/html/index.html"
cat > "$work/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  keepalive_requests 10000000;
  keepalive_timeout 300s;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/html;
    location / { }
  }
}
CONF
taskset -c $target_cpu nginx -c "$work/nginx.conf" -p "$work" >"$work/nginx.out" 2>&1 &
pids+=($!)
kestrel_port=$(free_port)
taskset -c $target_cpu dotnet "$kestrel" "$kestrel_port" >"$work/kestrel.out" 2>&1 &
pids+=($!)
wait_up "http://127.0.0.1:$nginx_port/"
wait_up "http://127.0.0.1:$kestrel_port/"

# CPU seconds (user + system) of the children of a subshell, from bash's `times`.
child_cpu() { awk 'NR==2 { split($1,u,"m"); split($2,s,"m"); sub("s","",u[2]); sub("s","",s[2]); printf "%.3f", u[1]*60+u[2]+s[1]*60+s[2] }'; }

run_wrk() {
  local url="$1" out="$work/wrk.txt"
  ( taskset -c $generator_cpu wrk -t 1 -c "$connections" -d "${duration}s" --latency "$url" >"$out"; times ) | child_cpu >"$work/wrk.cpu"
  local rps requests
  rps=$(awk '/Requests\/sec/ {print $2}' "$out")
  requests=$(awk '/requests in/ {print $1}' "$out")
  echo "$rps $requests $(cat "$work/wrk.cpu") $(awk '$1=="50%" {print $2}' "$out") $(awk '$1=="99%" {print $2}' "$out")"
}

run_benchlab() {
  local url="$1" out="$work/benchlab.json"; shift
  ( taskset -c $generator_cpu dotnet "$cli" load "$url" -c "$connections" -d "${duration}s" --quiet --json "$@" >"$out" || true; times ) | child_cpu >"$work/benchlab.cpu"
  python3 - "$out" "$(cat "$work/benchlab.cpu")" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
g = d["generator"]
print(d["rps"], d["requests"], sys.argv[2], g["cpu_seconds"], d["latency_ms"]["p50"], d["latency_ms"]["p99"], "valid" if d["valid"] else "invalid")
PY
}

load() { awk '{print $1" "$2" "$3}' /proc/loadavg; }

echo "· machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $cores cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(. /etc/os-release; echo "$PRETTY_NAME"), $(nginx -v 2>&1 | cut -d/ -f2), $(wrk -v 2>&1 | head -1 | awk '{print $1" "$2}'), .NET $(dotnet --list-runtimes | awk '/NETCore.App/ {v=$2} END {print v}')" >&2
echo "· load average before: $(load)" >&2

results="$work/results.txt"
: >"$results"
for target in nginx kestrel; do
  port=$nginx_port; [ $target = kestrel ] && port=$kestrel_port
  url="http://127.0.0.1:$port/"
  # One short untimed pass each, so that neither tool meets a cold target.
  taskset -c $generator_cpu wrk -t 1 -c "$connections" -d 2s "$url" >/dev/null
  for run in $(seq "$runs"); do
    before=$(load)
    w=$(run_wrk "$url")
    b=$(run_benchlab "$url")
    n=$(run_benchlab "$url" --busy-poll 50us)
    echo "$target $run $before | $w | $b | $n" >>"$results"
    echo "· $target run $run: wrk $(echo "$w" | awk '{print $1}') req/s, benchlab $(echo "$b" | awk '{print $1}'), benchlab --busy-poll 50us $(echo "$n" | awk '{print $1}') (load $before)" >&2
  done
done
echo "· load average after: $(load)" >&2

python3 - "$results" "$connections" "$duration" <<'PY'
import sys, statistics
rows = [l.rstrip("\n") for l in open(sys.argv[1])]
connections, duration = sys.argv[2], sys.argv[3]
print(f"Generator on one core, target on the other, {connections} connections, {duration} s per run, one request in flight per connection, runs interleaved (wrk, benchlab, benchlab --busy-poll 50us).\n")
print("| target | run | load avg before (1/5/15 min) | wrk req/s | benchlab req/s (ratio) | busy-poll 50us req/s (ratio) | CPU s / 100k req: wrk | benchlab | busy-poll 50us | p50 / p99 ms: wrk | benchlab | busy-poll 50us |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|")
summary = {}
def parse_b(b):
    rps, req, cpu_all, cpu_run, p50, p99, valid = b.split()
    rps, req, cpu_run = float(rps), float(req), float(cpu_run)
    return rps, cpu_run / req * 1e5, p50, p99, valid
for row in rows:
    head, w, b, n = row.split(" | ")
    target, run, *loadavg = head.split()
    w_rps, w_req, w_cpu, w_p50, w_p99 = w.split()
    w_rps, w_req, w_cpu = float(w_rps), float(w_req), float(w_cpu)
    w100 = w_cpu / w_req * 1e5
    b_rps, b100, b_p50, b_p99, b_valid = parse_b(b)
    n_rps, n100, n_p50, n_p99, n_valid = parse_b(n)
    summary.setdefault(target, []).append((b_rps / w_rps, n_rps / w_rps, w100, b100, n100, w_rps, b_rps, n_rps))
    print(f"| {target} | {run} | {' / '.join(loadavg)} | {w_rps:,.0f} | {b_rps:,.0f} ({b_rps / w_rps:.2f}) | {n_rps:,.0f} ({n_rps / w_rps:.2f}) | {w100:.2f} | {b100:.2f} | {n100:.2f} | {w_p50} / {w_p99} | {b_p50} / {b_p99} | {n_p50} / {n_p99} |")
print()
print("| target | median req/s: wrk | benchlab | busy-poll 50us | median ratio to wrk: benchlab | busy-poll 50us | median CPU s / 100k req: wrk | benchlab | busy-poll 50us |")
print("|---|---|---|---|---|---|---|---|---|")
for target, values in summary.items():
    med = lambda i: statistics.median(v[i] for v in values)
    print(f"| {target} | {med(5):,.0f} | {med(6):,.0f} | {med(7):,.0f} | **{med(0):.2f}** | **{med(1):.2f}** | {med(2):.2f} | {med(3):.2f} | {med(4):.2f} |")
print()
print("CPU is user + system time of the generator process: for wrk the whole process; for benchlab the measured run")
print("(getrusage from the start of the schedule to its end, all threads), which leaves out .NET start-up and JIT of the CLI.")
PY
