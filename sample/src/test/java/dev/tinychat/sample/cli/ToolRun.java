package dev.tinychat.sample.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of the tool ({@link Main#run}): its exit code and what it printed. */
record ToolRun(int exit, String out, String err) {
  static ToolRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exit = Main.run(args, o, e);
    }
    return new ToolRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The JSON printed, without a space's URL line. */
  JsonObject json() {
    int url = out.indexOf("Space URL: ");
    return JsonParser.parseString(url < 0 ? out : out.substring(0, url)).getAsJsonObject();
  }
}
