package dev.tinychat.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The scalar field types a resource may declare, with their Java types and how a literal parses. */
enum ScalarKind {
  STRING(ClassName.get(String.class)),
  BOOLEAN(ClassName.get(Boolean.class)),
  INTEGER(ClassName.get(Integer.class)),
  LONG(ClassName.get(Long.class)),
  DOUBLE(ClassName.get(Double.class)),
  INSTANT(ClassName.get(Instant.class)),
  /** Free-form JSON (protobuf {@code Struct}, {@code Value}, {@code ListValue}), kept as read. */
  JSON(ClassName.get("dev.tinychat.json", "JsonValue"));

  private final ClassName typeName;

  ScalarKind(ClassName typeName) {
    this.typeName = typeName;
  }

  ClassName typeName() {
    return typeName;
  }

  /** The kind whose boxed type has this qualified name, or {@code null}. */
  static ScalarKind forQualifiedName(String name) {
    for (ScalarKind kind : values()) {
      if (kind.typeName.canonicalName().equals(name)) {
        return kind;
      }
    }
    return null;
  }

  /** Whether the text written in a definition is a value of this kind. */
  boolean accepts(String text) {
    return literal(text) != null;
  }

  /**
   * A Java expression for the constant written as text in a definition, or {@code null} when the
   * text is not a value of this kind.
   */
  CodeBlock literal(String text) {
    try {
      switch (this) {
        case STRING:
          return CodeBlock.of("$S", text);
        case BOOLEAN:
          if (text.equals("true") || text.equals("false")) {
            return CodeBlock.of("$T.$L", Boolean.class, text.toUpperCase(java.util.Locale.ROOT));
          }
          return null;
        case INTEGER:
          return CodeBlock.of("$T.valueOf($L)", Integer.class, Integer.parseInt(text));
        case LONG:
          return CodeBlock.of("$T.valueOf($LL)", Long.class, Long.parseLong(text));
        case DOUBLE:
          double value = Double.parseDouble(text);
          return Double.isFinite(value) ? CodeBlock.of("$T.valueOf($L)", Double.class, value) : null;
        case INSTANT:
          Instant.parse(text);
          return CodeBlock.of("$T.parse($S)", Instant.class, text);
        case JSON:
          return null;
        default:
          throw new AssertionError(this);
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      return null;
    }
  }

  /** What a fixed value of this kind looks like, for messages. */
  String example() {
    switch (this) {
      case STRING:
        return "any text";
      case BOOLEAN:
        return "true or false";
      case INTEGER:
        return "an int such as 42";
      case LONG:
        return "a long such as 42";
      case DOUBLE:
        return "a finite number such as 1.5";
      case INSTANT:
        return "an RFC 3339 timestamp such as 2026-01-01T00:00:00Z";
      case JSON:
        return "nothing: free-form JSON cannot be fixed";
      default:
        throw new AssertionError(this);
    }
  }
}
