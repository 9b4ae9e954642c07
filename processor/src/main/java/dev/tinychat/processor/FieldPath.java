package dev.tinychat.processor;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationValue;

/**
 * A resolved dotted path of a combination, such as {@code space.spaceDetails.description}: the
 * parameter it starts at and the resource fields it follows.
 */
record FieldPath(String source, ParamModel param, List<FieldModel> fields, AnnotationValue value) {

  /** The type at the end of the path. */
  TypeModel type() {
    return fields.isEmpty() ? param.type() : fields.get(fields.size() - 1).type();
  }

  /** The path's segments: the parameter name, then field names. */
  List<String> segments() {
    List<String> segments = new ArrayList<>();
    segments.add(param.name());
    fields.forEach(f -> segments.add(f.name()));
    return segments;
  }

  String lastName() {
    return fields.isEmpty() ? param.name() : fields.get(fields.size() - 1).name();
  }

  /** {@code space.spaceDetails.description} -> {@code spaceSpaceDetailsDescription}. */
  String camelName() {
    StringBuilder name = new StringBuilder();
    for (String segment : segments()) {
      name.append(name.length() == 0 ? segment : Names.capitalize(segment));
    }
    return name.toString();
  }

  /** The prefix of this path that ends at a list, other than the whole path, or {@code null}. */
  String listBefore() {
    if (param.type() instanceof TypeModel.ListOf && !fields.isEmpty()) {
      return param.name();
    }
    for (int i = 0; i < fields.size() - 1; i++) {
      if (fields.get(i).type() instanceof TypeModel.ListOf) {
        return String.join(".", segments().subList(0, i + 2));
      }
    }
    return null;
  }

  /** Whether {@code other} is this path or lies below it. */
  boolean covers(FieldPath other) {
    return other.source.equals(source) || other.source.startsWith(source + ".");
  }
}
