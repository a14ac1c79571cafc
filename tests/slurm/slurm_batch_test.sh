#!/usr/bin/env bash
# Integration test of deploy/slurm/ on a real (private, single-node) Slurm cluster: starts munged,
# slurmctld and slurmd in a temporary folder, submits render-archive.sbatch as an array of SHARDS
# tasks over ARCHIVE with `sbatch --wait`, checks with deploy/slurm/check-shards that every issue
# was rendered exactly once, by the shard the shard rule names, into a PDF, and stops every daemon
# it started, also when something fails or the test is interrupted.
#
#   [FOLIO=PATH] tests/slurm/slurm_batch_test.sh [ARCHIVE [SHARDS]]
#
# ARCHIVE defaults to samples/, SHARDS to 4, FOLIO to build/folio. Needs root and Debian's
# slurm-wlm and munge (scripts/install-deps); exits 77, CTest's skip code, when not run as root.
# KEEP_WORK=1 keeps the temporary folder (cluster logs, task logs, output) for a post-mortem.
set -euo pipefail

fail() {
  echo "slurm_batch_test: FAIL: $*" >&2
  exit 1
}

if [ "$(id -u)" -ne 0 ]; then
  echo "slurm_batch_test: skipped: starting slurmd and munged needs root"
  exit 77
fi
repo=$(cd "$(dirname "$0")/../.." && pwd)
archive=${1:-$repo/samples}
shards=${2:-4}
[ -d "$archive" ] || fail "no archive folder $archive"
archive=$(realpath "$archive")
folio=$(command -v "${FOLIO:-$repo/build/folio}") || fail "no folio binary ${FOLIO:-$repo/build/folio} (set FOLIO)"
folio=$(realpath "$folio")

work=$(mktemp -d "${TMPDIR:-/tmp}/folio-slurm-test.XXXXXX")
chmod 711 "$work"  # munged runs as user munge and must reach its socket in the cluster folder
cluster=$work/cluster
out=$work/out
logs=$work/logs
mkdir -p "$logs"

now() { date +%s%N; }
seconds() { awk -v ns="$1" 'BEGIN { printf "%.2f", ns / 1e9 }'; }

# Phase timings for the report: mark PHASE records the time since the previous mark.
t_begin=$(now)
t_last=$t_begin
times=""
sbatch_pid=""
mark() {
  local t
  t=$(now)
  times+="$1 $(seconds $((t - t_last))), "
  t_last=$t
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  # A waiting sbatch would retry forever once its controller is gone.
  if [ -n "$sbatch_pid" ]; then
    kill "$sbatch_pid" 2>/dev/null || true
    mark "sbatch --wait (cut short)"
  fi
  "$repo/scripts/slurm-cluster" stop "$cluster" || { echo "slurm_batch_test: FAIL: stopping the cluster" >&2; rc=1; }
  mark "cluster stop"
  [ -n "${KEEP_WORK:-}" ] || rm -rf "$work"
  echo "slurm_batch_test: times (s): ${times}total $(seconds $((t_last - t_begin)))"
  if [ $rc -eq 0 ]; then echo "slurm_batch_test: PASS"; else echo "slurm_batch_test: FAIL (exit $rc)" >&2; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$repo/scripts/slurm-cluster" start "$cluster"
export SLURM_CONF=$cluster/slurm.conf
mark "cluster start"

# The archive and the output folder are arguments, folio comes through the exported environment:
# both ways the job script documents get exercised. sbatch waits in the background because a
# signal interrupts `wait` at once but would wait for a foreground command to end.
FOLIO=$folio sbatch --wait --array="1-$shards" --output="$logs/%A_%a.out" --chdir="$work" \
  "$repo/deploy/slurm/render-archive.sbatch" "$archive" "$out" &
sbatch_pid=$!
if ! wait "$sbatch_pid"; then
  mark "sbatch --wait"
  tail -n 20 "$logs"/*.out >&2 || true
  fail "the job array failed"
fi
sbatch_pid=""
mark "sbatch --wait"

shopt -s nullglob
task_logs=("$logs"/*.out)
[ ${#task_logs[@]} -eq "$shards" ] || fail "expected $shards task logs, found ${#task_logs[@]}"
"$repo/deploy/slurm/check-shards" "$out" "$shards" --archive "$archive" --fresh ||
  fail "the shards do not cover $archive exactly once"
mark "check"
