#!/usr/bin/env bash
# Runs the whole test suite: every test project in turn (they share two cores, so never in parallel),
# printing each project's time and a final "N passed, N failed" line.
set -uo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/bootstrap.sh
source "$home/scripts/bootstrap.sh"
cd "$home"
pp_ensure_dotnet
pp_ensure_browser
export PORTALPROBE_REQUIRE_BROWSER=1   # a missing Chromium fails the browser tests instead of skipping them

pp_say "restoring and building the solution ..."
if ! dotnet build PortalProbe.sln -c Debug -nologo -v quiet -clp:ErrorsOnly; then
  pp_die "the build failed"
fi

results="$home/.build/test-results"
rm -rf "$results"; mkdir -p "$results"
passed=0; failed=0; skipped=0; status=0; suite_start=$(date +%s)
for project in tests/*.Tests/*.csproj; do
  name="$(basename "$project" .csproj)"
  start=$(date +%s)
  dotnet test "$project" -c Debug --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" -- NUnit.NumberOfTestWorkers=1 \
    >"$results/$name.log" 2>&1
  code=$?
  secs=$(( $(date +%s) - start ))
  trx="$results/$name.trx"
  if [ -f "$trx" ]; then
    read -r p f s < <(python3 - "$trx" <<'PY'
import sys, xml.etree.ElementTree as ET
c = ET.parse(sys.argv[1]).getroot().find('{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}ResultSummary/{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}Counters')
n = lambda k: int(c.get(k, 0))
print(n('passed'), n('failed') + n('error') + n('timeout') + n('aborted'), n('notExecuted'))
PY
)
  else
    p=0; f=1; s=0
  fi
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  if [ "$code" != 0 ] || [ "$f" != 0 ]; then
    status=1
    grep -E "Failed |Error Message|error" -A 8 "$results/$name.log" | head -n 80
  fi
  printf '%-36s %4ss  %s passed, %s failed, %s skipped\n' "$name" "$secs" "$p" "$f" "$s"
done
echo "whole suite: $(( $(date +%s) - suite_start ))s"
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
