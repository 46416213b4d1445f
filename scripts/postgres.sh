#!/usr/bin/env bash
# Yields a PostgreSQL for FileSaga, in this order of preference:
#   1. FILESAGA_DB (or FILESAGA_TEST_DB with --test) when set: used as is;
#   2. a local cluster under .filesaga/postgres[-test], made from the machine's PostgreSQL binaries
#      (installed with apt-get when missing and we are root);
#   3. `docker compose up -d postgres` when a Docker engine answers;
#   4. otherwise a message saying how to install PostgreSQL.
#
# usage: scripts/postgres.sh up|down|url|status [--test]
#   up      start (idempotent) and print the connection string
#   url     print the connection string of a running database
#   down    stop the local cluster this script started (by its pid file)
#   --test  a separate cluster for tests, with fsync off (never for real data)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cmd=${1:-up}
profile=main
[ "${2:-}" = "--test" ] || [ "${1:-}" = "--test" ] && profile=test
[ "${1:-}" = "--test" ] && cmd=${2:-up}

if [ "$profile" = test ]; then
  external=${FILESAGA_TEST_DB:-}
  port=${FILESAGA_TEST_PG_PORT:-54330}
  database=filesaga_test
  cluster="$root/.filesaga/postgres-test"
else
  external=${FILESAGA_DB:-}
  port=${FILESAGA_PG_PORT:-54329}
  database=filesaga
  cluster="$root/.filesaga/postgres"
fi
data="$cluster/data"
url="Host=127.0.0.1;Port=$port;Database=$database;Username=postgres;Password=postgres"

say() { echo "postgres: $*" >&2; }

find_bin_dir() {
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return 0
  fi
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

install_postgres() {
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "PostgreSQL binaries not found; installing them with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
    return 0
  fi
  return 1
}

# Runs a PostgreSQL binary as the cluster's owner: the `postgres` OS user when we are root
# (initdb and postgres refuse to run as root), ourselves otherwise.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

docker_available() {
  command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1
}

cluster_running() {
  [ -f "$data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1
}

init_cluster() {
  mkdir -p "$cluster"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    chown postgres: "$cluster"
  fi
  say "creating a local cluster in $data"
  as_owner "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --no-locale >"$cluster/initdb.log" 2>&1 || {
    cat "$cluster/initdb.log" >&2
    exit 1
  }
  {
    echo "listen_addresses = '127.0.0.1'"
    echo "port = $port"
    echo "unix_socket_directories = ''"
    echo "max_connections = 300"
    echo "shared_buffers = 256MB"
    if [ "$profile" = test ]; then
      # Tests only: a crash may lose this cluster's data, which tests recreate anyway.
      echo "fsync = off"
      echo "synchronous_commit = off"
      echo "full_page_writes = off"
    fi
  } | as_owner tee -a "$data/postgresql.conf" >/dev/null
}

start_cluster() {
  say "starting the local cluster on 127.0.0.1:$port"
  as_owner "$bin/pg_ctl" -D "$data" -l "$cluster/postgres.log" -w -t 60 start >/dev/null || {
    tail -n 20 "$cluster/postgres.log" >&2
    exit 1
  }
}

ensure_database() {
  local exists
  exists=$("$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc \
    "select 1 from pg_database where datname = '$database'")
  if [ "$exists" != 1 ]; then
    "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc "create database $database" >/dev/null
  fi
}

up() {
  if [ -n "$external" ]; then
    echo "$external"
    return 0
  fi
  bin=$(find_bin_dir || true)
  if [ -z "$bin" ] && install_postgres; then
    bin=$(find_bin_dir || true)
  fi
  if [ -n "$bin" ]; then
    [ -f "$data/PG_VERSION" ] || init_cluster
    cluster_running || start_cluster
    ensure_database
    echo "$url"
    return 0
  fi
  if docker_available; then
    say "no local PostgreSQL binaries; starting the docker compose service"
    docker compose -f "$root/docker-compose.yml" up -d --wait postgres >&2
    echo "Host=127.0.0.1;Port=5432;Database=filesaga;Username=postgres;Password=postgres"
    return 0
  fi
  cat >&2 <<EOF
postgres: no PostgreSQL found. Either
  - install it: sudo apt-get install -y postgresql   (Debian/Ubuntu), then run this again, or
  - point FileSaga at an existing server: export FILESAGA_DB='Host=...;Port=5432;Database=filesaga;Username=...;Password=...'
EOF
  exit 1
}

# Stops the local cluster if it runs, whatever FILESAGA_DB says: callers export it after `up`.
down() {
  bin=$(find_bin_dir || true)
  if [ -n "$bin" ] && [ -f "$data/postmaster.pid" ]; then
    say "stopping the local cluster in $data"
    as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
  fi
}

case "$cmd" in
  up) up ;;
  down) down ;;
  url)
    if [ -n "$external" ]; then echo "$external"; else echo "$url"; fi
    ;;
  status)
    bin=$(find_bin_dir || true)
    if [ -n "$bin" ] && cluster_running; then echo "running on 127.0.0.1:$port"; else echo "stopped"; exit 3; fi
    ;;
  *)
    echo "usage: $0 up|down|url|status [--test]" >&2
    exit 2
    ;;
esac
