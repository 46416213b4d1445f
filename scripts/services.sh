#!/usr/bin/env bash
# Shared by run.sh and the crash test: build, start, wait for and stop FileSaga's processes.
# Every process started here has a pid file under .filesaga/; stopping uses that pid, never a name.

HOST_URL=${FILESAGA_URL:-http://127.0.0.1:5080}
SAMPLE_URL=${FILESAGA_SAMPLE_URL:-http://127.0.0.1:5081}
STATE_DIR="$root/.filesaga"
LOG_DIR="$STATE_DIR/logs"
BUILD_DIR="$STATE_DIR/build"
HOST_DLL="$BUILD_DIR/host/FileSaga.Host.dll"
SAMPLE_DLL="$BUILD_DIR/sampleserver/SampleServer.dll"
CLIENT_DLL="$BUILD_DIR/client/filesaga.dll"
mkdir -p "$LOG_DIR"

require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "The .NET 10 SDK is needed: https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
    exit 1
  fi
  if ! command -v curl >/dev/null 2>&1; then
    echo "curl is needed to check that the services are ready: sudo apt-get install -y curl" >&2
    exit 1
  fi
}

build_release() {
  echo "building (Release)..."
  local project
  for project in host:src/FileSaga.Host sampleserver:src/SampleServer client:src/FileSaga.Client; do
    dotnet build "${project#*:}" -c Release -o "$BUILD_DIR/${project%%:*}" --nologo -v quiet -clp:ErrorsOnly >"$LOG_DIR/build-${project%%:*}.log" 2>&1 || {
      cat "$LOG_DIR/build-${project%%:*}.log" >&2
      exit 1
    }
  done
}

# A pid file names a process we started; it is ours only while that process still runs.
running_pid() {
  local file="$STATE_DIR/$1.pid" pid
  [ -f "$file" ] || return 1
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    echo "$pid"
  else
    rm -f "$file"
    return 1
  fi
}

port_in_use() {
  curl -s -o /dev/null --max-time 2 "$1" && return 0
  return 1
}

start_service() { # name url dll [env...]
  local name=$1 url=$2 dll=$3
  shift 3
  stop_service "$name"
  if port_in_use "$url"; then
    echo "$url already answers, but not from a process this script started: stop it, or set FILESAGA_URL / FILESAGA_SAMPLE_URL" >&2
    exit 1
  fi
  env "$@" ASPNETCORE_URLS="$url" dotnet "$dll" >>"$LOG_DIR/$name.log" 2>&1 &
  echo $! >"$STATE_DIR/$name.pid"
}

start_sampleserver() {
  start_service sampleserver "$SAMPLE_URL" "$SAMPLE_DLL" SampleServer__DataRoot="$root/filesaga_samples_data"
}

start_host() {
  start_service host "$HOST_URL" "$HOST_DLL" \
    FILESAGA_DB="$FILESAGA_DB" \
    FileSaga__DataRoot="$root/filesaga_processing_data" \
    FileSaga__UploadServiceUrl="$SAMPLE_URL" \
    FileSaga__WebhookUrl="$SAMPLE_URL/webhook"
}

stop_service() { # name [signal]
  local pid
  pid=$(running_pid "$1") || return 0
  kill "-${2:-TERM}" "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  rm -f "$STATE_DIR/$1.pid"
}

wait_until_ready() { # label url seconds
  local deadline=$((SECONDS + $3))
  until curl -sf -o /dev/null --max-time 2 "$2"; do
    if [ $SECONDS -ge $deadline ]; then
      echo "$1 did not become ready at $2 within $3 s; see $LOG_DIR" >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "$1 ready at $2"
}

filesaga() {
  dotnet "$CLIENT_DLL" "$@"
}

wait_for_children() {
  local host sample
  host=$(running_pid host || true)
  sample=$(running_pid sampleserver || true)
  # `wait` returns when a child exits or a trapped signal arrives.
  wait ${host:+"$host"} ${sample:+"$sample"} || true
}
