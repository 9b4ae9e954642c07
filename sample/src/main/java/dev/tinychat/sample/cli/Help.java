package dev.tinychat.sample.cli;

import java.util.ArrayList;
import java.util.List;

/** The text of {@code --help}. */
final class Help {
  static final String TEXT =
      String.join(
          "\n",
          "tinychat sample: create, set up and read Google Chat spaces; list their members.",
          "",
          "Usage: java -jar tinychat-sample.jar COMMAND [OPTIONS]",
          "",
          "Without --endpoint, the tool starts its embedded Chat API emulator and runs against it.",
          "",
          "Commands:",
          "  create     spaces.create: a named space (default), as an app (--customer),",
          "             or in import mode (--import, with --group-chat for a group chat)",
          "  setup      spaces.setup: a named space (default), --group-chat, --dm, or --dm-app",
          "  get NAME   spaces.get: a space by its name, e.g. spaces/AAAA",
          "  members NAME",
          "             spaces.members.list: one page of the memberships of a space",
          "  serve      the emulator as a server on 127.0.0.1 until stopped (Ctrl+C), for",
          "             other runs of the tool (--endpoint http://127.0.0.1:PORT --token",
          "             emulator-user-token), curl or Google's client",
          "",
          "Space options (create and setup):",
          "  --display-name NAME    the space's name (named spaces; at most 128 characters)",
          "  --description TEXT     what the space is for (at most 150 characters)",
          "  --guidelines TEXT      rules of the space (at most 5000 characters)",
          "  --external-users       allow people outside the organization",
          "  --history on|off       keep history",
          "  --request-id ID        idempotency key; by default a random one is sent",
          "",
          "create only:",
          "  --audience audiences/ID                 who can discover the space",
          "  --permissions collaboration|announcement",
          "  --customer customers/ID                 app authentication: the customer of the space",
          "  --manage-apps managers,assistant-managers,members   who may remove apps (app auth)",
          "  --import                                import mode (needs the chat.import scope)",
          "  --group-chat                            with --import: a group chat",
          "  --create-time 2020-01-02T03:04:05Z      import mode: the original creation time",
          "",
          "setup only:",
          "  --member users/ID      a person to add (repeat for more)",
          "  --group groups/ID      a Google group to add, named spaces only (repeat for more)",
          "  --group-chat           a group chat: two to 49 --member",
          "  --dm                   a direct message with exactly one --member",
          "  --dm-app               a direct message with the calling Chat app",
          "",
          "members only:",
          "  --page-size N          at most N memberships (server default 100, at most 1000)",
          "  --page-token TOKEN     the nextPageToken of the previous page, with the same options",
          "  --filter FILTER        e.g. 'member.type = \"HUMAN\" AND role = \"ROLE_MANAGER\"'",
          "                         (role: ROLE_MANAGER, ROLE_MEMBER; member.type: HUMAN, BOT)",
          "  --show-groups          also list Google groups",
          "  --show-invited         also list invited people (user authentication)",
          "",
          "serve only:",
          "  --port N               the port (default 8085; 0: any free port)",
          "  --state FILE           keep spaces, members, messages and reactions in FILE",
          "                         across restarts (written after every change)",
          "",
          "Connection (create, setup, get, members):",
          "  --endpoint URL         e.g. https://chat.googleapis.com (default: embedded emulator)",
          "  --credentials FILE     client_secrets.json (user consent in a browser), a",
          "                         service-account key (app auth) or an authorized_user file",
          "  --token-file FILE      where user tokens are kept (default: token.json)",
          "  --token TOKEN          a ready access token",
          "  --as-app               app authentication (with the emulator: its default app)",
          "  --verbose              show each retry and its reason on standard error",
          "",
          "Exit codes: 0 done, 1 the API or the network failed, 2 wrong command line (nothing sent).",
          "");

  private Help() {}

  /**
   * The help of one command: its entry under "Commands:" and every section whose heading names
   * it; {@code null} if there is no such command. A new command gets its help by being listed in
   * {@link #TEXT}.
   */
  static String of(String command) {
    List<String> entry = new ArrayList<>();
    List<String> sections = new ArrayList<>();
    String[] blocks = TEXT.split("\n\n");
    for (String block : blocks) {
      String[] lines = block.split("\n");
      if (lines[0].equals("Commands:")) {
        for (int i = 1; i < lines.length; i++) {
          if (lines[i].startsWith("  " + command + " ") || lines[i].equals("  " + command)) {
            entry.add(lines[i]);
            // continuation lines are indented deeper than the next entry
            for (int j = i + 1; j < lines.length && lines[j].startsWith("   "); j++) {
              entry.add(lines[j]);
            }
          }
        }
      } else if (lines[0].endsWith(":") && names(lines[0], command)) {
        sections.add(block);
      }
    }
    if (entry.isEmpty()) {
      return null;
    }
    return "Usage: java -jar tinychat-sample.jar " + command + " [OPTIONS]\n\n"
        + String.join("\n", entry) + "\n\n"
        + (sections.isEmpty() ? "" : String.join("\n\n", sections) + "\n\n")
        + "Exit codes: 0 done, 1 the API or the network failed, 2 wrong command line (nothing sent).\n";
  }

  /** The commands listed in {@link #TEXT}, comma-separated. */
  static String commands() {
    List<String> names = new ArrayList<>();
    for (String block : TEXT.split("\n\n")) {
      if (block.startsWith("Commands:\n")) {
        for (String line : block.split("\n")) {
          if (line.startsWith("  ") && !line.startsWith("   ")) {
            names.add(line.strip().split(" ")[0]);
          }
        }
      }
    }
    return String.join(", ", names);
  }

  /** Whether a section heading, e.g. "Space options (create and setup):", names the command. */
  private static boolean names(String heading, String command) {
    for (String word : heading.split("[^A-Za-z-]+")) {
      if (word.equals(command)) {
        return true;
      }
    }
    return false;
  }
}
