#!/usr/bin/env bash
# `npm test`: install what is missing, then run every test (unit, build, browser) once.
# Ends with a plain "N passed, N failed" line.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-system.sh
mkdir -p tests/.out
echo "Memeriksa tipe TypeScript (astro sync && tsc)..."
node node_modules/astro/astro.js sync >/dev/null
node node_modules/typescript/bin/tsc --noEmit -p .
status=0
node node_modules/vitest/vitest.mjs run --reporter=default --reporter=json \
  --outputFile.json=tests/.out/test-results.json "$@" || status=$?
node -e '
  const r = require("./tests/.out/test-results.json");
  // Failed files that never ran their tests (a crash at import) count as one failure each.
  const failed = r.numFailedTests || (r.success ? 0 : Math.max(1, r.numFailedTestSuites || 0));
  console.log(`${r.numPassedTests} passed, ${failed} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""));
' || true
exit $status
