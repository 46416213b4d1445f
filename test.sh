#!/usr/bin/env bash
# Every test: unit tests, the sample server's tests, and the integration tests against a real
# PostgreSQL and the real sample server, plus a `dotnet format` check. Ends with a line "N passed, N failed"; exits non-zero on any failure.
#
# usage: ./test.sh [extra dotnet test arguments, e.g. --filter Name~compensat]
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$root"
mkdir -p .filesaga/test-results

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is needed: https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

# The integration tests' database: FILESAGA_TEST_DB when given, else the local test cluster (fsync off).
started_postgres=false
if [ -z "${FILESAGA_TEST_DB:-}" ]; then
  scripts/postgres.sh status --test >/dev/null 2>&1 || started_postgres=true
  if ! FILESAGA_TEST_DB=$(scripts/postgres.sh up --test); then
    echo "0 passed, 1 failed"
    exit 1
  fi
  export FILESAGA_TEST_DB
fi
cleanup() {
  trap - EXIT
  if [ "$started_postgres" = true ]; then scripts/postgres.sh down --test >>.filesaga/test-results/postgres.log 2>&1 || true; fi
}
trap cleanup EXIT

if ! dotnet build FileSaga.sln --nologo -v quiet -clp:ErrorsOnly; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

# Formatting is checked like a test: it counts as one failure when the code is not as `dotnet format` would write it.
format_failed=0
if ! dotnet format FileSaga.sln --verify-no-changes --no-restore >.filesaga/test-results/format.log 2>&1; then
  echo "dotnet format found changes to make (run: dotnet format FileSaga.sln):"
  head -n 20 .filesaga/test-results/format.log
  format_failed=1
fi

log=.filesaga/test-results/test.log
dotnet test FileSaga.sln --no-build --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Each test assembly prints "Passed!  - Failed: F, Passed: P, Skipped: S, Total: T" (or "Failed!  - ...").
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
assemblies=$(grep -Ec '^(Passed|Failed)! ' "$log")
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the runner failed without reporting a test failure (a crash, a timeout)
fi
if [ "$assemblies" -eq 0 ]; then
  echo "no test assembly reported results"
  failed=$((failed + 1))
fi

failed=$((failed + format_failed))
cleanup # before the summary, so that it stays the last line
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
