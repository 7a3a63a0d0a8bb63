#!/usr/bin/env bash
# Serves the built dashboard with the shipped data at http://127.0.0.1:4173/
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npx vite build
exec npx vite preview --host 127.0.0.1 --port "${PORT:-4173}" --strictPort
