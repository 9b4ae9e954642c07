package dev.tinychat.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code XJson} for a resource {@code X}: the immutable value class (a runtime
 * {@code Struct} implementing {@code X}, a cast accessor a field) and the codec, whose public
 * statics {@code read}, {@code write} and {@code unknownFields} call its {@code SHAPE}: the field
 * table, declared once in a static initializer, that the runtime reads, writes, checks, compares
 * and prints values with, and that the client's rules look into. A pure function of the plan.
 */
final class CodecGenerator {
  static final ClassName JSON_READER = ClassName.get("dev.tinychat.json", "JsonReader");
  static final ClassName JSON_WRITER = ClassName.get("dev.tinychat.json", "JsonWriter");
  static final ClassName INVALID_REQUEST = ClassName.get("dev.tinychat.http", "InvalidRequestException");
  static final ClassName STRUCT = ClassName.get("dev.tinychat.internal", "Struct");

  private final Plan.Resource resource;

  private CodecGenerator(Plan.Resource resource) {
    this.resource = resource;
  }

  static JavaFile generate(Plan.Resource resource) {
    return JavaFile.builder(resource.name().packageName(), new CodecGenerator(resource).codec()).build();
  }

  private TypeSpec codec() {
    ClassName self = resource.jsonName();
    ClassName shape = ResourceGenerator.SHAPE;
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addAnnotation(SourceWriter.GENERATED)
        .addAnnotations(SourceWriter.usesDeprecated(resource.deprecated()))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(STRUCT)
        .addSuperinterface(resource.name())
        .addJavadoc("The immutable {@link $T} values that {@link $T} builds and {@link #read} reads,\n",
            resource.name(), resource.builderName())
        .addJavadoc("and their JSON, the proto3 way: unset fields are left out, members this client does not\n")
        .addJavadoc("know kept and written back, enum values it does not know kept as sent.\n")
        .addField(FieldSpec.builder(ParameterizedTypeName.get(shape, resource.name()), "SHAPE",
                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Not API: the fields of {@link $T}, for generated code and the runtime.\n", resource.name())
            .initializer("new $T<>(new $T(null),$W$S,$W$L)", shape, self,
                String.join(".", resource.name().simpleNames()), resource.fields().size())
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(Object[].class, "values")
            .addStatement("super(SHAPE, values)")
            .build());

    if (!resource.fields().isEmpty()) {
      type.addStaticBlock(fields());
    }
    String unknown = resource.unknownName();
    type.addMethod(MethodSpec.methodBuilder("read")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Reads one {@link $T} object; {@code null} leaves a field unset, members this client\n",
            resource.name())
        .addJavadoc("does not know are kept ({@link #$L})", unknown)
        .addJavadoc(resource.fields().stream().anyMatch(Plan.Field::inputOnly)
            ? ", and input-only fields are skipped.\n" : ".\n")
        .returns(resource.name())
        .addParameter(JSON_READER, "reader")
        .addStatement("return SHAPE.read(reader)")
        .build());
    type.addMethod(MethodSpec.methodBuilder("write")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Writes every set field of {@code value}, output-only ones included, and the members\n")
        .addJavadoc("it keeps unknown: to print or store a resource.\n")
        .addParameter(JSON_WRITER, "writer")
        .addParameter(resource.name(), "value")
        .addStatement("SHAPE.write(writer, value)")
        .build());
    type.addMethod(MethodSpec.methodBuilder(unknown)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("The members of {@code value} this client does not know, as read (an object; empty\n")
        .addJavadoc("when none, or when {@code value} was not read); {@code write} sends them back.\n")
        .returns(ResourceGenerator.JSON_VALUE)
        .addParameter(resource.name(), "value")
        .addStatement("return SHAPE.unknownFields(value)")
        .build());

    type.addMethod(MethodSpec.methodBuilder("newValue")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(STRUCT)
        .addParameter(Object[].class, "values")
        .addStatement("return new $T(values)", self)
        .build());
    type.addMethod(valuesOf());
    MethodSpec nested = nested();
    if (nested != null) {
      type.addMethod(nested);
    }
    for (int i = 0; i < resource.fields().size(); i++) {
      type.addMethod(accessor(resource.fields().get(i), i));
    }
    return type.build();
  }

