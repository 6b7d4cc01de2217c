#!/usr/bin/env bash
# Publishes the pact the build wrote to the Pact Broker at $PACT_BROKER_BASE_URL: the consumer version is the git
# commit, the branch the git branch. It refuses, naming what is missing, rather than publish nothing and pass
# (Pact's own `pact:publish` succeeds when the pact directory is absent).
#
# Usage: scripts/publish-pacts.sh [extra Maven arguments]
# Environment:
#   PACT_BROKER_BASE_URL   required: the broker, e.g. https://acme.pactflow.io
#   PACT_BROKER_TOKEN, or PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD: the broker's credentials, if it wants any
#   PACT_BRANCH            the branch to publish for; default: the checked-out git branch (set it on a detached
#                          CI checkout, e.g. PACT_BRANCH="${GITHUB_HEAD_REF:-$GITHUB_REF_NAME}")
#   PACT_DIR               where the pact is; default: contract-tests/target/pacts (written by the test command)
#   MVN                    the Maven to run; default: ./mvnw
set -euo pipefail
cd "$(dirname "$0")/.."

refuse() {
  echo "publish-pacts: $*" >&2
  exit 1
}

[ -n "${PACT_BROKER_BASE_URL:-}" ] \
  || refuse "PACT_BROKER_BASE_URL is not set: export the Pact Broker's base URL (and its credentials, if any)."

pact_dir="${PACT_DIR:-contract-tests/target/pacts}"
shopt -s nullglob
pacts=("$pact_dir"/*.json)
[ ${#pacts[@]} -gt 0 ] \
  || refuse "no pact file in $pact_dir: run the test command (./mvnw -B -Plint verify) first; it writes the pact."

branch="${PACT_BRANCH:-$(git rev-parse --abbrev-ref HEAD)}"
[ "$branch" != "HEAD" ] || refuse "the checkout is detached: set PACT_BRANCH to the branch being built."

exec "${MVN:-./mvnw}" -B -pl contract-tests "$@" pact:publish \
  -Dpact.dir="$(cd "$pact_dir" && pwd)" \
  -Dpact.publish.consumer.version="$(git rev-parse HEAD)" \
  -Dpact.publish.consumer.branchName="$branch"
