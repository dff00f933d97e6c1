#!/usr/bin/env bash
# `npm test`: install what is missing, then run every test (unit, build, browser) once.
# Ends with a plain "N passed, N failed" line.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-system.sh
mkdir -p tests/.out
status=0
node node_modules/vitest/vitest.mjs run --reporter=default --reporter=json \
  --outputFile.json=tests/.out/test-results.json "$@" || status=$?
node -e '
  const r = require("./tests/.out/test-results.json");
  const failed = r.numFailedTests + (r.numFailedTestSuites || 0);
  console.log(`${r.numPassedTests} passed, ${failed} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""));
' || true
exit $status
