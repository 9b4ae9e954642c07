package dev.tinychat.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import javax.lang.model.element.Modifier;

/**
 * Generates, for one resource {@code X}: {@code XBuilder}, the package-private immutable
 * {@code XValue} record, and the codec {@code XJson}. A pure function of the model.
 */
final class ResourceGenerator {
  private final Plan.Resource resource;
  private final NameAllocator fieldNames = new NameAllocator();
  private final String parameterName;
  private static final Object UNKNOWN = "#unknown";
  static final ClassName JSON_VALUE = ClassName.get("dev.tinychat.json", "JsonValue");

  private ResourceGenerator(Plan.Resource resource) {
    this.resource = resource;
    for (Plan.Field field : resource.fields()) {
      fieldNames.newName(field.name(), field.name());
    }
    for (Plan.Field field : resource.fields()) {
      if (field.type() instanceof TypeModel.EnumRef) {
        fieldNames.newName(resource.textName(field), textKey(field));
      }
    }
    fieldNames.newName(resource.unknownName(), UNKNOWN);
    this.parameterName = new NameAllocator().newName(decapitalize(resource.name().simpleName()));
  }

  static List<JavaFile> generate(Plan.Resource resource) {
    ResourceGenerator generator = new ResourceGenerator(resource);
    String pkg = resource.name().packageName();
    return List.of(
        JavaFile.builder(pkg, generator.builder()).build(),
        JavaFile.builder(pkg, generator.value()).build());
  }

  private static Object textKey(Plan.Field field) {
    return field.name() + "#text";
  }

  private String text(Plan.Field field) {
    return fieldNames.get(textKey(field));
  }

  private List<Plan.Field> enumFields() {
    return resource.fields().stream().filter(f -> f.type() instanceof TypeModel.EnumRef).toList();
  }

  private TypeSpec builder() {
    ClassName self = resource.builderName();
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addAnnotation(SourceWriter.GENERATED)
        .addAnnotations(SourceWriter.usesDeprecated(resource.deprecated()))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Builds immutable {@link $T} values: fields not set stay {@code null}.\n", resource.name())
        .addJavadoc("Builders do not check limits: a value read from a server must always build.\n");
    for (Plan.Field field : resource.fields()) {
      type.addField(field.type().typeName(), field.name(), Modifier.PRIVATE);
      if (field.type() instanceof TypeModel.EnumRef) {
        type.addField(String.class, text(field), Modifier.PRIVATE);
      }
    }
    String unknown = resource.unknownName();
    type.addField(JSON_VALUE, unknown, Modifier.PRIVATE);
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("An empty builder.\n")
        .build());

    NameAllocator locals = new NameAllocator();
    String parameter = locals.newName(parameterName);
    String builder = locals.newName("builder");
    String known = locals.newName("value");
    CodeBlock.Builder from = CodeBlock.builder().add("$T $L = new $T()", self, builder, self);
    from.indent().indent();
    for (Plan.Field field : resource.fields()) {
      from.add("\n.$L($L.$L())", field.name(), parameter, field.name());
    }
    from.unindent().unindent();
    from.add(";\n");
    from.beginControlFlow("if ($L instanceof $T $L)", parameter, resource.valueName(), known);
    for (Plan.Field field : enumFields()) {
      from.addStatement("$L.$L = $L.$L()", builder, text(field), known, text(field));
    }
    from.addStatement("$L.$L = $L.$L()", builder, unknown, known, unknown);
    from.endControlFlow();
    from.addStatement("return $L", builder);
    type.addMethod(MethodSpec.methodBuilder("from")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("A builder holding every field of {@code $L}, to change some.\n", parameter)
        .returns(self)
        .addParameter(resource.name(), parameter)
        .addCode(from.build())
        .build());

    for (Plan.Field field : resource.fields()) {
      MethodSpec.Builder setter = MethodSpec.methodBuilder(field.name())
          .addModifiers(Modifier.PUBLIC)
          .returns(self)
          .addParameter(field.type().typeName(), field.name());
      if (!field.javadoc().isEmpty()) {
        setter.addJavadoc(field.javadoc().code());
      }
      if (field.deprecated()) {
        setter.addAnnotation(Deprecated.class);
      }
      if (field.type() instanceof TypeModel.ListOf) {
        setter.addStatement("this.$L = $L == null ? null : $T.copyOf($L)",
            field.name(), field.name(), List.class, field.name());
      } else {
        setter.addStatement("this.$L = $L", field.name(), field.name());
      }
      if (field.type() instanceof TypeModel.EnumRef) {
        setter.addStatement("this.$L = null", text(field));
      }
      type.addMethod(setter.addStatement("return this").build());
      if (field.type() instanceof TypeModel.EnumRef enumRef) {
        type.addMethod(MethodSpec.methodBuilder(field.name())
            .addJavadoc("Sets {@code $L} as read from JSON, keeping {@code text} when the value is\n",
                field.name())
            .addJavadoc("{@link $T#$L}, so that it is sent back unchanged.\n", enumRef.name(), enumRef.unrecognized())
            .returns(self)
            .addParameter(enumRef.name(), field.name())
            .addParameter(String.class, "text")
            .addStatement("this.$L = $L", field.name(), field.name())
            .addStatement("this.$L = $L == $T.$L ? text : null",
                text(field), field.name(), enumRef.name(), enumRef.unrecognized())
            .addStatement("return this")
            .build());
      }
    }

