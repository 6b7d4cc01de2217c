#!/usr/bin/env bash
# Makes the jars of the current build the Java API gate's baseline (api-baseline/, docs/releasing.md).
#
#   scripts/bump-api-baseline.sh "1.0.0"            on a release: from the tagged commit, note the version
#   scripts/bump-api-baseline.sh "provisional, <why>"  a deliberate break before 1.0, said so in CHANGELOG.md
#
# Builds the four API modules (no tests, no gate), copies each jar to api-baseline/<artifactId>.jar and records
# what it was built from in api-baseline/VERSION. Extra arguments after the note go to Maven (e.g. -o).
# Commit the result together with the change that needed it.
set -euo pipefail
cd "$(dirname "$0")/.."

note="${1:?usage: scripts/bump-api-baseline.sh <note, e.g. the released version> [maven args...]}"
shift

modules=(generated/models generated/retrofit hand-written sandbox)
./mvnw -B -q -pl "$(IFS=,; echo "${modules[*]}")" -am package \
  -DskipTests -Djapicmp.skip=true -Dmaven.javadoc.skip=true -Dmaven.source.skip=true "$@"

{
  echo "# The jars the Java API gate compares against (scripts/bump-api-baseline.sh)."
  echo "note:  $note"
  sources=(spec generated/models/src generated/retrofit/src hand-written/src sandbox/src)
  echo "built: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- "${sources[@]}" || echo ' + uncommitted changes to the sources')"
} > api-baseline/VERSION

for module in "${modules[@]}"; do
  artifact=$(sed -n 's:^  <artifactId>\(.*\)</artifactId>$:\1:p' "$module/pom.xml" | head -1)
  jar=$(ls "$module"/target/"$artifact"-*.jar | grep -v -e '-sources.jar$' -e '-javadoc.jar$')
  cp "$jar" "api-baseline/$artifact.jar"
  echo "jar:   $artifact.jar  ($(basename "$jar"))" >> api-baseline/VERSION
done
cat api-baseline/VERSION
