package dev.tinychat.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The request classes generated for the real Chat definitions accept every combination SPEC.md
 * allows, and a forbidden one does not compile at the consumer's call site.
 */
class SampleCombinationsTest {
  @TempDir static Path classes;

  @BeforeAll
  static void compileSample() throws IOException {
    SampleDefinitions.compileTo(classes);
  }

  private static JavaFileObject consumer(String statement) {
    return JavaFileObjects.forSourceString("consumer.Use", String.join("\n",
        "package consumer;",
        "",
        "import static dev.tinychat.sample.chat.Membership.group;",
        "import static dev.tinychat.sample.chat.Membership.human;",
        "",
        "import dev.tinychat.sample.chat.*;",
        "import java.time.Instant;",
        "import java.util.List;",
        "",
        "class Use {",
        "  Object use() {",
        "    return " + statement + ";",
        "  }",
        "}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SetUpSpace.directMessage(User.human(\"users/3\")).displayName(\"x\")",
      "SetUpSpace.directMessage(User.human(\"users/3\")).description(\"x\")",
      "SetUpSpace.directMessage(User.human(\"users/3\"), User.human(\"users/4\"))",
      "SetUpSpace.directMessage()",
      "SetUpSpace.groupChat(User.human(\"users/1\"))",
      "SetUpSpace.groupChat(User.human(\"users/1\"), User.human(\"users/2\")).displayName(\"x\")",
      "SetUpSpace.groupChat(User.human(\"users/1\"), User.human(\"users/2\"), group(\"groups/1\"))",
      "SetUpSpace.groupChat(User.human(\"users/1\"), User.human(\"users/2\"), new GroupBuilder().build())",
      "SetUpSpace.directMessage(group(\"groups/1\"))",
      "SetUpSpace.directMessage(new GroupBuilder().name(\"groups/1\").build())",
      "SetUpSpace.directMessageWithApp().memberships(human(\"users/1\"))",
      "SetUpSpace.directMessageWithApp(human(\"users/1\"))",
      "SetUpSpace.directMessageWithApp().displayName(\"x\")",
      "SetUpSpace.namedSpace()",
      "SetUpSpace.namedSpace(\"Team\").importMode(true)",
      "CreateSpace.namedSpace(\"Team\").customer(\"customers/1\")",
      "CreateSpace.namedSpace(\"Team\").importMode(true)",
      "CreateSpace.namedSpace(\"Team\").createTime(Instant.EPOCH)",
      "CreateSpace.namedSpace(\"Team\").manageApps(null)",
      "CreateSpace.namedSpaceAsApp(\"Team\")",
      "CreateSpace.importSpace(\"Old\").customer(\"customers/1\")",
      "CreateSpace.importSpace(\"Old\").spaceHistoryState(Space.HistoryState.HISTORY_ON)",
      "CreateSpace.importGroupChat().displayName(\"x\")",
      "CreateSpace.importGroupChat(\"x\")",
  })
  void forbiddenCombinationDoesNotCompile(String statement) {
    JavaFileObject source = consumer(statement);
    Compilation compilation = SampleDefinitions.compileAgainst(classes, source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("").inFile(source).onLineContaining("return ");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "CreateSpace.namedSpace(\"Team\").description(\"d\").guidelines(\"g\").externalUserAllowed(true)"
          + ".spaceHistoryState(Space.HistoryState.HISTORY_ON).audience(\"audiences/default\")"
          + ".predefinedPermissionSettings(Space.PredefinedPermissionSettings.COLLABORATION_SPACE)"
          + ".requestId(\"r1\")",
      "CreateSpace.namedSpaceAsApp(\"Team\", \"customers/my_customer\")"
          + ".manageApps(new PermissionSettingBuilder().managersAllowed(true).build())",
      "CreateSpace.importSpace(\"Old\").createTime(Instant.EPOCH).description(\"d\").externalUserAllowed(false)",
      "CreateSpace.importGroupChat().createTime(Instant.EPOCH)",
      "SetUpSpace.namedSpace(\"Team\").memberships(human(\"users/1\"), group(\"groups/2\")).description(\"d\")",
      "SetUpSpace.namedSpace(\"Team\").memberships(List.of(human(\"users/1\")))",
      "SetUpSpace.groupChat(User.human(\"users/1\"), User.human(\"users/2\"))",
      "SetUpSpace.groupChat(User.human(\"users/1\"), User.human(\"users/2\"), User.human(\"users/3\"), User.human(\"users/4\"))",
      "SetUpSpace.directMessage(User.human(\"users/3\")).requestId(\"r1\")",
      "SetUpSpace.directMessageWithApp().requestId(\"r1\")",
      "SpacesClient.builder().baseUrl(\"http://127.0.0.1:1\").configure(t -> {}).build()",
  })
  void allowedCombinationCompiles(String statement) {
    assertThat(SampleDefinitions.compileAgainst(classes, consumer(statement))).succeededWithoutWarnings();
  }
}
