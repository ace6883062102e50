#!/usr/bin/env bash
# Starts the OpenLDAP server the directory sign-in tests run against: Debian's slapd as its own
# instance (config, database and pid under $WHEELHOUSE_STATE_DIR/ldap), on ldap://127.0.0.1:3389,
# suffix dc=wheelhouse,dc=test, administrator cn=admin,dc=wheelhouse,dc=test / wheelhouse-admin,
# seeded from scripts/ldap/seed.ldif. Idempotent: an answering server is kept; an empty database is
# seeded. scripts/ldap-down.sh stops it and removes its state, so the next start is from the seed.
set -euo pipefail
state="${WHEELHOUSE_STATE_DIR:-/tmp/wheelhouse}/ldap"
url=ldap://127.0.0.1:3389
suffix=dc=wheelhouse,dc=test
admin_dn="cn=admin,$suffix"
admin_password=wheelhouse-admin
seed="$(dirname "$0")/ldap/seed.ldif"
say() { echo "ldap-up: $*" >&2; }
answers() { ldapwhoami -x -H "$url" -D "$admin_dn" -w "$admin_password" >/dev/null 2>&1; }

export PATH="$PATH:/usr/sbin"
if ! command -v slapd >/dev/null 2>&1 || ! command -v ldapwhoami >/dev/null 2>&1; then
  say "installing slapd and ldap-utils"
  # No debconf-made database or system service: this script configures its own instance.
  echo "slapd slapd/no_configuration boolean true" | debconf-set-selections
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slapd ldap-utils >/dev/null
fi

if answers; then
  say "already answering on $url"
  exit 0
fi

mkdir -p "$state/data"
if [ ! -f "$state/slapd.conf" ]; then
  say "writing $state/slapd.conf"
  cat >"$state/slapd.conf" <<CONF
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
pidfile $state/slapd.pid
argsfile $state/slapd.args
modulepath /usr/lib/ldap
moduleload back_mdb
database mdb
maxsize 104857600
suffix "$suffix"
rootdn "$admin_dn"
rootpw $(slappasswd -s "$admin_password")
directory $state/data
access to attrs=userPassword by self write by anonymous auth by * none
access to * by users read by * none
CONF
fi

if [ ! -s "$state/data/data.mdb" ]; then
  say "seeding $suffix from $seed"
  slapadd -q -f "$state/slapd.conf" -l "$seed"
fi

say "starting slapd on $url (log: $state/slapd.log)"
# -d 0 keeps slapd in the foreground of its nohup so its messages land in the log.
nohup slapd -f "$state/slapd.conf" -h "$url/" -d 0 >"$state/slapd.log" 2>&1 </dev/null &
for _ in $(seq 1 30); do
  if answers; then break; fi
  sleep 0.5
done
if ! answers; then
  say "slapd did not answer within 15 s; see $state/slapd.log"
  tail -20 "$state/slapd.log" >&2
  exit 1
fi
say "$url ($suffix, bind as $admin_dn)"
