#!/usr/bin/env bash
# Adds one migration to every provider at once, so the SQLite and PostgreSQL sets never drift apart.
# Usage: scripts/add-migration.sh MigrationName
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project src/Registry.Data --startup-project src/Registry.Data \
    --context "${provider}RegistryDbContext" --output-dir "Migrations/$provider"
done
