#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on 127.0.0.1 for the test suite and prints its URL.
# PostgreSQL refuses to run as root, so the cluster runs as user postgres in a temp directory,
# with fsync off (test data only). Usage: scripts/test-postgres.sh start|stop
set -euo pipefail
PORT="${DUBAN_TEST_PG_PORT:-54329}"
DIR="${DUBAN_TEST_PG_DIR:-/tmp/duban-test-pg}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }

case "${1:-start}" in
  start)
    if [ -z "$BIN" ]; then echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; fi
    if as_pg "$BIN/pg_ctl -D $DIR status" >/dev/null 2>&1; then
      echo "postgresql://postgres@127.0.0.1:$PORT/postgres"; exit 0
    fi
    rm -rf "$DIR"; mkdir -p "$DIR"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
    as_pg "$BIN/initdb -D $DIR -U postgres -A trust -E UTF8 --locale=C.UTF-8" >/dev/null
    as_pg "$BIN/pg_ctl -D $DIR -l $DIR/server.log -w -o \"-c listen_addresses=127.0.0.1 -p $PORT -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -k /tmp\" start" >/dev/null
    echo "postgresql://postgres@127.0.0.1:$PORT/postgres"
    ;;
  stop)
    as_pg "$BIN/pg_ctl -D $DIR -m fast stop" >/dev/null 2>&1 || true
    ;;
esac
