#!/usr/bin/env bash
# Runs every mibc test against the real daemons, installing the Debian packages the tests need.
# Two stages: all tests but the end-to-end ones, then the end-to-end test, which deploys
# samples/box.mib onto this machine (on loopback only) and scans and uses it.
# Usage: scripts/test.sh [extra dotnet test arguments, passed to both stages; with --filter,
# one run of the tests the filter picks]
set -euo pipefail
cd "$(dirname "$0")/.."

# NOTE: keep this list in step with the programs the tests start or call.
packages=(
  openssl ca-certificates postfix dovecot-core dovecot-imapd dovecot-pop3d dovecot-lmtpd iproute2 curl
  nginx nsd ldnsutils dnsutils opendkim opendkim-tools
  shellcheck testssl.sh openssh-server
  # The policy tests run mibc under strace and fetch the SARIF schema with npm.
  strace npm
)

missing=()
for package in "${packages[@]}"; do
  # npm may come with a Node.js installed outside Debian's packages. Then the command is enough,
  # because installing Debian's npm would conflict with that Node.js.
  if [[ $package == npm ]] && command -v npm >/dev/null; then
    continue
  fi
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if ((${#missing[@]} > 0)); then
  sudo=""
  if ((EUID != 0)); then
    sudo="sudo"
  fi

  echo "Installing Debian packages the tests need: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Postfix asks how to configure itself on install; the tests bring their own configs.
  echo "postfix postfix/main_mailer_type select No configuration" | $sudo debconf-set-selections
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

own_filter=0
for argument in "$@"; do
  [[ $argument == --filter* ]] && own_filter=1
done

status=0
if ((own_filter)); then
  # dotnet test takes one --filter only, so the caller's filter picks the tests in one run.
  dotnet test Dsl.sln "$@" 2>&1 | tee "$log" || status=$?
else
  # NOTE: the end-to-end test takes the standard mail and web ports on 127.0.0.1 and rewrites
  # /etc, so it runs alone, after the other tests, even when they fail.
  dotnet test Dsl.sln --filter "Category!=EndToEnd" "$@" 2>&1 | tee "$log" || status=$?
  echo "End-to-end stage: deploying samples/box.mib onto this machine."
  dotnet test Dsl.sln --no-build --filter "Category=EndToEnd" "$@" 2>&1 | tee -a "$log" || status=$?
fi

# Print one plain summary line over both stages and every test assembly, for people and CI logs.
passed=$(sed -n 's/.*Passed: *\([0-9]*\).*/\1/p' "$log" | awk '{s+=$1} END {print s+0}')
failed=$(sed -n 's/.*Failed: *\([0-9]*\), Passed.*/\1/p' "$log" | awk '{s+=$1} END {print s+0}')
skipped=$(sed -n 's/.*Skipped: *\([0-9]*\).*/\1/p' "$log" | awk '{s+=$1} END {print s+0}')
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"

if ((passed == 0 && status == 0)); then
  echo "No test ran; treating that as a failure." >&2
  exit 1
fi

exit "$status"
