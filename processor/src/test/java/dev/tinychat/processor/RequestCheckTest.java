package dev.tinychat.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.function.Function;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated {@code check} of the real Chat request classes, run on requests made with and
 * without the factories: each broken rule gives an {@code InvalidRequestException} naming the
 * field, the rule and the closest combination.
 */
class RequestCheckTest {
  @TempDir static Path classes;
  private static Function<String, String> probe;

  private static final JavaFileObject PROBE = JavaFileObjects.forSourceString("consumer.Probe", String.join("\n",
      "package consumer;",
      "",
      "import static dev.tinychat.sample.chat.Membership.group;",
      "import static dev.tinychat.sample.chat.Membership.human;",
      "",
      "import dev.tinychat.http.InvalidRequestException;",
      "import dev.tinychat.sample.chat.*;",
      "import java.util.List;",
      "import java.util.function.Function;",
      "",
      "public final class Probe implements Function<String, String> {",
      "  static Space space(Space.SpaceType type) {",
      "    return new SpaceBuilder().spaceType(type).build();",
      "  }",
      "",
      "  @Override",
      "  public String apply(String scenario) {",
      "    try {",
      "      switch (scenario) {",
      "        case \"dmWithName\" -> SpacesClient.checkSetup(SpaceBuilder.from(SetUpSpace.directMessage(User.human(\"users/2\")).space())",
      "            .displayName(\"x\").build(), null, List.of(human(\"users/2\")));",
      "        case \"namedWithoutName\" -> SpacesClient.checkCreate(space(Space.SpaceType.SPACE), null);",
      "        case \"groupChatOfOne\" -> SpacesClient.checkSetup(space(Space.SpaceType.GROUP_CHAT), null, List.of(human(\"users/1\")));",
      "        case \"unspecified\" -> SpacesClient.checkCreate(space(Space.SpaceType.SPACE_TYPE_UNSPECIFIED), null);",
      "        case \"unset\" -> SpacesClient.checkCreate(new SpaceBuilder().displayName(\"x\").build(), null);",
      "        case \"notAllowed\" -> SpacesClient.checkCreate(new SpaceBuilder().spaceType(Space.SpaceType.SPACE)",
      "            .displayName(\"x\").spaceUri(\"ignored, output only\").permissionSettings(",
      "            new PermissionSettingsBuilder().build()).build(), null);",
      "        case \"groupMemberInGroupChat\" -> SpacesClient.checkSetup(space(Space.SpaceType.GROUP_CHAT), null,",
      "            List.of(human(\"users/1\"), group(\"groups/2\")));",
      "        case \"tooLong\" -> CreateSpace.namedSpace(\"x\".repeat(130)).space();",
      "        case \"tooLongChecked\" -> SpacesClient.checkCreate(CreateSpace.namedSpace(\"x\".repeat(130)).space(), null);",
      "        case \"emojiFits\" -> SpacesClient.checkCreate(CreateSpace.namedSpace(\"\\uD83D\\uDE00\".repeat(128)).space(), null);",
      "        case \"badMember\" -> { SetUpSpace.GroupChat r = SetUpSpace.groupChat(User.human(\"users/1\"), User.human(\"users/2\"),",
      "            User.human(\"bob\")); SpacesClient.checkSetup(r.space(), r.requestId(), r.memberships()); }",
      "        case \"appWithCustomer\" -> { CreateSpace r = CreateSpace.namedSpaceAsApp(\"Team\", \"customers/c1\");",
      "            SpacesClient.checkCreate(r.space(), r.requestId()); }",
      "        case \"appWithBadCustomer\" -> { CreateSpace r = CreateSpace.namedSpaceAsApp(\"Team\", \"c1\");",
      "            SpacesClient.checkCreate(r.space(), r.requestId()); }",
      "        case \"importWithCustomer\" -> SpacesClient.checkCreate(SpaceBuilder.from(CreateSpace.importSpace(\"Old\").space())",
      "            .customer(\"customers/c1\").build(), null);",
      "        case \"dmWithoutBotFlag\" -> SpacesClient.checkSetup(space(Space.SpaceType.DIRECT_MESSAGE), null, List.of(human(\"users/2\")));",
      "        case \"nullMember\" -> SpacesClient.checkSetup(SetUpSpace.namedSpace(\"Team\").space(), null, java.util.Arrays.asList(human(\"users/1\"), null));",
      "        case \"factoriesPass\" -> {",
      "          for (SetUpSpace r : List.of(SetUpSpace.namedSpace(\"Team\").memberships(human(\"users/1\"), group(\"groups/1\")),",
      "              SetUpSpace.groupChat(User.human(\"users/1\"), User.human(\"users/2\")), SetUpSpace.directMessage(User.human(\"users/2\")),",
      "              SetUpSpace.directMessageWithApp())) {",
      "            SpacesClient.checkSetup(r.space(), r.requestId(), r.memberships());",
      "          }",
      "          CreateSpace r = CreateSpace.namedSpace(\"Team\").description(\"d\").audience(\"audiences/default\");",
      "          SpacesClient.checkCreate(r.space(), r.requestId());",
      "          r = CreateSpace.importGroupChat().createTime(java.time.Instant.EPOCH);",
      "          SpacesClient.checkCreate(r.space(), r.requestId());",
      "          r = CreateSpace.namedSpaceAsApp(\"Team\", \"customers/c1\")",
      "              .predefinedPermissionSettings(Space.PredefinedPermissionSettings.ANNOUNCEMENT_SPACE);",
      "          SpacesClient.checkCreate(r.space(), r.requestId());",
      "          r = CreateSpace.namedSpaceAsApp(\"Team\", \"customers/c1\")",
      "              .manageApps(new PermissionSettingBuilder().managersAllowed(true).build());",
      "          SpacesClient.checkCreate(r.space(), r.requestId());",
      "        }",
      "        case \"presetAndPermissions\" -> { CreateSpace r = CreateSpace.namedSpaceAsApp(\"Team\", \"customers/c1\")",
      "            .predefinedPermissionSettings(Space.PredefinedPermissionSettings.ANNOUNCEMENT_SPACE)",
      "            .manageApps(new PermissionSettingBuilder().managersAllowed(true).build());",
      "            SpacesClient.checkCreate(r.space(), r.requestId()); }",
      "        case \"emptyName\" -> SpacesClient.checkCreate(CreateSpace.namedSpace(\"\").space(), null);",
      "        case \"noMemberships\" -> SpacesClient.checkSetup(space(Space.SpaceType.GROUP_CHAT), null, null);",
      "        case \"emptyMemberships\" -> SpacesClient.checkSetup(space(Space.SpaceType.GROUP_CHAT), null, List.of());",
      "        case \"neitherMemberNorGroup\" -> SpacesClient.checkSetup(SetUpSpace.namedSpace(\"Team\").space(), null,",
      "            List.of(human(\"users/1\"), new MembershipBuilder().role(Membership.MembershipRole.ROLE_MEMBER).build()));",
      "        case \"memberAndGroup\" -> SpacesClient.checkSetup(SetUpSpace.namedSpace(\"Team\").space(), null,",
      "            List.of(MembershipBuilder.from(human(\"users/1\")).groupMember(new GroupBuilder().name(\"groups/1\").build()).build()));",
      "        case \"toString\" -> { return CreateSpace.namedSpace(\"API-made\").space().toString(); }",
      "        case \"unrecognizedMadeByHand\" -> SpacesClient.checkCreate(SpaceBuilder.from(CreateSpace.namedSpace(\"Team\").space())",
      "            .spaceHistoryState(Space.HistoryState.UNRECOGNIZED).build(), null);",
      "        case \"unrecognizedReadBack\" -> {",
      "          Space read = SpaceJson.read(dev.tinychat.json.JsonReader.of(",
      "              \"{\\\"spaceType\\\":\\\"SPACE\\\",\\\"displayName\\\":\\\"Team\\\",\\\"spaceHistoryState\\\":\\\"HISTORY_FOREVER\\\"}\"));",
      "          SpacesClient.checkCreate(read, null);",
      "          dev.tinychat.json.JsonWriter json = dev.tinychat.json.JsonWriter.create();",
      "          SpaceJson.SHAPE.writeRequest(json, read);",
      "          return read.spaceHistoryState() + \" \" + new String(json.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);",
      "        }",
      "        default -> throw new IllegalArgumentException(scenario);",
      "      }",
      "      return \"ok\";",
      "    } catch (InvalidRequestException e) {",
      "      return e.getMessage();",
      "    }",
      "  }",
      "}"));

