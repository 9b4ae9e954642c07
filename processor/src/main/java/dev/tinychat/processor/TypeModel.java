package dev.tinychat.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/** The type of a resource field or a method parameter, as far as the wire is concerned. */
sealed interface TypeModel {
  /** The Java type. */
  TypeName typeName();

  /** A short description for messages: {@code String}, {@code List<Membership>}. */
  default String describe() {
    if (this instanceof ListOf list) {
      return "List<" + list.element().describe() + ">";
    }
    return String.join(".", ((ClassName) typeName()).simpleNames());
  }

  /** A value written as one JSON scalar. */
  record Scalar(ScalarKind kind) implements TypeModel {
    @Override
    public TypeName typeName() {
      return kind.typeName();
    }
  }

  /** An enum: its constants (by name) and the one standing for values this client does not know. */
  record EnumRef(ClassName name, List<String> constants, String unrecognized) implements TypeModel {
    @Override
    public TypeName typeName() {
      return name;
    }

    /** The constants that have a wire text of their own. */
    List<String> known() {
      return constants.stream().filter(c -> !c.equals(unrecognized)).toList();
    }
  }

  /** Another {@code @Resource} interface. */
  record ResourceRef(ClassName name) implements TypeModel {
    @Override
    public TypeName typeName() {
      return name;
    }

    ClassName builderName() {
      return Plan.Resource.generated(name, "Builder");
    }

    ClassName jsonName() {
      return Plan.Resource.generated(name, "Json");
    }
  }

  /** A {@code java.util.List} of one of the others (not of lists). */
  record ListOf(TypeModel element) implements TypeModel {
    @Override
    public TypeName typeName() {
      return ParameterizedTypeName.get(ClassName.get(List.class), element.typeName());
    }
  }
}
