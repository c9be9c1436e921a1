#!/usr/bin/env bash
# A full disk and a read-only --out on real (tmpfs) file systems: a sweep and a trial must end in
# one line and exit 2, and leave nothing marked complete. Needs root for mount; if it cannot
# mount, it says so in one line and fails (no silent skip).
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "disk-full check FAILED: $*" >&2; exit 1; }
[[ $(id -u) -eq 0 ]] || fail "needs root to mount small file systems"
work=$(mktemp -d /tmp/cartsim-disk.XXXXXX)
cleanup() {
  umount "$work/full" "$work/ro" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/full" "$work/ro"
mount -t tmpfs -o size=256k tmpfs "$work/full" || fail "cannot mount a 256 KiB tmpfs"
mount -t tmpfs -o size=256k,ro tmpfs "$work/ro" || fail "cannot mount a read-only tmpfs"
./cartsim --version >/dev/null || fail "cartsim does not build"

check() {
  local what=$1 out=$2
  shift 2
  set +e
  ./cartsim "$@" --quiet --out "$out" >"$work/stdout" 2>"$work/stderr"
  local code=$?
  set -e
  [[ $code -eq 2 ]] || fail "$what: exit $code, expected 2: $(head -3 "$work/stderr")"
  [[ $(wc -l <"$work/stderr") -eq 1 ]] || fail "$what: not one line: $(head -3 "$work/stderr")"
  ! grep -q Exception "$work/stderr" || fail "$what: Java exception name: $(cat "$work/stderr")"
  ! grep -qs '"complete" : true' "$out/manifest.json" || fail "$what: a half-written folder is marked complete"
  echo "disk-full: $what -> $(cat "$work/stderr")"
}
# time series of 80 runs do not fit in 256 KiB
cat > "$work/sweep.yaml" <<YAML
name: disk-full
base: $PWD/.ci/slurm/small.yaml
seed: 3
replicates: 40
days: 3
timeseries: true
vary:
  product.costim: [4-1BB, CD28]
YAML
check "sweep on a full disk" "$work/full/sweep" sweep "$work/sweep.yaml"
check "sweep into a read-only file system" "$work/ro/sweep" sweep "$work/sweep.yaml"
check "trial into a read-only file system" "$work/ro/trial" trial .ci/slurm/trial.yaml --days 3
# fill the disk, then a trial cannot even create its folder
head -c 300k /dev/zero >"$work/full/filler" 2>/dev/null || true
check "trial on a full disk" "$work/full/trial" trial .ci/slurm/trial.yaml --days 3
echo "disk-full check passed"
