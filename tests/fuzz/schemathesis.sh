#!/usr/bin/env bash
# Fuzzes every route described in /api/openapi.json with schemathesis (pip install schemathesis),
# signed in as the admin and then as a manager, and fails on any 5xx. Not part of `npm test`.
set -euo pipefail
cd "$(dirname "$0")/../.."
port=3998
base="http://127.0.0.1:$port"
data=$(mktemp -d)
jar=$(mktemp)
trap 'kill -- -$app 2>/dev/null || true; rm -rf "$data" "$jar"' EXIT

setsid env PORT=$port DATA_DIR="$data" LOGIN_IP_LIMIT=100000 LOG_LEVEL=warn npm start >/dev/null 2>&1 &
app=$!
until curl -sf "$base/api/health" >/dev/null; do sleep 1; done

token() { node -pe "JSON.parse(require('fs').readFileSync(0)).data.csrfToken"; }
for who in admin manager; do
  rm -f "$jar"
  csrf=$(curl -s -c "$jar" -b "$jar" "$base/api/auth/session" | token)
  csrf=$(curl -s -c "$jar" -b "$jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$who\",\"password\":\"Demo@2026\"}" "$base/api/auth/login" | token)
  cookie=$(awk '$6 == "ccm.sid" { print $6 "=" $7 }' "$jar")
  echo "== signed in as $who"
  schemathesis run "$base/api/openapi.json" --url "$base" -H "Cookie: $cookie" -H "X-CSRF-Token: $csrf" \
    -c not_a_server_error --exclude-path /api/auth/logout --max-examples 40
done
