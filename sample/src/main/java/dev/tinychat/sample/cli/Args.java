package dev.tinychat.sample.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line arguments: a command, {@code --flag value} or {@code --flag=value} options (some
 * repeatable), boolean switches, and positional operands. Unknown flags are usage errors.
 */
final class Args {
  private final String command;
  private final Map<String, List<String>> options;
  private final List<String> operands;

  private Args(String command, Map<String, List<String>> options, List<String> operands) {
    this.command = command;
    this.options = options;
    this.operands = operands;
  }

  /**
   * Parses {@code args}; {@code valued} are the flags that take a value, {@code switches} those
   * that do not. Throws {@link UsageException} naming the offending argument.
   */
  static Args parse(String[] args, Set<String> valued, Set<String> switches) {
    String command = null;
    Map<String, List<String>> options = new LinkedHashMap<>();
    List<String> operands = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("--")) {
        int eq = arg.indexOf('=');
        String flag = eq < 0 ? arg : arg.substring(0, eq);
        if (switches.contains(flag)) {
          if (eq >= 0) {
            throw new UsageException(flag + " takes no value");
          }
          options.computeIfAbsent(flag, k -> new ArrayList<>()).add("true");
        } else if (valued.contains(flag)) {
          String value;
          if (eq >= 0) {
            value = arg.substring(eq + 1);
          } else if (i + 1 < args.length) {
            value = args[++i];
          } else {
            throw new UsageException(flag + " needs a value");
          }
          options.computeIfAbsent(flag, k -> new ArrayList<>()).add(value);
        } else {
          throw new UsageException("unknown option " + flag);
        }
      } else if (command == null) {
        command = arg;
      } else {
        operands.add(arg);
      }
    }
    return new Args(command, options, operands);
  }

  String command() {
    return command;
  }

  List<String> operands() {
    return operands;
  }

  /** The same options with other operands (a command's own, after the words that name it). */
  Args withOperands(List<String> operands) {
    return new Args(command, options, List.copyOf(operands));
  }

  boolean has(String flag) {
    return options.containsKey(flag);
  }

  /** The flag's value, or {@code null}; a flag given twice that may be given once is an error. */
  String value(String flag) {
    List<String> values = options.get(flag);
    if (values == null) {
      return null;
    }
    if (values.size() > 1) {
      throw new UsageException(flag + " given " + values.size() + " times; give it once");
    }
    return values.get(0);
  }

  /** Every value of a repeatable flag, in order. */
  List<String> values(String flag) {
    return options.getOrDefault(flag, List.of());
  }
}
