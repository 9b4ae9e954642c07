package dev.tinychat.processor;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;

/**
 * A method's path template such as {@code /v1/{name=spaces/*}/members} or
 * {@code /v1/spaces:setup}: the path the runtime expands ({@code /v1/{name}/members}) and its
 * variables, each with the pattern its value must match ({@code null} when any one segment will
 * do).
 */
record PathTemplate(String source, String expanded, List<Variable> variables) {

  /**
   * One variable: {@code {name=spaces/*}} or {@code {parent}}, bound to a {@code @Path}
   * parameter; or {@code {space.name=spaces/*}}, bound to a field of the body.
   */
  record Variable(String name, NamePattern pattern) {}

  List<String> variableNames() {
    return variables.stream().map(Variable::name).toList();
  }

  static PathTemplate parse(String source) throws NamePattern.SyntaxException {
    if (!source.startsWith("/")) {
      throw new NamePattern.SyntaxException("it must start with /");
    }
    if (source.contains("?") || source.contains("#")) {
      throw new NamePattern.SyntaxException("it may not hold a query or fragment; use @Query");
    }
    StringBuilder expanded = new StringBuilder();
    List<Variable> variables = new ArrayList<>();
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '}') {
        throw new NamePattern.SyntaxException("} at " + (i + 1) + " closes nothing");
      }
      if (c != '{') {
        expanded.append(c);
        i++;
        continue;
      }
      int end = source.indexOf('}', i);
      if (end < 0) {
        throw new NamePattern.SyntaxException("{ at " + (i + 1) + " is not closed");
      }
      String body = source.substring(i + 1, end);
      if (body.contains("{")) {
        throw new NamePattern.SyntaxException("variables cannot nest");
      }
      int equals = body.indexOf('=');
      String name = equals < 0 ? body : body.substring(0, equals);
      if (!java.util.Arrays.stream(name.split("\\.", -1)).allMatch(PathTemplate::isIdentifier)) {
        throw new NamePattern.SyntaxException("\"" + name + "\" is not a variable name");
      }
      for (Variable v : variables) {
        if (v.name().equals(name)) {
          throw new NamePattern.SyntaxException("{" + name + "} appears twice");
        }
      }
      NamePattern pattern = null;
      if (equals >= 0) {
        String patternText = body.substring(equals + 1);
        try {
          pattern = NamePattern.parse(patternText);
        } catch (NamePattern.SyntaxException e) {
          throw new NamePattern.SyntaxException(
              "the pattern of {" + name + "} is malformed: " + e.getMessage());
        }
      }
      variables.add(new Variable(name, pattern));
      expanded.append('{').append(name).append('}');
      i = end + 1;
    }
    if (source.contains("//")) {
      throw new NamePattern.SyntaxException("it has an empty segment");
    }
    return new PathTemplate(source, expanded.toString(), List.copyOf(variables));
  }

  static boolean isIdentifier(String name) {
    return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name);
  }
}
