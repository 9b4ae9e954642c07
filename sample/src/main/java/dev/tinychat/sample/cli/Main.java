package dev.tinychat.sample.cli;

import dev.tinychat.auth.Credentials;
import dev.tinychat.auth.CredentialsException;
import dev.tinychat.http.ClientException;
import dev.tinychat.http.InvalidRequestException;
import dev.tinychat.http.Transport;
import dev.tinychat.json.JsonException;
import dev.tinychat.json.JsonReader;
import dev.tinychat.sample.emulator.ChatEmulator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The sample's command-line tool: creates, sets up and reads Google Chat spaces and lists their
 * members through the generated clients. Without {@code --endpoint} it starts the embedded Chat API emulator and runs against it.
 *
 * <p>Exit codes: 0 done, 1 the API or the network failed, 2 the command line was wrong (nothing
 * was sent).
 */
public final class Main {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  private static final Set<String> VALUED =
      flags(
          true, "--endpoint", "--credentials", "--token-file", "--token", "--request-id",
          "--display-name", "--description", "--guidelines", "--history", "--audience",
          "--permissions", "--customer", "--create-time", "--manage-apps", "--member", "--group",
          "--port", "--state");
  private static final Set<String> SWITCHES =
      flags(false, "--help", "--verbose", "--as-app", "--external-users", "--import",
          "--group-chat", "--dm", "--dm-app");

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs one command; returns the exit code. */
  static int run(String[] argv, PrintStream out, PrintStream err) {
    Args args;
    try {
      args = Args.parse(argv, VALUED, SWITCHES);
    } catch (UsageException e) {
      return usage(err, e.getMessage());
    }
    if (args.has("--help") || args.command() == null || args.command().equals("help")) {
      // "COMMAND --help" and "help COMMAND" show that command's part of the help
      List<String> words = new java.util.ArrayList<>(args.operands());
      if (args.command() != null && !args.command().equals("help")) {
        words.add(0, args.command());
      }
      String topic = Help.topic(words);
      String help = topic == null ? Help.TEXT : Help.of(topic);
      if (help == null) {
        return usage(err, "no command " + topic + "; the commands are " + Help.commands());
      }
      out.print(help);
      return args.command() == null && !args.has("--help") ? USAGE : OK;
    }
    if (args.command().equals("serve")) {
      try {
        return Serve.run(args, out, err);
      } catch (UsageException e) {
        return usage(err, e.getMessage());
      }
    }
    for (String flag : List.of("--port", "--state")) {
      if (args.has(flag)) {
        return usage(err, flag + " belongs to serve, not " + args.command());
      }
    }
    Command command;
    try {
      command = Command.parse(args);
    } catch (UsageException e) {
      return usage(err, e.getMessage());
    } catch (InvalidRequestException e) {
      return usage(err, Command.describe(e));
    }
    ChatEmulator emulator = null;
    try {
      String endpoint = args.value("--endpoint");
      Credentials credentials;
      if (endpoint == null) {
        emulator = ChatEmulator.withDefaults();
        endpoint = emulator.baseUrl();
        err.println("Using the embedded Chat API emulator at " + endpoint + " (no --endpoint given)");
        credentials =
            Credentials.ofToken(
                args.has("--as-app") ? ChatEmulator.DEFAULT_APP_TOKEN : ChatEmulator.DEFAULT_USER_TOKEN);
      } else {
        credentials = credentials(args, command.scopes(args.has("--as-app")));
      }
      Command.Output output;
      try (Transport transport = Transport.builder().baseUrl(endpoint).credentials(credentials)
          .logger(new CliLogger(err, args.has("--verbose"))).build()) {
        output = command.run(transport);
      }
      out.println(PrettyJson.format(output.json()));
      if (output.url() != null) {
        out.println("Space URL: " + output.url());
      }
      return OK;
    } catch (UsageException e) {
      return usage(err, e.getMessage());
    } catch (InvalidRequestException e) {
      return usage(err, Command.describe(e));
    } catch (ClientException e) {
      // The API answered with an error, no answer came, or no token could be had.
      err.println("error: " + e.getMessage());
      return FAILED;
    } finally {
      if (emulator != null) {
        emulator.close();
      }
    }
  }

