#!/usr/bin/env bash
# The one test command (README.md): installs what the tests need on a fresh
# machine, then runs every test, browser tests included.
set -euo pipefail
cd "$(dirname "$0")/.."

# npm packages, exactly as locked.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# Debian's chromium and CJK fonts for the browser tests, pdftoppm/pdftotext for the print tests.
bash scripts/install-browser.sh

npx tsc --noEmit -p tsconfig.json
npm run --silent check-data
# The browser floor (Chromium 80) on the built site: es-check and the floor scan.
npm run --silent check-floor
npx vitest run "$@"
