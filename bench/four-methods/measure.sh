#!/usr/bin/env bash
# Measures issue 8's four methods (spaces.create, spaces.setup, spaces.get, spaces.members.list):
# the bytes this tree's processor generates for them, compressed as in a jar (zip level 9), for
# the methods (clients, request classes) and the resources (builders, value classes with their
# codecs); and runs a small harness over the Space codec (value, JSON, messages; allocation per
# decode and per request encode).
# Needs the modules compiled first: mvn -B -ntp -q package -pl sample -am -DskipTests
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chat=dev/tinychat/sample/chat
defs="Space SpaceDetails MembershipCount AccessSettings PermissionSettings PermissionSetting Membership User Group ListMembershipsResponse"
javapoet=$(find ~/.m2/repository/com/palantir/javapoet/javapoet -name 'javapoet-*.jar' ! -name '*sources*' | sort | tail -1)

# the four methods' definitions: the sample's resources, and Spaces and Members cut after their
# get and list (create and setup come before get in Spaces)
mkdir -p "$work/defs/$chat"
src="$repo/sample/src/main/java/$chat"
for d in $defs Scopes; do cp "$src/$d.java" "$work/defs/$chat/"; done
awk '{ print } /^  Space get\(@Path String name\);/ { print "}"; exit }' "$src/Spaces.java" > "$work/defs/$chat/Spaces.java"
awk '{ print } /^      @Query Boolean useAdminAccess\);/ { print "}"; exit }' "$src/Members.java" > "$work/defs/$chat/Members.java"
grep -c '^  @\(Get\|Post\)' "$work/defs/$chat/Spaces.java" "$work/defs/$chat/Members.java" | grep -qx '.*Spaces.java:3' \
  || { echo "Spaces.java was not cut after its third method"; exit 1; }

size() { # zip file length and the sum of the compressed entries
  (cd "$1" && rm -f "$work/$2.zip" && zip -9 -q -X "$work/$2.zip" $3)
  printf '%-28s %6d bytes zipped, %6d compressed content, %2d classes\n' "$2" \
    "$(stat -c %s "$work/$2.zip")" "$(unzip -v "$work/$2.zip" | tail -1 | awk '{print $2}')" \
    "$(unzip -l "$work/$2.zip" | tail -1 | awk '{print $2}')"
}

# the processor of this tree over the four methods; classes compiled with -g as Maven does
mkdir -p "$work/gen" "$work/classes"
javac -proc:only -processorpath "$repo/processor/target/classes:$javapoet:$repo/runtime/target/classes" \
  -cp "$repo/runtime/target/classes" -s "$work/gen" $(find "$work/defs" -name '*.java')
javac -g -Xlint:all -Werror -proc:none -cp "$repo/runtime/target/classes" -d "$work/classes" \
  $(find "$work/defs" "$work/gen" -name '*.java')
methods=$(cd "$work/classes" && ls $chat/*.class | grep -E '/(SpacesClient|MembersClient|CreateSpace|SetUpSpace)[.$]')
resources=$(cd "$work/classes" && ls $chat/*.class | grep -E '/[A-Za-z0-9]+(Builder|Json)\.class$')
size "$work/classes" methods "$methods"
size "$work/classes" resources "$resources"
echo "the four methods: $(($(stat -c %s "$work/methods.zip") + $(stat -c %s "$work/resources.zip"))) bytes zipped"

# the harness over the Space codec
mkdir -p "$work/harness"
javac -d "$work/harness" -cp "$repo/runtime/target/classes:$work/classes" "$here/Harness.java"
java -cp "$work/harness:$repo/runtime/target/classes:$work/classes" dev.tinychat.sample.chat.Harness
