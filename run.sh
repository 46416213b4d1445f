#!/usr/bin/env bash
# The main job: PostgreSQL, the sample server and the FileSaga host, then the demo jobs through the
# `filesaga` CLI with live progress. Ctrl+C stops everything this script started.
#
# usage: ./run.sh [--once]
#   --once   exit after the demo (0 only when every demo job ended as expected) instead of serving
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$root"
# shellcheck source=scripts/services.sh
source scripts/services.sh

once=false
for arg in "$@"; do
  case "$arg" in
    --once) once=true ;;
    -h | --help)
      sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "unknown option: $arg (try --help)" >&2
      exit 2
      ;;
  esac
done

require_dotnet
started_postgres=false
scripts/postgres.sh status >/dev/null 2>&1 || started_postgres=true
FILESAGA_DB=$(scripts/postgres.sh up)
export FILESAGA_DB

stop_all() {
  trap - INT TERM EXIT
  stop_service host
  stop_service sampleserver
  if [ "$started_postgres" = true ]; then scripts/postgres.sh down || true; fi
}
trap stop_all EXIT
trap 'echo; echo "stopping..."; exit 130' INT TERM

build_release
start_sampleserver
start_host
wait_until_ready "sample server" "$SAMPLE_URL/health" 90
wait_until_ready "FileSaga host" "$HOST_URL/health/ready" 90

cat <<EOF

FileSaga is up.
  API            $HOST_URL/api/jobs        (health: $HOST_URL/health/ready)
  sample server  $SAMPLE_URL
  PostgreSQL     $FILESAGA_DB
  job files      $root/filesaga_processing_data      logs: .filesaga/logs/

Running the demo jobs...
EOF

demo_status=0
filesaga demo --host "$HOST_URL" --sample-server "$SAMPLE_URL" || demo_status=$?

if [ "$once" = true ]; then
  exit "$demo_status"
fi

cat <<EOF

Still serving. Try:
  curl -s $HOST_URL/api/jobs | head -c 600
  dotnet $CLIENT_DLL list
Press Ctrl+C to stop.
EOF
wait_for_children
