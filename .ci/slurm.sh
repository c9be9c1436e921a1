#!/usr/bin/env bash
# A real single-node SLURM cluster on this machine (Debian's slurm-wlm and munge): submits the
# job-array recipe of docs/cluster.md (docs/cluster/submit.sh and array.sh, the very files the
# docs show) for a small sweep and a small trial with the merge as a dependent job, requeues one
# array task of each while it runs (scontrol requeue), and checks that the merged folders equal
# single-machine runs. Everything it starts is stopped again on exit. If SLURM cannot run here, it
# says why in one line and exits non-zero: a skipped check must not pass.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
t0=$(date +%s)
fail() {
  # the details first (queue, daemon and job logs), the one-line reason last
  if [[ -n "${SLURM_CONF:-}" ]]; then
    squeue 2>&1 | head -20 >&2
    tail -5 "$work/slurmctld.log" "$work/slurmd.log" logs/ci-slurm/* >&2 2>/dev/null
  fi
  echo "slurm check FAILED: $*" >&2
  exit 1
}
log() { echo "slurm: $* ($(( $(date +%s) - t0 )) s)"; }

[[ $(id -u) -eq 0 ]] || fail "needs root to install and start slurmctld, slurmd and munged (running as $(id -un))"
if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null || ! command -v sbatch >/dev/null; then
  log "installing slurm-wlm and munge from Debian"
  apt-get update -qq >/dev/null || fail "apt-get update failed: no Debian package index reachable"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/dev/null \
    || fail "apt-get install slurm-wlm munge failed"
fi

work=$(mktemp -d /tmp/cartsim-slurm.XXXXXX)
chmod 755 "$work"
daemons=()
cleanup() {
  set +e
  if [[ -n "${SLURM_CONF:-}" ]]; then
    scancel --quiet --user=root --partition=ci 2>/dev/null
    scontrol shutdown >/dev/null 2>&1
  fi
  # the daemons run in the foreground as children of this script, so they are waited for (no zombies)
  for pid in "${daemons[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  done
  rm -rf "$work" "$repo/logs/ci-slurm" "$repo/shards/ci-slurm" "$repo/results/ci-slurm"
  rmdir "$repo/logs" "$repo/shards" 2>/dev/null
}
trap cleanup EXIT

# munge: the authentication slurmctld and slurmd share; its own socket so a system munged is untouched
[[ -s /etc/munge/munge.key ]] || { mungekey --create >/dev/null 2>&1 || create-munge-key -f >/dev/null 2>&1; } \
  || fail "no /etc/munge/munge.key and it cannot be created"
chown munge:munge /etc/munge/munge.key 2>/dev/null || true
mkdir -p "$work/munge" && chown munge:munge "$work/munge"
sock="$work/munge/munge.socket"
# setpriv execs munged as the munge user (runuser would stay in between and orphan it on exit)
setpriv --reuid=munge --regid=munge --init-groups /usr/sbin/munged --foreground --socket="$sock" \
  --pid-file="$work/munge/munged.pid" --log-file="$work/munge/munged.log" --seed-file="$work/munge/seed" \
  >"$work/munge/munged.out" 2>&1 &
daemons+=($!)
for _ in $(seq 50); do [[ -S $sock ]] && break; sleep 0.1; done
[[ -S $sock ]] || fail "munged does not start: $(tail -1 "$work/munge/munged.log" 2>/dev/null)"
munge -n -S "$sock" | unmunge -S "$sock" >/dev/null || fail "munge credentials do not verify"

host=$(hostname -s)
cpus=$(nproc)
mem=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 - 1024 ))
mkdir -p "$work/state" "$work/spool"
cat > "$work/slurm.conf" <<CONF
ClusterName=cartsim-ci
SlurmctldHost=$host
SlurmctldPort=16817
SlurmdPort=16818
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
# cred_expire is also how long a requeued job waits before it may start again (default 120 s)
AuthInfo=socket=$sock,cred_expire=10
CredType=cred/munge
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU_Memory
SchedulerType=sched/backfill
SchedulerParameters=bf_interval=1
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
ReturnToService=2
JobRequeue=1
MinJobAge=300
KillWait=5
InactiveLimit=0
NodeName=$host CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=ci Nodes=$host Default=YES MaxTime=30 State=UP OverSubscribe=NO
CONF
export SLURM_CONF="$work/slurm.conf"
slurmctld -D -f "$SLURM_CONF" >"$work/slurmctld.out" 2>&1 &
daemons+=($!)
slurmd -D -f "$SLURM_CONF" >"$work/slurmd.out" 2>&1 &
daemons+=($!)
for _ in $(seq 60); do
  state=$(sinfo -h -N -o %T 2>/dev/null | head -1)
  [[ $state == idle ]] && break
  sleep 0.5
done
[[ ${state:-} == idle ]] || fail "node $host is not idle after 30 s (state ${state:-unknown}): $(tail -1 "$work/slurmctld.log" "$work/slurmd.log" 2>/dev/null | tr '\n' ' ')"
log "cluster up: node $host, $cpus CPUs, SLURM $(sinfo -V | awk '{print $2}')"

./cartsim --version >/dev/null || fail "cartsim does not build"
ref="$work/reference"
./cartsim sweep .ci/slurm/sweep.yaml --threads "$cpus" --quiet --out "$ref/sweep" || fail "single-machine sweep failed"
./cartsim trial .ci/slurm/trial.yaml --threads "$cpus" --quiet --out "$ref/trial" || fail "single-machine trial failed"
log "single-machine runs done"

mkdir -p logs/ci-slurm
# submit.sh and array.sh exactly as docs/cluster.md tells users to run them; small resources
declare -A merge_job
for kind in sweep trial; do
  read -r job merge < <(SHARDS="shards/ci-slurm/$kind" OUT="results/ci-slurm/$kind" LOGS=logs/ci-slurm \
    docs/cluster/submit.sh "$kind" ".ci/slurm/$kind.yaml" "ci-slurm-$kind" \
      --array=1-3 --cpus-per-task=1 --mem=1G --time=00:10:00 --output="logs/ci-slurm/%x-%A-%a.out")
  merge_job[$kind]=$merge
  log "$kind: array job $job, merge job $merge"
  # requeue task 2 while it runs: once its journal holds a finished run and the shard is incomplete
  shard="shards/ci-slurm/$kind/2"
  requeued=""
  for _ in $(seq 600); do
    if compgen -G "$shard/.partial/*.json" >/dev/null && ! grep -q '"complete" : true' "$shard/manifest.json" 2>/dev/null; then
      scontrol requeue "${job}_2" && requeued=yes
      break
    fi
    sleep 0.1
  done
  [[ -n $requeued ]] || fail "$kind: array task 2 never ran long enough to be requeued"
  log "$kind: requeued task ${job}_2 mid-run"
done

for kind in sweep trial; do
  for i in $(seq 900); do
    [[ -z $(squeue -h -j "${merge_job[$kind]}" 2>/dev/null) ]] && break
    (( i % 50 == 0 )) && log "waiting for the $kind merge: $(squeue -h -o '%i %T %r' | tr '\n' ';')"
    sleep 0.2
  done
  [[ -z $(squeue -h -j "${merge_job[$kind]}" 2>/dev/null) ]] || fail "$kind: merge job still queued after 3 minutes: $(squeue -h)"
  out="results/ci-slurm/$kind"
  grep -q '"complete" : true' "$out/manifest.json" 2>/dev/null \
    || fail "$kind: no complete merged folder $out (see $(ls logs/ci-slurm/* 2>/dev/null | tr '\n' ' ')): $(tail -2 logs/ci-slurm/merge-* 2>/dev/null)"
  files=(sweep.yaml runs.csv summary.csv)
  [[ $kind == trial ]] && files=(trial.yaml patients.csv endpoints.csv km.csv report.md)
  for f in "${files[@]}"; do
    cmp -s "$ref/$kind/$f" "$out/$f" || fail "$kind: merged $f differs from the single-machine run"
  done
  # the requeued task really was cut off and continued: its shard took finished work from the journal
  grep -Eq '"resumed_(runs|patients)" : [1-9]' "shards/ci-slurm/$kind/2/manifest.json" \
    || fail "$kind: the requeued shard shows no resumed work: $(grep resumed "shards/ci-slurm/$kind/2/manifest.json")"
  grep -q "restart 1" logs/ci-slurm/*-2.out 2>/dev/null || true
  log "$kind: merged folder equals the single-machine run (${files[*]}); requeued shard resumed"
done
log "SLURM check passed"
