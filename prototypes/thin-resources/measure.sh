#!/usr/bin/env bash
# Measures issue 8's four methods (spaces.create, spaces.setup, spaces.get, spaces.members.list):
# the bytes generated today, against the thin resource shape of this prototype, compressed as in
# a jar (zip level 9); and runs a small harness (same output, messages; allocation per decode and
# encode) over today's Space codec and the prototype's.
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

# today: the processor of this tree over the four methods; classes compiled with -g as Maven does
mkdir -p "$work/gen" "$work/today"
javac -proc:only -processorpath "$repo/processor/target/classes:$javapoet:$repo/runtime/target/classes" \
  -cp "$repo/runtime/target/classes" -s "$work/gen" $(find "$work/defs" -name '*.java')
javac -g -proc:none -cp "$repo/runtime/target/classes" -d "$work/today" \
  $(find "$work/defs" "$work/gen" -name '*.java')
methods=$(cd "$work/today" && ls $chat/*.class | grep -E '/(SpacesClient|MembersClient|CreateSpace|SetUpSpace)[.$]')
resources=$(cd "$work/today" && ls $chat/*.class | grep -E '/[A-Za-z0-9]+(Builder|Value|Json)\.class$')
echo "today:"
size "$work/today" methods "$methods"
size "$work/today" resources "$resources"

# the prototype: its runtime classes beside today's runtime, its resource classes over the same
# definitions (methods not regenerated: they would call SpaceJson.SHAPE rather than the codec's
# writeRequest/check, at about the same size)
mkdir -p "$work/rt" "$work/thin"
javac -g:lines,source -d "$work/rt" $(find "$repo/runtime/src/main/java" -name '*.java' ! -name module-info.java) \
  $(find "$here/runtime" -name '*.java')
javac -g -Xlint:all -Werror -proc:none -cp "$work/rt" -d "$work/thin" \
  $(for d in $defs; do echo "$work/defs/$chat/$d.java"; done) $(find "$here/generated" -name '*.java')
echo "thin prototype:"
size "$work/thin" resources "$(cd "$work/thin" && ls $chat/*Builder.class $chat/*Json.class)"
size "$work/rt" runtime-additions "dev/tinychat/internal/Shape.class dev/tinychat/internal/Struct.class"

# the harness: today's codec, then the prototype's (writeRequest/check through the shape)
mkdir -p "$work/h1" "$work/h2/$chat"
javac -d "$work/h1" -cp "$repo/runtime/target/classes:$work/today" "$here/harness/$chat/Harness.java"
sed 's/SpaceJson.writeRequest(\(.*\), space)/SpaceJson.SHAPE.writeValue(\1, space, true)/; s/SpaceJson.check(s, "space")/SpaceJson.SHAPE.checkValue(s, "space")/' \
  "$here/harness/$chat/Harness.java" > "$work/h2/$chat/Harness.java"
javac -d "$work/h2" -cp "$work/rt:$work/thin" "$work/h2/$chat/Harness.java"
echo "harness, today:"
java -cp "$work/h1:$repo/runtime/target/classes:$work/today" dev.tinychat.sample.chat.Harness > "$work/h1.txt"
cat "$work/h1.txt"
echo "harness, thin prototype:"
java -cp "$work/h2:$work/rt:$work/thin" dev.tinychat.sample.chat.Harness > "$work/h2.txt"
cat "$work/h2.txt"
if diff <(grep -v '^round' "$work/h1.txt") <(grep -v '^round' "$work/h2.txt") > /dev/null; then
  echo "harness: same values, JSON and messages"
else
  echo "harness: OUTPUT DIFFERS"; exit 1
fi
