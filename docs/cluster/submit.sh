#!/bin/bash
# Submits a sharded sweep or trial as a SLURM job array (docs/cluster/array.sh) and the merge as
# a job that starts once every shard has succeeded; prints the two job ids. See docs/cluster.md.
#   docs/cluster/submit.sh KIND FILE NAME [sbatch options for the array, e.g. --array=1-20]
# Shards go to ${SHARDS:-shards/NAME}/K, the merged folder to ${OUT:-results/NAME}, the merge's log
# to ${LOGS:-logs}/ (the array's logs go where array.sh's --output line says, logs/ by default).
set -euo pipefail
if [[ $# -lt 3 ]]; then
  echo "usage: $0 sweep|trial FILE NAME [sbatch options]" >&2
  exit 2
fi
KIND=$1 FILE=$2 NAME=$3
shift 3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SHARDS=${SHARDS:-shards/$NAME}
OUT=${OUT:-results/$NAME}
LOGS=${LOGS:-logs}
mkdir -p logs "$LOGS" "$SHARDS"
./cartsim --version >/dev/null   # builds the jar once here, not in every task at the same time
JOB=$(sbatch --parsable --job-name="cartsim-$NAME" --export=ALL,KIND="$KIND",FILE="$FILE",SHARDS="$SHARDS" "$@" \
  "$here/array.sh")
MERGE=$(sbatch --parsable --job-name="merge-$NAME" --dependency=afterok:"$JOB" --kill-on-invalid-dep=yes \
  --cpus-per-task=1 --mem=2G --output="$LOGS/merge-$NAME-%j.out" \
  --wrap "./cartsim merge $SHARDS/* --out $OUT")
echo "$JOB $MERGE"
