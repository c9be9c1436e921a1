#!/bin/bash
# One shard of a sweep or a virtual trial per SLURM array task; see docs/cluster.md.
# Submit from the cartsim folder (docs/cluster/submit.sh does this and the merge), e.g.
#   sbatch --array=1-20 --export=ALL,KIND=sweep,FILE=sweeps/lhs-sensitivity.yaml,SHARDS=shards/lhs docs/cluster/array.sh
# Options given to sbatch on the command line override the #SBATCH lines below.
#SBATCH --job-name=cartsim
#SBATCH --array=1-20
#SBATCH --cpus-per-task=8
#SBATCH --mem=8G
#SBATCH --time=04:00:00
#SBATCH --output=logs/%x-%A-%a.out
#SBATCH --requeue

set -euo pipefail
: "${KIND:?set KIND=sweep or KIND=trial}" "${FILE:?set FILE=the sweep or trial file}"
: "${SHARDS:?set SHARDS=the folder that receives one folder per shard}"
N=${SLURM_ARRAY_TASK_COUNT}   # the size of --array (1-N): every task sees the same N
ID=${SLURM_ARRAY_TASK_ID}
cd "$SLURM_SUBMIT_DIR"
echo "cartsim $KIND $FILE shard ${ID}/${N} on $(hostname), restart ${SLURM_RESTART_COUNT:-0}"
# --resume continues a shard that was preempted or requeued; on a fresh start it runs everything
./cartsim "$KIND" "$FILE" --shard "${ID}/${N}" --threads "${SLURM_CPUS_PER_TASK:-1}" --resume \
    --out "${SHARDS}/${ID}" ${CARTSIM_ARGS:-}
