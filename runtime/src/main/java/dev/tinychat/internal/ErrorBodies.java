package dev.tinychat.internal;

import dev.tinychat.http.ApiException;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonToken;
import dev.tinychat.json.JsonWriter;
import java.nio.charset.StandardCharsets;

/**
 * Turns an error response into an {@link ApiException}: Google's {@code {"error": {...}}}
 * envelope with its optional {@code details} and legacy {@code errors}, or, for anything else, a
 * one-line excerpt of the body.
 */
public final class ErrorBodies {
  private static final int EXCERPT = 200;

  private String status;
  private String message;
  private String details;
  private String reason;
  private String legacyReason;
  private String legacyMessage;
  private boolean envelope;

  private ErrorBodies() {}

  /** The exception for an error answer; {@code secret} is replaced wherever the body echoes it. */
  public static ApiException parse(int httpStatus, byte[] body, String secret) {
    ErrorBodies e = new ErrorBodies();
    try {
      e.read(JsonReader.of(body));
    } catch (RuntimeException | StackOverflowError notJson) {
      e = new ErrorBodies();
    }
    if (!e.envelope) {
      e.message = excerpt(body);
    } else if (e.message == null) {
      e.message = e.legacyMessage;
    }
    return new ApiException(
        httpStatus,
        e.status,
        redact(e.message, secret),
        redact(e.details, secret),
        e.reason != null ? e.reason : e.legacyReason);
  }

  private void read(JsonReader json) {
    json.beginObject();
    while (json.hasNext()) {
      if (!json.nextName().equals("error")) {
        json.skipValue();
      } else if (json.peek() == JsonToken.STRING) {
        message = json.nextString();
        envelope = true;
      } else {
        readError(json);
        envelope = true;
      }
    }
    json.endObject();
    json.endDocument();
  }

  private void readError(JsonReader json) {
    json.beginObject();
    while (json.hasNext()) {
      switch (json.nextName()) {
        case "message":
          message = json.nextString();
          break;
        case "status":
          status = json.nextString();
          break;
        case "details":
          readDetails(json);
          break;
        case "errors":
          json.beginArray();
          for (int i = 0; json.hasNext(); i++) {
            String[] found = {null, null};
            copyObject(json, JsonWriter.create(), "reason", "message", found);
            if (i == 0) {
              legacyReason = found[0];
              legacyMessage = found[1];
            }
          }
          json.endArray();
          break;
        default:
          json.skipValue();
      }
    }
    json.endObject();
  }

  private void readDetails(JsonReader json) {
    JsonWriter out = JsonWriter.create();
    json.beginArray();
    out.beginArray();
    while (json.hasNext()) {
      if (json.peek() != JsonToken.BEGIN_OBJECT) {
        copy(json, out);
        continue;
      }
      String[] found = {null, null};
      copyObject(json, out, "@type", "reason", found);
      if (reason == null && found[0] != null && found[0].endsWith("google.rpc.ErrorInfo")) {
        reason = found[1];
      }
    }
    json.endArray();
    details = new String(out.endArray().toByteArray(), StandardCharsets.UTF_8);
  }

  /** Copies an object, keeping the string values of members {@code a} and {@code b}. */
  private static void copyObject(JsonReader json, JsonWriter out, String a, String b, String[] found) {
    json.beginObject();
    out.beginObject();
    while (json.hasNext()) {
      String name = json.nextName();
      out.name(name);
      int slot = name.equals(a) ? 0 : name.equals(b) ? 1 : -1;
      if (slot >= 0 && json.peek() == JsonToken.STRING) {
        found[slot] = json.nextString();
        out.value(found[slot]);
      } else {
        copy(json, out);
      }
    }
    json.endObject();
    out.endObject();
  }

  /** Copies one value; nesting is bounded by the reader's depth limit. */
  private static void copy(JsonReader json, JsonWriter out) {
    JsonToken token = json.peek();
    if (token == JsonToken.BEGIN_OBJECT) {
      copyObject(json, out, "", "", new String[2]);
    } else if (token == JsonToken.BEGIN_ARRAY) {
      json.beginArray();
      out.beginArray();
      while (json.hasNext()) {
        copy(json, out);
      }
      json.endArray();
      out.endArray();
    } else if (token == JsonToken.STRING) {
      out.value(json.nextString());
    } else if (token == JsonToken.NUMBER) {
      double number = json.nextDouble();
      if (number == Math.rint(number) && Math.abs(number) < 1e15) {
        out.value((long) number);
      } else {
        out.value(number);
      }
    } else if (token == JsonToken.BOOLEAN) {
      out.value(json.nextBoolean());
    } else {
      json.nextNull();
      out.nullValue();
    }
  }

  /** The start of the body on one line: whitespace and control characters collapsed. */
  static String excerpt(byte[] body) {
    String text = new String(body, 0, Math.min(body.length, 4 * EXCERPT), StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() <= EXCERPT; i++) {
      char c = text.charAt(i);
      boolean blank = Character.isWhitespace(c) || Character.isISOControl(c);
      if (!blank) {
        out.append(c);
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
    }
    boolean cut = out.length() > EXCERPT || body.length > 4 * EXCERPT;
    String line = out.length() > EXCERPT ? out.substring(0, EXCERPT) : out.toString();
    return cut ? line.strip() + "..." : line.strip();
  }

  private static String redact(String text, String secret) {
    return text == null || secret == null || secret.isEmpty()
        ? text
        : text.replace(secret, "<redacted>");
  }
}
