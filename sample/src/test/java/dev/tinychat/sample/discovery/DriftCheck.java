package dev.tinychat.sample.discovery;

import dev.tinychat.json.JsonToken;
import dev.tinychat.json.JsonValue;
import dev.tinychat.sample.discovery.Definitions.Api;
import dev.tinychat.sample.discovery.Definitions.Field;
import dev.tinychat.sample.discovery.Definitions.Method;
import dev.tinychat.sample.discovery.Definitions.Param;
import dev.tinychat.sample.discovery.Definitions.Res;
import dev.tinychat.sample.discovery.Definitions.Type;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks definitions against Google's discovery document: each method's HTTP method, path, path
 * patterns, parameters (location, name, type), body, answer and scopes; each resource's fields
 * (JSON name and type, enum values, output only or not). What differs is a problem naming the definition, the
 * discovery method or schema, and both sides. A field the document lacks but Google's Java model
 * ({@code google-api-services-chat}) has is kept, and noted: the document was transcribed, the
 * Java model is generated.
 */
final class DriftCheck {
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}=]+)(?:=([^}]*))?}");
  private static final String JAVA_MODEL = "com.google.api.services.chat.v1.model.";

  private final Map<String, JsonValue> methods = new LinkedHashMap<>();
  private final Map<String, JsonValue> schemas;
  final List<String> problems = new ArrayList<>();
  final List<String> notes = new ArrayList<>();
  /** The discovery methods checked, by id. */
  final Set<String> methodsChecked = new LinkedHashSet<>();
  final Set<String> schemasChecked = new LinkedHashSet<>();

  DriftCheck(JsonValue document) {
    collect(document.get("resources"));
    this.schemas = document.get("schemas").asMap();
  }

  /** The discovery document at {@code path}, or a failure saying where it was looked for. */
  static JsonValue read(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException("Google's discovery document is not at " + path
          + ": the checkout of the shared folder (shared/reference/chat.v1.discovery.json) must"
          + " sit beside the repository's root");
    }
    try {
      return JsonValue.parse(Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void collect(JsonValue resources) {
    if (resources == null) {
      return;
    }
    for (JsonValue resource : resources.asMap().values()) {
      JsonValue ms = resource.get("methods");
      if (ms != null) {
        for (JsonValue m : ms.asMap().values()) {
          methods.put(m.get("id").asString(), m);
        }
      }
      collect(resource.get("resources"));
    }
  }

  /** Checks every definition. */
  DriftCheck check(Definitions definitions) {
    for (Api api : definitions.apis()) {
      Set<String> all = new LinkedHashSet<>();
      for (Method m : api.methods()) {
        String id = method(m, definitions);
        all.addAll(id == null ? List.of() : strings(methods.get(id).get("scopes")));
      }
      for (String scope : api.scopes()) {
        if (!all.contains(scope)) {
          problems.add(api.name() + ": the Javadoc names scope " + scope + ", which none of its"
              + " methods takes");
        }
      }
    }
    for (Res r : definitions.resources()) {
      resource(r);
    }
    return this;
  }

  /** Checks one method; its discovery method's id, or null when it has none. */
  private String method(Method m, Definitions definitions) {
    String where = m.where();
    Map<String, String> variables = new LinkedHashMap<>();
    Matcher v = VARIABLE.matcher(m.path());
    StringBuilder canonical = new StringBuilder();
    while (v.find()) {
      String name = v.group(1);
      variables.put(name, v.group(2) == null ? null : regex(v.group(2)));
      v.appendReplacement(canonical,
          Matcher.quoteReplacement("{+" + name.substring(name.lastIndexOf('.') + 1) + "}"));
    }
    v.appendTail(canonical);
    String path = canonical.toString().replaceFirst("^/", "");
    List<String> samePath = new ArrayList<>();
    String id = null;
    String nearest = null;
    int nearestDistance = Integer.MAX_VALUE;
    String ours = patterns(variables.values());
    for (Map.Entry<String, JsonValue> e : methods.entrySet()) {
      JsonValue dm = e.getValue();
      if (!dm.get("path").asString().equals(path)) {
        continue;
      }
      if (!dm.get("httpMethod").asString().equals(m.http())) {
        samePath.add(dm.get("httpMethod").asString() + " " + e.getKey());
        continue;
      }
      List<String> theirs = new ArrayList<>();
      for (String var : variables.keySet()) {
        JsonValue p = parameter(dm, last(var));
        theirs.add(p == null || p.get("pattern") == null ? null : p.get("pattern").asString());
      }
      String their = patterns(theirs);
      int d = distance(ours, their);
      if (d == 0) {
        id = e.getKey();
      } else if (d < nearestDistance) {
        nearest = e.getKey() + " has " + their;
        nearestDistance = d;
      }
    }
    if (id == null && nearest != null) {
      problems.add(where + ": no " + m.http() + " " + path + " of the discovery document has the"
          + " path pattern " + ours + "; the nearest, " + nearest);
      return null;
    } else if (id == null) {
      problems.add(where + ": the discovery document has no " + m.http() + " " + path
          + (samePath.isEmpty() ? "" : "; that path has " + samePath));
      return null;
    }
    String found = id;
    methodsChecked.add(id);
    JsonValue dm = methods.get(id);
    where = where + " = " + id;
    List<String> scopes = strings(dm.get("scopes"));
    for (String scope : m.scopes()) {
      if (!scopes.contains(scope)) {
        problems.add(where + ": scope " + scope + " is not one of its scopes " + scopes);
      }
    }
    Param body = null;
    List<Param> bodyFields = new ArrayList<>();
    for (Param p : m.params()) {
      if (p.role().equals("body")) {
        body = p;
      } else if (p.role().equals("bodyField")) {
        bodyFields.add(p);
      } else if (p.role().equals("path") && !variables.containsKey(p.wire())) {
        problems.add(where + ": @Path " + p.name() + " is no variable of the path");
      } else if (p.role().equals("path")) {
        String mismatch = mismatch(p.type(), parameter(dm, last(p.wire())));
        if (mismatch != null) {
          problems.add(where + ": path parameter " + p.wire() + " " + mismatch);
        }
      } else if (p.role().equals("query")) {
        queryParameter(where, p, dm);
      } else {
        problems.add(where + ": parameter " + p.name() + " has no @Path, @Query, @Body or"
            + " @BodyField");
      }
    }
    for (String var : variables.keySet()) {
      if (var.contains(".")) {
        boundToBody(where, var, body, definitions);
      }
    }
    body(where, dm, body, bodyFields);
    response(where, dm, m.response());
    return found;
  }

  private void queryParameter(String where, Param p, JsonValue dm) {
    JsonValue dp = parameter(dm, p.wire());
    if (dp == null || !dp.get("location").asString().equals("query")) {
      List<String> names = new ArrayList<>();
      JsonValue parameters = dm.get("parameters");
      if (parameters != null) {
        parameters.asMap().forEach((name, q) -> {
          if (q.get("location").asString().equals("query")) {
            names.add(name);
          }
        });
      }
      problems.add(where + ": query parameter " + p.wire() + " is not one of its query parameters "
          + names + nearest(p.wire(), names));
      return;
    }
    boolean repeated = dp.get("repeated") != null && dp.get("repeated").asBoolean();
    Type type = p.type();
    String mismatch;
    if (type.kind() == Type.Kind.LIST) {
      mismatch = repeated ? mismatch(type.item(), dp)
          : "is " + type + ", the discovery document's is not repeated";
    } else {
      mismatch = repeated ? "is " + type + ", the discovery document's is repeated"
          : mismatch(type, dp);
    }
    if (mismatch != null) {
      problems.add(where + ": query parameter " + p.wire() + " " + mismatch);
    }
  }

  /** A path variable such as {@code space.name} takes a field of the body. */
  private void boundToBody(String where, String var, Param body, Definitions definitions) {
    String head = var.substring(0, var.indexOf('.'));
    if (body == null || !body.name().equals(head)) {
      problems.add(where + ": path variable {" + var + "} names no @Body parameter " + head);
      return;
    }
    Type type = body.type();
    for (String segment : var.substring(var.indexOf('.') + 1).split("\\.")) {
      Type current = type;
      Field field = definitions.resources().stream()
          .filter(r -> current.kind() == Type.Kind.RESOURCE && r.name().equals(current.name()))
          .flatMap(r -> r.fields().stream()).filter(f -> f.json().equals(segment))
          .findFirst().orElse(null);
      if (field == null) {
        problems.add(where + ": path variable {" + var + "}: " + current + " has no field "
            + segment);
        return;
      }
      type = field.type();
    }
    if (type.kind() != Type.Kind.STRING) {
      problems.add(where + ": path variable {" + var + "} is a " + type + ", not a String");
    }
  }

  private void body(String where, JsonValue dm, Param body, List<Param> bodyFields) {
    String ref = ref(dm.get("request"));
    if (ref == null) {
      if (body != null || !bodyFields.isEmpty()) {
        problems.add(where + ": sends a body; the discovery document's method takes none");
      }
      return;
    }
    if (body != null) {
      if (body.type().kind() != Type.Kind.RESOURCE || !body.type().name().equals(ref)) {
        problems.add(where + ": the body is " + body.type() + ", the discovery document's is "
            + ref);
      }
      return;
    }
    JsonValue schema = schemas.get(ref);
    JsonValue properties = schema == null ? null : schema.get("properties");
    if (bodyFields.isEmpty()) {
      if (properties != null && !properties.asMap().isEmpty()) {
        problems.add(where + ": sends no body; the discovery document's method takes a " + ref);
      }
      return;
    }
    for (Param p : bodyFields) {
      JsonValue property = properties == null ? null : properties.get(p.wire());
      String mismatch = property == null ? "is not a field of " + ref + nearest(p.wire(),
          properties == null ? List.of() : properties.asMap().keySet())
          : mismatch(p.type(), property);
      if (mismatch != null) {
        problems.add(where + ": body field " + p.wire() + " " + mismatch);
      }
    }
  }

  private void response(String where, JsonValue dm, Type response) {
    String ref = ref(dm.get("response"));
    boolean empty = ref == null || ref.equals("Empty");
    if (response.kind() == Type.Kind.VOID ? !empty
        : response.kind() != Type.Kind.RESOURCE || !response.name().equals(ref)) {
      problems.add(where + ": answers " + response + ", the discovery document's method answers "
          + (ref == null ? "nothing" : ref));
    }
  }

  private void resource(Res r) {
    JsonValue schema = schemas.get(r.name());
    if (schema == null) {
      problems.add(r.name() + ": the discovery document has no schema " + r.name()
          + nearest(r.name(), schemas.keySet()));
      return;
    }
    schemasChecked.add(r.name());
    JsonValue properties = schema.get("properties");
    Set<String> names = properties == null ? Set.of() : properties.asMap().keySet();
    for (Field f : r.fields()) {
      String where = r.name() + "." + f.accessor() + "()";
      JsonValue property = properties == null ? null : properties.get(f.json());
      if (property == null) {
        if (inJavaModel(r.name(), f.json())) {
          notes.add(where + ": " + f.json() + " is missing from the discovery document's "
              + r.name() + " but is in Google's Java model; kept");
        } else {
          problems.add(where + ": " + f.json() + " is not a field of schema " + r.name()
              + nearest(f.json(), names));
        }
        continue;
      }
      String mismatch = mismatch(f.type(), property);
      if (mismatch != null) {
        problems.add(where + " (" + f.json() + ") " + mismatch);
      }
      JsonValue readOnly = property.get("readOnly");
      if (f.outputOnly() != (readOnly != null && readOnly.asBoolean())) {
        problems.add(where + " (" + f.json() + ") is " + (f.outputOnly()
            ? "@OutputOnly, the discovery document's is not output only"
            : "sent, the discovery document's is output only: mark it @OutputOnly"));
      }
    }
  }

  private static boolean inJavaModel(String schema, String field) {
    try {
      Class.forName(JAVA_MODEL + schema).getDeclaredField(field);
      return true;
    } catch (ClassNotFoundException | NoSuchFieldException e) {
      return false;
    }
  }

  /** Why {@code type} does not carry the discovery document's {@code schema}, or null. */
  private String mismatch(Type type, JsonValue schema) {
    if (schema == null) {
      return "is not in the discovery document";
    }
    String t = text(schema, "type");
    String format = text(schema, "format");
    String ref = ref(schema);
    boolean stringish = "string".equals(t) && schema.get("enum") == null;
    boolean ok;
    switch (type.kind()) {
      case STRING:
        ok = stringish && !"int64".equals(format) && !"uint64".equals(format)
            && !"google-datetime".equals(format);
        break;
      case BOOLEAN:
        ok = "boolean".equals(t);
        break;
      case INTEGER:
        ok = "integer".equals(t);
        break;
      case LONG:
        ok = stringish && ("int64".equals(format) || "uint64".equals(format));
        break;
      case DOUBLE:
        ok = "number".equals(t);
        break;
      case INSTANT:
        ok = stringish && "google-datetime".equals(format);
        break;
      case ENUM:
        if (!"string".equals(t) || schema.get("enum") == null) {
          ok = false;
          break;
        }
        return enumMismatch(type, strings(schema.get("enum")));
      case RESOURCE:
        ok = type.name().equals(ref);
        break;
      case LIST:
        if (!"array".equals(t)) {
          ok = false;
          break;
        }
        String item = mismatch(type.item(), schema.get("items"));
        return item == null ? null : "is " + type + ": its element " + item;
      case MAP:
        JsonValue values = schema.get("additionalProperties");
        ok = "object".equals(t) && values != null && mismatch(type.item(), values) == null;
        break;
      case JSON:
        // free-form JSON: Google's "any" and Struct, or a schema the definitions leave unmodelled
        // (a card is hundreds of schemas), which must then be an object, never a scalar
        ok = "any".equals(t) || "object".equals(t) && schema.get("additionalProperties") != null
            && "any".equals(text(schema.get("additionalProperties"), "type"))
            || ref != null && "object".equals(text(schemas.get(ref), "type"));
        break;
      default:
        ok = false;
    }
    return ok ? null : "is " + type + ", the discovery document's is " + describe(schema);
  }

  private static String enumMismatch(Type type, List<String> theirs) {
    List<String> extra = new ArrayList<>(type.values());
    extra.removeAll(theirs);
    List<String> missing = new ArrayList<>(theirs);
    missing.removeAll(type.values());
    if (extra.isEmpty() && missing.isEmpty()) {
      return null;
    }
    return "is enum " + type + (extra.isEmpty() ? "" : " with " + extra + ", not in the discovery"
        + " document") + (extra.isEmpty() || missing.isEmpty() ? "" : ";")
        + (missing.isEmpty() ? "" : " without " + missing + " of the discovery document");
  }

  private static String describe(JsonValue schema) {
    String ref = ref(schema);
    if (ref != null) {
      return ref;
    }
    String t = text(schema, "type");
    if ("array".equals(t)) {
      return "array of " + describe(schema.get("items"));
    }
    if ("object".equals(t) && schema.get("additionalProperties") != null) {
      return "map of " + describe(schema.get("additionalProperties"));
    }
    String format = text(schema, "format");
    return t + (format == null ? "" : " (" + format + ")")
        + (schema.get("enum") == null ? "" : " enum");
  }

  private static JsonValue parameter(JsonValue method, String name) {
    JsonValue parameters = method.get("parameters");
    return parameters == null ? null : parameters.get(name);
  }

  private static String ref(JsonValue schema) {
    return schema == null ? null : text(schema, "$ref");
  }

  private static String text(JsonValue object, String name) {
    JsonValue v = object.get(name);
    return v == null || v.kind() != JsonToken.STRING ? null : v.asString();
  }

  private static List<String> strings(JsonValue array) {
    return array == null ? List.of()
        : array.asList().stream().map(JsonValue::asString).collect(Collectors.toList());
  }

  /** Patterns for a message; a variable without one is "(none)". */
  private static String patterns(java.util.Collection<String> patterns) {
    return patterns.stream().map(p -> p == null ? "(none)" : p).collect(Collectors.joining(" "));
  }

  private static String last(String variable) {
    return variable.substring(variable.lastIndexOf('.') + 1);
  }

  /** The regular expression Google's discovery document writes for a path template's pattern. */
  static String regex(String glob) {
    StringBuilder out = new StringBuilder("^");
    String[] segments = glob.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      out.append(i == 0 ? "" : "/").append(segments[i].equals("**") ? ".*"
          : segments[i].equals("*") ? "[^/]+" : segments[i]);
    }
    return out.append('$').toString();
  }

  /** "; did you mean x?" for the nearest of {@code names}, if one is near. */
  private static String nearest(String name, Iterable<String> names) {
    String best = null;
    int bestDistance = Math.max(2, name.length() / 3) + 1;
    for (String candidate : names) {
      int d = distance(name.toLowerCase(), candidate.toLowerCase());
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best == null ? "" : "; did you mean " + best + "?";
  }

  private static int distance(String a, String b) {
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      row[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int above = row[j];
        row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1),
            diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length()];
  }
}
