#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on loopback for the tests, or stops it.
#   eval "$(scripts/postgres-test.sh start DIR [PORT])"   # exports PARALLAX_TEST_POSTGRES
#   scripts/postgres-test.sh stop DIR
# The server runs as the unprivileged `postgres` user when started as root
# (initdb and postgres refuse root), with trust authentication on 127.0.0.1
# only, its data and socket in DIR.
set -euo pipefail
cmd=${1:?usage: postgres-test.sh start|stop DIR [PORT]}
dir=${2:?usage: postgres-test.sh start|stop DIR [PORT]}
port=${3:-55432}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bindir" ] || bindir=$(dirname "$(command -v initdb)")
as_pg() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi
}
case $cmd in
start)
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    as_pg "'$bindir/initdb' -D '$dir/data' -A trust -U postgres >'$dir/initdb.log' 2>&1"
  fi
  as_pg "'$bindir/pg_ctl' -D '$dir/data' -w -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off\" -l '$dir/pg.log' start >&2"
  echo "export PARALLAX_TEST_POSTGRES='postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable'"
  ;;
stop)
  as_pg "'$bindir/pg_ctl' -D '$dir/data' -m fast stop >&2" || true
  ;;
*)
  echo "postgres-test.sh: unknown command $cmd" >&2; exit 2 ;;
esac