  /** {@code flags} and those of {@link Methods#TABLE} that take a value or not. */
  private static Set<String> flags(boolean valued, String... flags) {
    Set<String> all = new java.util.TreeSet<>(List.of(flags));
    for (Methods.Method method : Methods.TABLE) {
      for (Methods.Flag flag : method.flags()) {
        if ((flag.value() != null) == valued) {
          all.add(flag.name());
        }
      }
    }
    return Set.copyOf(all);
  }

  /** The flags given on the command line. */
  static List<String> flagsGiven(Args args) {
    List<String> given = new java.util.ArrayList<>();
    for (String flag : VALUED) {
      if (args.has(flag)) {
        given.add(flag);
      }
    }
    for (String flag : SWITCHES) {
      if (args.has(flag)) {
        given.add(flag);
      }
    }
    return given;
  }

  private static int usage(PrintStream err, String message) {
    err.println("usage error: " + message);
    err.println("Run with --help for the commands and options.");
    return USAGE;
  }

  /**
   * Credentials from {@code --token} or from the {@code --credentials} file, by its shape: an
   * OAuth client ({@code installed}/{@code web}: user consent, cached in {@code --token-file}), a
   * service-account key (app auth), or an {@code authorized_user} file.
   */
  private static Credentials credentials(Args args, List<String> scopes) {
    String token = args.value("--token");
    String file = args.value("--credentials");
    if (token != null && file != null) {
      throw new UsageException("give --token or --credentials, not both");
    }
    if (token != null) {
      return Credentials.ofToken(token);
    }
    if (file == null) {
      throw new UsageException(
          "--endpoint needs --credentials FILE (client_secrets.json or a service-account key) or --token TOKEN");
    }
    Path path = Path.of(file);
    String kind = fileKind(path);
    try {
      switch (kind) {
        case "installed":
        case "web":
          String tokenFile = args.value("--token-file");
          return Credentials.installedApp(path, Path.of(tokenFile == null ? "token.json" : tokenFile), scopes);
        case "service_account":
          return Credentials.serviceAccount(path, scopes);
        case "authorized_user":
          return authorizedUser(path);
        default:
          throw new UsageException(
              file + " is neither an OAuth client (client_secrets.json) nor a service-account key");
      }
    } catch (CredentialsException e) {
      // A file of the right kind but the wrong shape: the command line named a bad file.
      throw new UsageException(e.getMessage());
    }
  }

  /** A refresh-token credential from gcloud's {@code authorized_user} file. */
  private static Credentials authorizedUser(Path path) {
    java.util.Map<String, String> fields = new java.util.HashMap<>();
    JsonReader reader = JsonReader.of(read(path));
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (reader.peek() == dev.tinychat.json.JsonToken.STRING) {
        fields.put(name, reader.nextString());
      } else {
        reader.skipValue();
      }
    }
    for (String field : List.of("client_id", "client_secret", "refresh_token")) {
      if (!fields.containsKey(field)) {
        throw new UsageException(path + ": an authorized_user file needs \"" + field + "\"");
      }
    }
    return Credentials.refreshToken(
        fields.get("client_id"), fields.get("client_secret"), fields.get("refresh_token"));
  }

  private static byte[] read(Path path) {
    if (!Files.exists(path)) {
      throw new UsageException("--credentials " + path + ": no such file"
          + (path.isAbsolute() ? "" : " (in " + Path.of("").toAbsolutePath() + ")"));
    }
    if (Files.isDirectory(path)) {
      throw new UsageException("--credentials " + path + " is a directory, not a credentials file");
    }
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UsageException("--credentials " + path + " cannot be read: " + e);
    }
  }

  /** The top-level {@code installed}/{@code web} member or the {@code type} of a credentials file. */
  private static String fileKind(Path path) {
    try {
      JsonReader reader = JsonReader.of(read(path));
      reader.beginObject();
      String kind = "";
      while (reader.hasNext()) {
        String name = reader.nextName();
        if (name.equals("installed") || name.equals("web")) {
          kind = name;
          reader.skipValue();
        } else if (name.equals("type") && reader.peek() == dev.tinychat.json.JsonToken.STRING) {
          kind = reader.nextString();
        } else {
          reader.skipValue();
        }
      }
      return kind;
    } catch (JsonException e) {
      throw new UsageException(path + " is not a JSON credentials file: " + e.getMessage());
    }
  }
}
