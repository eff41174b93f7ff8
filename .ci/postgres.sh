# shellcheck shell=bash
# Source this file, then call setup_postgres: it installs PostgreSQL from Debian if needed (as
# root), starts the cluster, creates the role and database jpprep tests use, and exports
# JPPREP_TEST_PG_URL. Safe to run again (every step checks first). Without root or apt-get it
# prints why and returns 0: the PostgreSQL tests then skip and the SQLite ones still run.
#
#   . .ci/postgres.sh && setup_postgres
setup_postgres() {
  local user=jpprep pass=jpprep dbname=jpprep_test ver port as_pg
  if [ -n "${JPPREP_TEST_PG_URL:-}" ]; then
    echo "postgres: using JPPREP_TEST_PG_URL from the environment"
    return 0
  fi
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null \
        || { echo "postgres: apt-get install failed; PostgreSQL tests will skip"; return 0; }
    else
      echo "postgres: not installed and cannot install (need root and apt-get); PostgreSQL tests will skip"
      return 0
    fi
  fi
  if [ "$(id -u)" != 0 ]; then
    echo "postgres: run as root to set up the cluster; PostgreSQL tests will skip"
    return 0
  fi
  ver=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -1)
  [ -n "$ver" ] || { echo "postgres: no server version found; PostgreSQL tests will skip"; return 0; }
  if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$ver main"; then
    pg_createcluster "$ver" main >/dev/null
  fi
  if ! pg_lsclusters -h | awk -v v="$ver" '$1==v && $2=="main" {print $4}' | grep -q online; then
    pg_ctlcluster "$ver" main start
  fi
  port=$(pg_lsclusters -h | awk -v v="$ver" '$1==v && $2=="main" {print $3}')
  if command -v runuser >/dev/null 2>&1; then as_pg="runuser -u postgres --"; else as_pg="su postgres -c"; fi
  _pg_sql() { $as_pg psql -p "$port" -v ON_ERROR_STOP=1 -tAc "$1"; }
  for _ in 1 2 3 4 5 6 7 8 9 10; do _pg_sql "SELECT 1" >/dev/null 2>&1 && break; sleep 1; done
  if [ "$(_pg_sql "SELECT 1 FROM pg_roles WHERE rolname='$user'")" != 1 ]; then
    _pg_sql "CREATE ROLE $user LOGIN PASSWORD '$pass' CREATEDB" >/dev/null
  fi
  if [ "$(_pg_sql "SELECT 1 FROM pg_database WHERE datname='$dbname'")" != 1 ]; then
    _pg_sql "CREATE DATABASE $dbname OWNER $user" >/dev/null
  fi
  export JPPREP_TEST_PG_URL="postgresql+psycopg://$user:$pass@127.0.0.1:$port/$dbname"
  echo "postgres: $ver on port $port, JPPREP_TEST_PG_URL set"
}