  @BeforeAll
  @SuppressWarnings("unchecked") // the probe is compiled above as a Function<String, String>
  static void compileProbe() throws Exception {
    SampleDefinitions.compileTo(classes);
    Compilation compilation = SampleDefinitions.compileAgainst(classes, PROBE);
    assertThat(compilation).succeededWithoutWarnings();
    SampleDefinitions.writeClasses(compilation, classes);
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        RequestCheckTest.class.getClassLoader());
    probe = (Function<String, String>) loader.loadClass("consumer.Probe").getDeclaredConstructor().newInstance();
  }

  @Test
  void requestsFromEveryFactoryPassTheCheck() {
    assertThat(probe.apply("factoriesPass")).isEqualTo("ok");
  }

  @Test
  void forbiddenFieldNamesTheCombinationAndItsDescription() {
    assertThat(probe.apply("dmWithName")).isEqualTo(
        "space.displayName: forbidden in directMessage (a direct message between the caller and one other person)");
  }

  @Test
  void missingRequiredFieldNamesTheClosestCombination() {
    assertThat(probe.apply("namedWithoutName")).isEqualTo("space.displayName: required by namedSpace");
  }

  @Test
  void countOutOfBoundsNamesTheRange() {
    assertThat(probe.apply("groupChatOfOne")).isEqualTo("memberships: groupChat takes 2 to 49, got 1");
  }

  @Test
  void fixedValueNoCombinationTakesListsTheExpectedOnes() {
    assertThat(probe.apply("unspecified")).isEqualTo("space.spaceType: no combination of create fixes"
        + " SPACE_TYPE_UNSPECIFIED; expected one of SPACE (namedSpace, namedSpaceAsApp, importSpace),"
        + " GROUP_CHAT (importGroupChat)");
    assertThat(probe.apply("unset")).isEqualTo("space.spaceType: not set; expected one of SPACE (namedSpace,"
        + " namedSpaceAsApp, importSpace), GROUP_CHAT (importGroupChat)");
    assertThat(probe.apply("dmWithoutBotFlag")).isEqualTo("space.singleUserBotDm: not set; expected one of"
        + " false (directMessage), true (directMessageWithApp)");
  }

  @Test
  void fieldNoCombinationMentionsIsNotAllowedAndOutputOnlyFieldsAreIgnored() {
    assertThat(probe.apply("notAllowed")).isEqualTo("space.permissionSettings: not allowed in namedSpace");
  }

  @Test
  void forbiddenPathThroughAListNamesTheElement() {
    assertThat(probe.apply("groupMemberInGroupChat")).isEqualTo(
        "memberships[1].groupMember: forbidden in groupChat (an unnamed group chat with two to 49 people besides"
            + " the caller)");
  }

  @Test
  void limitsAreCheckedAfterTheCombinationInCodePoints() {
    assertThat(probe.apply("tooLong")).isEqualTo("ok"); // builders never check
    assertThat(probe.apply("tooLongChecked")).isEqualTo("space.displayName: at most 128 characters, got 130");
    assertThat(probe.apply("emojiFits")).isEqualTo("ok");
  }

  @Test
  void namePatternsAreCheckedInListElements() {
    assertThat(probe.apply("badMember")).isEqualTo("memberships[2].member.name: must match users/{user}, got \"bob\"");
    assertThat(probe.apply("appWithBadCustomer")).isEqualTo("space.customer: must match customers/{customer}, got \"c1\"");
    assertThat(probe.apply("appWithCustomer")).isEqualTo("ok");
  }

  @Test
  void theCombinationWithTheMostMatchingFixedFieldsIsChosen() {
    assertThat(probe.apply("importWithCustomer")).isEqualTo("space.customer: forbidden in importSpace (a named space"
        + " in import mode, to import messages from another platform; no members are created, and createTime may"
        + " carry the original creation time)");
  }

  @Test
  void nullListElementIsRefused() {
    assertThat(probe.apply("nullMember")).isEqualTo("memberships[1]: must not be null");
  }

  @Test
  void twoFieldsOfAOneOfGroupAreRefusedAtTheSecond() {
    assertThat(probe.apply("presetAndPermissions")).isEqualTo("space.permissionSettings: one of"
        + " space_permission_settings, and space.predefinedPermissionSettings is set too; set only one");
  }

  @Test
  void aRequiredGroupNeedsExactlyOneFieldInEachListElement() {
    assertThat(probe.apply("neitherMemberNorGroup")).isEqualTo(
        "memberships[1]: needs one of member, groupMember (member_type)");
    assertThat(probe.apply("memberAndGroup")).isEqualTo("memberships[0]: needs exactly one of member, groupMember"
        + " (member_type); member and groupMember are both set");
  }

  @Test
  void anEmptyRequiredStringOrListIsMissing() {
    assertThat(probe.apply("emptyName")).isEqualTo("space.displayName: required by namedSpace, and empty");
    assertThat(probe.apply("noMemberships")).isEqualTo("memberships: required by groupChat");
    assertThat(probe.apply("emptyMemberships")).isEqualTo("memberships: required by groupChat, and empty");
  }

  @Test
  void toStringListsOnlyTheSetFields() {
    assertThat(probe.apply("toString")).isEqualTo("Space{spaceType=SPACE, displayName=API-made}");
  }

  @Test
  void unrecognizedEnumConstantMadeByHandIsRefusedButAReadValueIsSentBackAsRead() {
    assertThat(probe.apply("unrecognizedMadeByHand")).isEqualTo("space.spaceHistoryState: UNRECOGNIZED stands for"
        + " a value this client does not know; it can only be sent back as read, choose one of"
        + " HISTORY_STATE_UNSPECIFIED, HISTORY_OFF, HISTORY_ON");
    assertThat(probe.apply("unrecognizedReadBack")).isEqualTo("UNRECOGNIZED"
        + " {\"spaceType\":\"SPACE\",\"displayName\":\"Team\",\"spaceHistoryState\":\"HISTORY_FOREVER\"}");
  }
}
