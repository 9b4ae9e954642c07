package dev.tinychat.processor;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java expression of a field path in a request, for messages: a constant such as
 * {@code "space.displayName"} or, inside a list, {@code "memberships[" + i + "].member"}.
 */
final class PathExpr {
  private final List<Object> parts;

  private PathExpr(List<Object> parts) {
    this.parts = parts;
  }

  static PathExpr of(String text) {
    return new PathExpr(List.of(text));
  }

  /** This path, then {@code .name}. */
  PathExpr dot(String name) {
    return append("." + name);
  }

  /** This path, then {@code [index]} where index is a Java variable. */
  PathExpr index(String variable) {
    PathExpr open = append("[");
    List<Object> result = new ArrayList<>(open.parts);
    result.add(CodeBlock.of("$L", variable));
    result.add("]");
    return new PathExpr(result);
  }

  private PathExpr append(String text) {
    List<Object> result = new ArrayList<>(parts);
    if (result.get(result.size() - 1) instanceof String last) {
      result.set(result.size() - 1, last + text);
    } else {
      result.add(text);
    }
    return new PathExpr(result);
  }

  /** The path as written in messages when it holds no index, for documentation. */
  boolean isConstant() {
    return parts.size() == 1;
  }

  CodeBlock code() {
    List<CodeBlock> blocks = new ArrayList<>();
    for (Object part : parts) {
      blocks.add(part instanceof String text ? CodeBlock.of("$S", text) : (CodeBlock) part);
    }
    return CodeBlock.join(blocks, " + ");
  }
}
