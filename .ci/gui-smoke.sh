#!/usr/bin/env bash
# GUI smoke test under a virtual display: installs Xvfb if missing, builds, and runs cartsim.gui.GuiSmoke
# (tissue shown before Play, About tab, window layout without overlap, Console plays, charts and Model tab,
# narration = the run's event list, teach mode pauses, frame rates, screenshots); fails on a non-zero exit.
# Usage: .ci/gui-smoke.sh [OUT.png] [STEPS] [SCENARIO] [COMPARE.yaml]
#   with no arguments it runs the classroom matrix: one run and two side by side (--compare), on a
#   1920×1080 projector and a 1366×768 laptop screen, plus the single- vs dual-target pair.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v xvfb-run >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq xvfb >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq xvfb >/dev/null; fi
fi

mvn -q -B compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/cp.txt

# smoke SCREEN OUT.png STEPS [SCENARIO] [COMPARE.yaml]
smoke() {
  local screen="$1" out="$2" steps="$3" scenario="${4:-}" compare="${5:-}"
  mkdir -p "$(dirname "$out")"
  local args=("$out" "$steps")
  if [ -n "$scenario" ]; then args+=("$scenario"); fi
  if [ -n "$compare" ]; then args+=(--compare "$compare"); fi
  echo "== GUI smoke on ${screen}: ${scenario:-default scenario}${compare:+ vs $compare}"
  xvfb-run -a -s "-screen 0 ${screen}x24" \
    java -cp "target/classes:$(cat target/cp.txt)" cartsim.gui.GuiSmoke "${args[@]}"
}

if [ $# -gt 0 ]; then
  smoke 1600x1000 "${1:-target/gui-smoke.png}" "${2:-1800}" "${3:-}" "${4:-}"
  echo "GUI smoke passed: ${1}"
  exit 0
fi

smoke 1920x1080 target/gui-smoke/single-1920.png 1800
smoke 1366x768  target/gui-smoke/single-1366.png 900
smoke 1920x1080 target/gui-smoke/compare-1920.png 1800 scenarios/classroom.yaml scenarios/classroom-cd28.yaml
smoke 1366x768  target/gui-smoke/compare-1366.png 1800 scenarios/classroom.yaml scenarios/classroom-cd28.yaml
smoke 1920x1080 target/gui-smoke/escape-pair.png 600 scenarios/antigen-escape.yaml scenarios/dual-target-cd19-cd22.yaml
echo "GUI smoke passed: target/gui-smoke/"
