#!/bin/bash
# One ask/tell round of a calibration on SLURM; see docs/cluster.md.
#   docs/cluster/calibrate.sh FILE DIR K [sbatch options for each trial's array, e.g. --array=1-4]
# Tells the previous round's results to the search (if a batch is waiting), asks for the next K
# candidates, submits every candidate trial with docs/cluster/submit.sh (a job array and its
# merge into DIR/ask/results/STEM), and submits the next round as a job that starts once every
# merge has succeeded (--dependency=afterok). The last round's --tell writes the result files.
set -euo pipefail
if [[ $# -lt 3 ]]; then
  echo "usage: $0 FILE DIR K [sbatch options]" >&2
  exit 2
fi
FILE=$1 DIR=$2 K=$3
shift 3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
LOGS=${LOGS:-logs}
mkdir -p logs "$LOGS"
if [[ -d "$DIR/ask" ]]; then
  ./cartsim calibrate "$FILE" --tell --out "$DIR"
fi
if grep -q '"complete" : true' "$DIR/manifest.json" 2>/dev/null; then
  echo "calibration complete: $DIR"
  exit 0
fi
./cartsim calibrate "$FILE" --ask "$K" --out "$DIR"
MERGES=()
while read -r TRIAL; do
  STEM=${TRIAL%.yaml}
  IDS=$(SHARDS="$DIR/ask/shards/$STEM" OUT="$DIR/ask/results/$STEM" "$here/submit.sh" trial "$DIR/ask/$TRIAL" "$STEM" "$@")
  MERGES+=("${IDS#* }")   # submit.sh prints "ARRAY_JOB MERGE_JOB"
done < "$DIR/ask/trials.txt"
DEPS=$(IFS=:; echo "${MERGES[*]}")
sbatch --parsable --job-name="calibrate-round" --dependency=afterok:"$DEPS" --kill-on-invalid-dep=yes \
  --cpus-per-task=1 --mem=2G --output="$LOGS/calibrate-%j.out" \
  --wrap "$here/calibrate.sh $FILE $DIR $K $*"