  /** {@code SHAPE.field("name", Shape.STRING | Shape.OUTPUT);} and the limits, a field after the other. */
  private CodeBlock fields() {
    ClassName shape = ResourceGenerator.SHAPE;
    CodeBlock.Builder code = CodeBlock.builder();
    for (Plan.Field field : resource.fields()) {
      TypeModel element = field.type() instanceof TypeModel.ListOf list ? list.element() : field.type();
      List<CodeBlock> flags = new ArrayList<>();
      if (element instanceof TypeModel.Scalar scalar) {
        flags.add(CodeBlock.of("$T.$L", shape, scalar.kind().name()));
      } else if (element instanceof TypeModel.EnumRef) {
        flags.add(CodeBlock.of("$T.ENUM", shape));
      } else {
        flags.add(CodeBlock.of("$T.RESOURCE", shape));
      }
      if (field.type() instanceof TypeModel.ListOf) {
        flags.add(CodeBlock.of("$T.LIST", shape));
      }
      if (field.outputOnly()) {
        flags.add(CodeBlock.of("$T.OUTPUT", shape));
      }
      if (field.inputOnly()) {
        flags.add(CodeBlock.of("$T.INPUT", shape));
      }
      CodeBlock kind = CodeBlock.join(flags, " | ");
      if (element instanceof TypeModel.EnumRef enumRef) {
        code.addStatement("SHAPE.field($S, $L,$W$T.$L,$W$T.values())", field.name(), kind, enumRef.name(),
            enumRef.unrecognized(), enumRef.name());
      } else {
        code.addStatement("SHAPE.field($S, $L)", field.name(), kind);
      }
      if (!field.jsonName().equals(field.name())) {
        code.addStatement("SHAPE.jsonName($S)", field.jsonName());
      }
      // output-only fields are not checked: their limits are the server's
      if (field.maxLength() != null && !field.outputOnly()) {
        code.addStatement("SHAPE.maxLength($L)", field.maxLength());
      }
      if (field.namePattern() != null && !field.outputOnly()) {
        code.addStatement("SHAPE.pattern($S, $S)", field.namePattern().regex(), field.namePattern().source());
      }
      if (field.oneOf() != null) {
        code.addStatement("SHAPE.oneOf($S, $L)", field.oneOf(), field.oneOfRequired());
      }
    }
    return code.build();
  }

  /** A foreign implementation's fields, read with its accessors, and the slot for unknown members. */
  private MethodSpec valuesOf() {
    NameAllocator names = new NameAllocator();
    names.newName("value");
    String typed = names.newName(ResourceGenerator.decapitalize(resource.name().simpleName()));
    List<CodeBlock> getters = new ArrayList<>();
    resource.fields().forEach(f -> getters.add(CodeBlock.of("$L.$L()", typed, f.name())));
    getters.add(CodeBlock.of("null"));
    return MethodSpec.methodBuilder("valuesOf")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(Object[].class)
        .addParameter(Object.class, "value")
        .addStatement("return value instanceof $T $L ? new Object[] {$L} : null", resource.name(), typed,
            CodeBlock.join(getters, ",$W"))
        .build();
  }

  /**
   * The shapes of the resources in fields, by field (the last one as the default); {@code null}
   * when the resource holds none.
   */
  private MethodSpec nested() {
    Map<ClassName, List<Integer>> fields = new LinkedHashMap<>();
    for (int i = 0; i < resource.fields().size(); i++) {
      TypeModel type = resource.fields().get(i).type();
      TypeModel element = type instanceof TypeModel.ListOf list ? list.element() : type;
      if (element instanceof TypeModel.ResourceRef ref) {
        fields.computeIfAbsent(ref.jsonName(), k -> new ArrayList<>()).add(i);
      }
    }
    if (fields.isEmpty()) {
      return null;
    }
    List<ClassName> codecs = new ArrayList<>(fields.keySet());
    ClassName last = codecs.remove(codecs.size() - 1);
    CodeBlock.Builder code = CodeBlock.builder();
    if (codecs.isEmpty()) {
      code.addStatement("return $T.SHAPE", last);
    } else {
      code.add("return switch (field) {\n").indent();
      for (ClassName codec : codecs) {
        code.addStatement("case $L -> $T.SHAPE", CodeBlock.join(
            fields.get(codec).stream().map(i -> CodeBlock.of("$L", i)).toList(), ", "), codec);
      }
      code.addStatement("default -> $T.SHAPE", last).unindent().add("};\n");
    }
    return MethodSpec.methodBuilder("nested")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(ParameterizedTypeName.get(ResourceGenerator.SHAPE, WildcardTypeName.subtypeOf(Object.class)))
        .addParameter(int.class, "field")
        .addCode(code.build())
        .build();
  }

  private MethodSpec accessor(Plan.Field field, int slot) {
    MethodSpec.Builder accessor = MethodSpec.methodBuilder(field.name())
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(field.type().typeName());
    if (field.deprecated()) {
      accessor.addAnnotation(Deprecated.class);
    }
    if (field.type() instanceof TypeModel.ListOf) {
      accessor.addStatement("return list($L)", slot);
    } else if (field.type() instanceof TypeModel.EnumRef) {
      accessor.addStatement("return ($T) constant($L)", field.type().typeName(), slot);
    } else {
      accessor.addStatement("return ($T) values[$L]", field.type().typeName(), slot);
    }
    return accessor.build();
  }
}
