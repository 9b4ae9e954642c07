package dev.tinychat.processor;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/** A {@code @Resource} interface: its fields in declaration order. */
record ResourceModel(TypeElement element, ClassName name, List<FieldModel> fields, String javadoc) {

  /** A {@code @OneOf} group: its name, whether a sent resource needs one, its fields in order. */
  record OneOfGroup(String name, boolean required, List<FieldModel> fields) {
    /** The field names, for messages: {@code member, groupMember}. */
    String fieldNames() {
      return String.join(", ", fields.stream().map(FieldModel::name).toList());
    }
  }

  Optional<FieldModel> field(String fieldName) {
    return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
  }

  /** The {@code @OneOf} groups, in the order of their first fields. */
  List<OneOfGroup> oneOfGroups() {
    Map<String, List<FieldModel>> groups = new LinkedHashMap<>();
    for (FieldModel field : fields) {
      if (field.oneOf() != null) {
        groups.computeIfAbsent(field.oneOf().group(), k -> new ArrayList<>()).add(field);
      }
    }
    List<OneOfGroup> result = new ArrayList<>();
    groups.forEach((name, members) ->
        result.add(new OneOfGroup(name, members.get(0).oneOf().required(), List.copyOf(members))));
    return result;
  }

  /** The group {@code field} belongs to, or {@code null}. */
  OneOfGroup oneOfGroup(FieldModel field) {
    if (field.oneOf() == null) {
      return null;
    }
    return oneOfGroups().stream().filter(g -> g.name().equals(field.oneOf().group())).findFirst().orElseThrow();
  }
}
