#!/usr/bin/env bash
# `npm start`: install what is missing, publish the sample SOPs into dist/ and serve them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-system.sh
node node_modules/tsx/dist/cli.mjs scripts/publish.ts
exec node node_modules/tsx/dist/cli.mjs scripts/serve.ts dist "${PORT:-4321}"
