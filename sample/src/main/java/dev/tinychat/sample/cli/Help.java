package dev.tinychat.sample.cli;

import java.util.ArrayList;
import java.util.List;

/** The text of {@code --help}. */
final class Help {
  /** The commands, in the order of the help: the first word, or the first two, of a command line. */
  private static final List<String> COMMANDS = commandNames();

  static final String TEXT =
      String.join(
          "\n",
          "tinychat sample: create, set up and read Google Chat spaces, their members, messages and",
          "reactions.",
          "",
          "Usage: java -jar tinychat-sample.jar COMMAND [OPTIONS]",
          "",
          "Without --endpoint, the tool starts its embedded Chat API emulator and runs against it.",
          "",
          "Commands:",
          "  create     spaces.create: a named space (default), as an app (--customer),",
          "             or in import mode (--import, with --group-chat for a group chat)",
          "  setup      spaces.setup: a named space (default), --group-chat, --dm, or --dm-app",
          methodEntries()
              + "  serve      the emulator as a server on 127.0.0.1 until stopped (Ctrl+C), for",
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
          methodSections()
              + "serve only:",
          "  --port N               the port (default 8085; 0: any free port)",
          "  --state FILE           keep spaces, members, messages and reactions in FILE",
          "                         across restarts (written after every change)",
          "",
          "Connection (every command but serve):",
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
   * it; {@code null} if there is no such command. A command of {@link Methods#TABLE} gets its
   * entry and sections from its row.
   */
  static String of(String command) {
    List<String> entry = new ArrayList<>();
    List<String> sections = new ArrayList<>();
    for (String block : TEXT.split("\n\n")) {
      String[] lines = block.split("\n");
      if (lines[0].equals("Commands:")) {
        for (int i = 1; i < lines.length; i++) {
          if (!lines[i].startsWith("   ") && command.equals(commandOf(lines[i]))) {
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

  /** The commands, comma-separated. */
  static String commands() {
    return String.join(", ", COMMANDS);
  }

  /**
   * The command the words of a command line name, for its help: the first two words when they
   * are a command ({@code members list}), else the first; {@code null} without words.
   */
  static String topic(List<String> words) {
    if (words.isEmpty()) {
      return null;
    }
    if (words.size() > 1 && COMMANDS.contains(words.get(0) + " " + words.get(1))) {
      return words.get(0) + " " + words.get(1);
    }
    return words.get(0);
  }

  private static List<String> commandNames() {
    List<String> names = new ArrayList<>(List.of("create", "setup"));
    for (Methods.Method method : Methods.TABLE) {
      if (method.alias() != null) {
        names.add(method.alias());
      }
      names.add(method.command());
    }
    names.add("serve");
    return List.copyOf(names);
  }

  /** The command an entry line of "Commands:" is about: the longest command it starts with. */
  private static String commandOf(String line) {
    String found = null;
    for (String command : COMMANDS) {
      if ((line.equals("  " + command) || line.startsWith("  " + command + " "))
          && (found == null || command.length() > found.length())) {
        found = command;
      }
    }
    return found;
  }

  /**
   * Whether a section heading names the command: "Space options (create and setup):" names
   * create and setup, "create only:" create, "members list, members:" both; the connection
   * section every command but serve.
   */
  private static boolean names(String heading, String command) {
    String text = heading.substring(0, heading.length() - 1);
    if (text.startsWith("Connection ")) {
      return !command.equals("serve");
    }
    int paren = text.indexOf('(');
    String listed = paren < 0 ? text : text.substring(paren + 1, text.length() - 1);
    for (String part : listed.split(", | and ")) {
      if (part.strip().replaceFirst(" only$", "").equals(command)) {
        return true;
      }
    }
    return false;
  }

  /** The entries of the commands of {@link Methods#TABLE} (and their aliases), one line or two each. */
  private static String methodEntries() {
    StringBuilder out = new StringBuilder();
    for (Methods.Method method : Methods.TABLE) {
      String operand = method.operand() == null ? "" : " " + method.operand();
      if (method.alias() != null) {
        entry(out, method.alias() + operand, method.summary() + " (as " + method.command() + ")");
      }
      entry(out, method.command() + operand, method.summary());
    }
    return out.toString();
  }

  private static void entry(StringBuilder out, String usage, String summary) {
    out.append("  ").append(usage);
    out.append(usage.length() <= 10 ? " ".repeat(11 - usage.length()) : "\n" + " ".repeat(13));
    out.append(summary).append('\n');
  }

  /**
   * The options of the commands of {@link Methods#TABLE}: the paging options of every list, then
   * a section for each command with options of its own.
   */
  private static String methodSections() {
    List<String> lists = new ArrayList<>();
    StringBuilder own = new StringBuilder();
    for (Methods.Method method : Methods.TABLE) {
      if (method.takes(Methods.PAGE_SIZE.name())) {
        lists.add(method.command());
        if (method.alias() != null) {
          lists.add(method.alias());
        }
      }
      List<Methods.Flag> flags = method.flags().stream()
          .filter(f -> f != Methods.PAGE_SIZE && f != Methods.PAGE_TOKEN && f != Methods.ONE_PAGE)
          .toList();
      if (!flags.isEmpty()) {
        own.append(method.command()).append(method.alias() == null ? "" : ", " + method.alias())
            .append(":\n");
        flags.forEach(flag -> option(own, flag));
        own.append('\n');
      }
    }
    StringBuilder out = new StringBuilder("Paging (" + String.join(", ", lists) + "):\n");
    out.append("  Every page is fetched and all items printed, unless --page-token or --one-page.\n");
    for (Methods.Flag flag : List.of(Methods.PAGE_SIZE, Methods.PAGE_TOKEN, Methods.ONE_PAGE)) {
      option(out, flag);
    }
    return out.append('\n').append(own).toString();
  }

  private static void option(StringBuilder out, Methods.Flag flag) {
    String usage = flag.name() + (flag.value() == null ? "" : " " + flag.value());
    String[] help = flag.help().split("\n");
    out.append("  ").append(usage)
        .append(usage.length() < 22 ? " ".repeat(23 - usage.length()) : "\n" + " ".repeat(25))
        .append(help[0]).append('\n');
    for (int i = 1; i < help.length; i++) {
      out.append(" ".repeat(25)).append(help[i]).append('\n');
    }
  }
}
