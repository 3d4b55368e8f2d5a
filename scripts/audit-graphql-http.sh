#!/usr/bin/env bash
# Audits /graphql against the GraphQL-over-HTTP spec with the independent npm package graphql-http (auditServer).
# Starts the service on a throwaway SQLite database, runs every audit, stops it. Exit 1 if a MUST audit fails.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
(cd scripts/audit && [ -d node_modules ] || npm install --no-save --silent graphql-http@1.23.1 graphql@16 >/dev/null)
dotnet build src/Registry.Api -v quiet >/dev/null
Seed__Demo=false ConnectionStrings__Registry="Data Source=$work/audit.db" \
  dotnet src/Registry.Api/bin/Debug/net10.0/Registry.Api.dll --urls http://127.0.0.1:5097 >"$work/log" 2>&1 &
pid=$!
for _ in $(seq 60); do curl -sf http://127.0.0.1:5097/health/ready >/dev/null && break; sleep 0.5; done
node scripts/audit/audit.mjs http://127.0.0.1:5097/graphql