    type.addMethod(MethodSpec.methodBuilder(unknown)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Members of the JSON object this client does not know (a newer API revision's), as\n")
        .addJavadoc("read; written back after the known ones. {@code null} for none.\n")
        .returns(self)
        .addParameter(JSON_VALUE, unknown)
        .addStatement("this.$L = $L", unknown, unknown)
        .addStatement("return this")
        .build());

    List<CodeBlock> arguments = new ArrayList<>();
    for (Plan.Field field : resource.fields()) {
      arguments.add(CodeBlock.of("$L", field.name()));
    }
    for (Plan.Field field : enumFields()) {
      arguments.add(CodeBlock.of("$L", text(field)));
    }
    arguments.add(CodeBlock.of("$L", unknown));
    type.addMethod(MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("An immutable {@link $T} of the fields set so far.\n", resource.name())
        .returns(resource.name())
        .addStatement("return new $T($L)", resource.valueName(), CodeBlock.join(arguments, ", "))
        .build());
    return type.build();
  }

  private TypeSpec value() {
    NameAllocator locals = fieldNames.clone();
    String other = locals.newName("other");
    String that = locals.newName("that");
    String joiner = locals.newName("fields");
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (Plan.Field field : resource.fields()) {
      constructor.addParameter(field.type().typeName(), field.name());
    }
    for (Plan.Field field : enumFields()) {
      constructor.addParameter(ParameterSpec.builder(String.class, text(field))
          .addJavadoc("the wire text of {@code $L} when it is unrecognized, else {@code null}\n", field.name())
          .build());
    }
    constructor.addParameter(ParameterSpec.builder(JSON_VALUE, resource.unknownName())
        .addJavadoc("the members this client does not know, as read, or {@code null}\n")
        .build());
    TypeSpec.Builder type = TypeSpec.recordBuilder(resource.valueName())
        .addAnnotation(SourceWriter.GENERATED)
        .addAnnotations(SourceWriter.usesDeprecated(resource.deprecated()))
        .addSuperinterface(resource.name())
        .addJavadoc("The immutable {@link $T} built by {@link $T}.\n", resource.name(), resource.builderName())
        .recordConstructor(constructor.build());

    CodeBlock.Builder equals = CodeBlock.builder()
        .add("return $L == this\n", other)
        .indent()
        .indent()
        .add("|| $L instanceof $T $L", other, resource.name(), that);
    for (Plan.Field field : resource.fields()) {
      equals.add("\n&& $T.equals($L, $L.$L())", Objects.class, field.name(), that, field.name());
    }
    equals.add(";\n").unindent().unindent();
    type.addMethod(MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Equal to any {@link $T} with equal fields.\n", resource.name())
        .returns(boolean.class)
        .addParameter(Object.class, other)
        .addCode(equals.build())
        .build());

    List<CodeBlock> hashed = resource.fields().stream().map(f -> CodeBlock.of("$L", f.name())).toList();
    type.addMethod(MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addStatement("return $T.hash($L)", Objects.class, CodeBlock.join(hashed, ", "))
        .build());

    String simpleName = String.join(".", resource.name().simpleNames());
    MethodSpec.Builder toString = MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The fields that are set: {@code $L{name=value, ...}}.\n", simpleName)
        .returns(String.class)
        .addStatement("$T $L = new $T($S, $S, $S)", StringJoiner.class, joiner, StringJoiner.class,
            ", ", simpleName + "{", "}");
    for (Plan.Field field : resource.fields()) {
      toString.beginControlFlow("if ($L != null)", field.name())
          .addStatement("$L.add($S + $L)", joiner, field.name() + "=", field.name())
          .endControlFlow();
    }
    type.addMethod(toString.addStatement("return $L.toString()", joiner).build());
    return type.build();
  }

  static String decapitalize(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  static TypeName listOf(TypeName element) {
    return ParameterizedTypeName.get(ClassName.get(List.class), element);
  }

}
