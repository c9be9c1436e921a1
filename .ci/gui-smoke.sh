#!/usr/bin/env bash
# GUI smoke test under a virtual display: installs Xvfb if missing, builds, runs cartsim.gui.GuiSmoke
# (Console plays, charts and Model tab open, screenshot taken) and fails on a non-zero exit.
# Usage: .ci/gui-smoke.sh [OUT.png] [STEPS] [SCENARIO]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/gui-smoke.png}"
steps="${2:-1800}"
scenario="${3:-}"

if ! command -v xvfb-run >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq xvfb >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq xvfb >/dev/null; fi
fi

mvn -q -B compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/cp.txt
mkdir -p "$(dirname "$out")"
args=("$out" "$steps")
[ -n "$scenario" ] && args+=("$scenario")
xvfb-run -a -s "-screen 0 1600x1000x24" \
  java -cp "target/classes:$(cat target/cp.txt)" cartsim.gui.GuiSmoke "${args[@]}"
echo "GUI smoke passed: $out"
