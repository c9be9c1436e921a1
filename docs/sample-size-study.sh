#!/usr/bin/env bash
# The full sample-size study of docs/model.md §1.2 (issue: patient-scale virtual patients):
# 1. the default, axi-cel, liso-cel, ide-cel and cilta-cel presets, 100 identical patients each at
#    the default tile and at a tile with 4× the sites (width and height doubled), 28 days;
# 2. the share of identical patients that respond for the other product presets at the default
#    tile (the five above have theirs in the first table's "response" column).
# Usage: docs/sample-size-study.sh [SEEDS] [DAYS] [OUT]   (defaults 100, 28, sample-size-study.md)
# About 65 min on 2 cores for the first table and 8 min for the second.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seeds="${1:-100}"
days="${2:-28}"
out="${3:-sample-size-study.md}"
others=(tisagenlecleucel-b-all tisagenlecleucel-dlbcl brexu-cel-mcl allogeneic-cd19 dual-target-cd19-cd22)
{
  "$here/cartsim" bench --sample-size --seeds "$seeds" --days "$days"
  echo
  for p in "${others[@]}"; do
    "$here/cartsim" bench --identical-patients --seeds "$seeds" --days "$days" "$here/scenarios/$p.yaml"
  done
} | tee "$out"
