package dev.tinychat.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/** A {@code @Resource} interface: its fields in declaration order. */
record ResourceModel(TypeElement element, ClassName name, List<FieldModel> fields, String javadoc) {

  Optional<FieldModel> field(String fieldName) {
    return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
  }

  /**
   * The name under which {@code XValue} keeps the wire text of each enum field's unrecognized
   * value: {@code spaceTypeText}, unless that clashes with a field.
   */
  String textName(FieldModel enumField) {
    NameAllocator names = new NameAllocator();
    fields.forEach(f -> names.newName(f.name()));
    for (FieldModel field : fields) {
      if (field.type() instanceof TypeModel.EnumRef) {
        String name = names.newName(field.name() + "Text");
        if (field.name().equals(enumField.name())) {
          return name;
        }
      }
    }
    throw new IllegalArgumentException(enumField.name());
  }

  ClassName builderName() {
    return generated(name, "Builder");
  }

  ClassName valueName() {
    return generated(name, "Value");
  }

  ClassName jsonName() {
    return generated(name, "Json");
  }

  /** {@code p.Space} -> {@code p.SpaceBuilder}; {@code p.Outer.Space} -> {@code p.OuterSpaceBuilder}. */
  static ClassName generated(ClassName definition, String suffix) {
    return ClassName.get(definition.packageName(), String.join("", definition.simpleNames()) + suffix);
  }
}
