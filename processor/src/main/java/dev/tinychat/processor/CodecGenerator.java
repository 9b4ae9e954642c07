package dev.tinychat.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code XJson} for a resource {@code X}: {@code read}, {@code write},
 * {@code writeRequest} and {@code check}. Enum codecs are private helpers of the codec of the
 * resource that uses them. A pure function of the model and of which resources have checks.
 */
final class CodecGenerator {
  static final ClassName JSON_READER = ClassName.get("dev.tinychat.json", "JsonReader");
  static final ClassName JSON_WRITER = ClassName.get("dev.tinychat.json", "JsonWriter");
  static final ClassName JSON_TOKEN = ClassName.get("dev.tinychat.json", "JsonToken");
  static final ClassName INVALID_REQUEST = ClassName.get("dev.tinychat.http", "InvalidRequestException");

  private final Plan.Resource resource;
  private final NameAllocator members = new NameAllocator();
  private final Map<ClassName, String> enumParsers = new LinkedHashMap<>();
  private final Map<ClassName, TypeModel.EnumRef> enums = new LinkedHashMap<>();
  private final String value;

  private CodecGenerator(Plan.Resource resource) {
    this.resource = resource;
    for (String reserved : List.of("read", "write", "writeRequest", "check", "checkLength", "checkPattern")) {
      members.newName(reserved);
    }
    for (Plan.Field field : resource.fields()) {
      if (field.type() instanceof TypeModel.EnumRef) {
        members.newName(field.name() + "Text", field.name());
      }
      TypeModel type = field.type() instanceof TypeModel.ListOf list ? list.element() : field.type();
      // read() parses the enums of the fields it reads: not of input-only ones
      if (!field.inputOnly() && type instanceof TypeModel.EnumRef enumRef && !enumParsers.containsKey(enumRef.name())) {
        enumParsers.put(enumRef.name(), members.newName("parse" + enumRef.name().simpleName()));
        enums.put(enumRef.name(), enumRef);
      }
      if (field.namePattern() != null && !field.outputOnly()) {
        members.newName(Names.constantCase(field.name()) + "_PATTERN", patternKey(field));
      }
    }
    this.value = "value";
  }

  private static String patternKey(Plan.Field field) {
    return field.name() + "#pattern";
  }

  static JavaFile generate(Plan.Resource resource) {
    return JavaFile.builder(resource.name().packageName(), new CodecGenerator(resource).codec()).build();
  }

  private TypeSpec codec() {
    TypeSpec.Builder type = TypeSpec.classBuilder(resource.jsonName())
        .addAnnotation(SourceWriter.GENERATED)
        .addAnnotations(SourceWriter.usesDeprecated(resource.deprecated()))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Reads and writes {@link $T} as JSON, the proto3 way: unset fields are left out,\n",
            resource.name())
        .addJavadoc("unknown ones skipped, enum values this client does not know kept as sent.\n");
    for (Plan.Field field : resource.fields()) {
      if (field.namePattern() != null && !field.outputOnly()) {
        type.addField(FieldSpec.builder(Pattern.class, members.get(patternKey(field)),
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.compile($S)", Pattern.class, field.namePattern().regex())
            .build());
      }
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(read());
    CodeBlock all = writeBody(false);
    CodeBlock request = writeBody(true);
    type.addMethod(write("write", false, all));
    // no output-only field anywhere: one body, not two copies
    type.addMethod(write("writeRequest", true, all.toString().equals(request.toString())
        ? CodeBlock.builder().addStatement("write(writer, $L)", value).build() : request));
    type.addMethod(check());
    type.addMethod(unknownFields());
    for (Plan.Field field : resource.fields()) {
      if (field.type() instanceof TypeModel.EnumRef enumRef) {
        type.addMethod(enumText(field, enumRef));
      }
    }
    for (TypeModel.EnumRef enumRef : enums.values()) {
      type.addMethod(enumParser(enumRef));
    }
    if (resource.fields().stream().anyMatch(f -> !f.outputOnly() && f.maxLength() != null)) {
      type.addMethod(MethodSpec.methodBuilder("checkLength")
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .addParameter(String.class, "text")
          .addParameter(int.class, "max")
          .addParameter(String.class, "path")
          .beginControlFlow("if (text == null)")
          .addStatement("return")
          .endControlFlow()
          .addStatement("int length = text.codePointCount(0, text.length())")
          .beginControlFlow("if (length > max)")
          .addStatement("throw new $T(path, $S + max + $S + length)", INVALID_REQUEST, "at most ", " characters, got ")
          .endControlFlow()
          .build());
    }
    if (resource.fields().stream().anyMatch(f -> !f.outputOnly() && f.namePattern() != null)) {
      type.addMethod(MethodSpec.methodBuilder("checkPattern")
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .addParameter(String.class, "text")
          .addParameter(Pattern.class, "pattern")
          .addParameter(String.class, "shape")
          .addParameter(String.class, "path")
          .beginControlFlow("if (text != null && !pattern.matcher(text).matches())")
          .addStatement("throw new $T(path, $S + shape + $S + text + '\"')", INVALID_REQUEST, "must match ", ", got \"")
          .endControlFlow()
          .build());
    }
    return type.build();
  }

  private MethodSpec read() {
    CodeBlock.Builder code = CodeBlock.builder()
        .addStatement("$T builder = new $T()", resource.builderName(), resource.builderName())
        .addStatement("$T<String, $T> unknown = null", java.util.Map.class, ResourceGenerator.JSON_VALUE)
        .addStatement("reader.beginObject()")
        .beginControlFlow("while (reader.hasNext())")
        .addStatement("String name = reader.nextName()")
        .beginControlFlow("if (reader.peek() == $T.NULL)", JSON_TOKEN)
        .addStatement("reader.nextNull()")
        .addStatement("continue")
        .endControlFlow()
        .beginControlFlow("switch (name)");
    for (Plan.Field field : resource.fields()) {
      if (field.inputOnly()) {
        code.addStatement("case $S -> reader.skipValue()", field.jsonName());
      } else if (field.type() instanceof TypeModel.ListOf list) {
        code.add("case $S -> {\n", field.jsonName()).indent()
            .addStatement("$T list = new $T<>()", field.type().typeName(), ArrayList.class)
            .addStatement("reader.beginArray()")
            .beginControlFlow("while (reader.hasNext())")
            .addStatement("list.add($L)", readOne(list.element()))
            .endControlFlow()
            .addStatement("reader.endArray()")
            .addStatement("builder.$L(list)", field.name())
            .unindent().add("}\n");
      } else if (field.type() instanceof TypeModel.EnumRef enumRef) {
        code.add("case $S -> {\n", field.jsonName()).indent()
            .addStatement("String text = reader.nextString()")
            .addStatement("builder.$L($L(text), text)", field.name(), enumParsers.get(enumRef.name()))
            .unindent().add("}\n");
      } else {
        code.addStatement("case $S -> builder.$L($L)", field.jsonName(), field.name(), readOne(field.type()));
      }
    }
    code.addStatement("default -> unknown = $T.readMember(unknown, name, reader)", ResourceGenerator.JSON_VALUE)
        .endControlFlow()
        .endControlFlow()
        .beginControlFlow("if (unknown != null)")
        .addStatement("builder.$L($T.object(unknown))", resource.unknownName(), ResourceGenerator.JSON_VALUE)
        .endControlFlow()
        .addStatement("reader.endObject()")
        .addStatement("return builder.build()");
    return MethodSpec.methodBuilder("read")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Reads one {@link $T} object; {@code null} leaves a field unset, members this client\n",
            resource.name())
        .addJavadoc("does not know are kept ({@link #$L})", resource.unknownName())
        .addJavadoc(resource.fields().stream().anyMatch(Plan.Field::inputOnly)
            ? ", and input-only fields are skipped.\n" : ".\n")
        .returns(resource.name())
        .addParameter(JSON_READER, "reader")
        .addCode(code.build())
        .build();
  }

  private CodeBlock readOne(TypeModel type) {
    if (type instanceof TypeModel.Scalar scalar) {
      return scalar.kind().read(CodeBlock.of("reader"));
    } else if (type instanceof TypeModel.EnumRef enumRef) {
      return CodeBlock.of("$L(reader.nextString())", enumParsers.get(enumRef.name()));
    } else if (type instanceof TypeModel.ResourceRef ref) {
      return CodeBlock.of("$T.read(reader)", ref.jsonName());
    }
    throw new AssertionError(type);
  }

  private MethodSpec write(String methodName, boolean request, CodeBlock body) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(methodName)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(JSON_WRITER, "writer")
        .addParameter(resource.name(), value);
    if (request) {
      method.addJavadoc("Writes the fields of {@code value} a request may carry: all set fields but the\n")
          .addJavadoc("output-only ones, which the server would ignore.\n");
    } else {
      method.addJavadoc("Writes every set field of {@code value}, output-only ones included: to print\n")
          .addJavadoc("or store a resource. Requests use {@link #writeRequest}.\n");
    }
    return method.addCode(body).build();
  }

  private CodeBlock writeBody(boolean request) {
    CodeBlock.Builder method = CodeBlock.builder();
    method.addStatement("writer.beginObject()");
    for (Plan.Field field : resource.fields()) {
      if (request && field.outputOnly()) {
        continue;
      }
      CodeBlock getter = CodeBlock.of("$L.$L()", value, field.name());
      method.beginControlFlow("if ($L != null)", getter);
      CodeBlock name = CodeBlock.of("writer.name($S)", field.jsonName());
      if (field.type() instanceof TypeModel.ListOf list) {
        method.addStatement("$L.beginArray()", name)
            .beginControlFlow("for ($T element : $L)", list.element().typeName(), getter)
            .addStatement(writeOne(CodeBlock.of("writer"), CodeBlock.of("element"), list.element(), request))
            .endControlFlow()
            .addStatement("writer.endArray()");
      } else if (field.type() instanceof TypeModel.EnumRef) {
        method.addStatement("$L.value($L($L))", name, members.get(field.name()), value);
      } else {
        method.addStatement(writeOne(name, getter, field.type(), request));
      }
      method.endControlFlow();
    }
    method.beginControlFlow("if ($L instanceof $T read && read.$L() != null)", value, resource.valueName(),
            resource.unknownName())
        .addStatement("read.$L().writeMembers(writer)", resource.unknownName())
        .endControlFlow();
    return method.addStatement("writer.endObject()").build();
  }

  /** {@code SpaceJson.unknownFields(space)}: what a newer API revision sent that this client does not know. */
  private MethodSpec unknownFields() {
    return MethodSpec.methodBuilder(resource.unknownName())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("The members of {@code value} this client does not know, as read (an object; empty\n")
        .addJavadoc("when none, or when {@code value} was not read); {@code write} sends them back.\n")
        .returns(ResourceGenerator.JSON_VALUE)
        .addParameter(resource.name(), value)
        .addStatement("return $L instanceof $T read && read.$L() != null ? read.$L() : $T.EMPTY_OBJECT", value,
            resource.valueName(), resource.unknownName(), resource.unknownName(), ResourceGenerator.JSON_VALUE)
        .build();
  }

  private static CodeBlock writeOne(CodeBlock writer, CodeBlock expression, TypeModel type, boolean request) {
    if (type instanceof TypeModel.Scalar scalar) {
      return scalar.kind().write(writer, expression);
    } else if (type instanceof TypeModel.EnumRef) {
      return CodeBlock.of("$L.value($L.name())", writer, expression);
    } else if (type instanceof TypeModel.ResourceRef ref) {
      return CodeBlock.of("$T.$L($L, $L)", ref.jsonName(),
          request ? "writeRequest" : "write", writer, expression);
    }
    throw new AssertionError(type);
  }

  private MethodSpec enumText(Plan.Field field, TypeModel.EnumRef enumRef) {
    return MethodSpec.methodBuilder(members.get(field.name()))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("The wire text of {@code $L}: as it was read when this client does not know it.\n", field.name())
        .returns(String.class)
        .addParameter(resource.name(), value)
        .beginControlFlow("if ($L instanceof $T known && known.$L() != null)",
            value, resource.valueName(), resource.textName(field))
        .addStatement("return known.$L()", resource.textName(field))
        .endControlFlow()
        .addStatement("return $L.$L().name()", value, field.name())
        .build();
  }

  private MethodSpec enumParser(TypeModel.EnumRef enumRef) {
    CodeBlock.Builder body = CodeBlock.builder().add("return switch (text) {\n").indent();
    for (String constant : enumRef.known()) {
      body.addStatement("case $S -> $T.$L", constant, enumRef.name(), constant);
    }
    body.addStatement("default -> $T.$L", enumRef.name(), enumRef.unrecognized())
        .unindent()
        .add("};\n");
    return MethodSpec.methodBuilder(enumParsers.get(enumRef.name()))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(enumRef.name())
        .addParameter(String.class, "text")
        .addCode(body.build())
        .build();
  }

  private MethodSpec check() {
    List<Plan.OneOfGroup> groups = resource.oneOfGroups();
    MethodSpec.Builder method = MethodSpec.methodBuilder("check")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Checks the declared limits of the fields of {@code value} a request sends, and of\n")
        .addJavadoc(groups.isEmpty() ? "the resources inside it.\n\n"
            : "the resources inside it; and that of each one-of group at most one field is set\n"
                + "(exactly one of a required group).\n\n")
        .addJavadoc("@param path where {@code value} is in the request, for messages: {@code space}\n")
        .addJavadoc("@throws $T naming the first field over a limit\n", INVALID_REQUEST)
        .addParameter(resource.name(), value)
        .addParameter(String.class, "path");
    for (Plan.OneOfGroup group : groups) {
      checkGroup(method, group);
    }
    for (Plan.Field field : resource.fields()) {
      if (field.outputOnly()) {
        continue;
      }
      CodeBlock getter = CodeBlock.of("$L.$L()", value, field.name());
      CodeBlock path = CodeBlock.of("path + $S", "." + field.name());
      if (field.maxLength() != null) {
        method.addStatement("checkLength($L, $L, $L)", getter, field.maxLength(), path);
      }
      if (field.namePattern() != null) {
        method.addStatement("checkPattern($L, $L, $S, $L)", getter, members.get(patternKey(field)),
            field.namePattern().source(), path);
      }
      if (field.type() instanceof TypeModel.EnumRef enumRef) {
        method.beginControlFlow("if ($L == $T.$L && !($L instanceof $T known && known.$L() != null))",
                getter, enumRef.name(), enumRef.unrecognized(), value, resource.valueName(),
                resource.textName(field))
            .addStatement("throw new $T($L, $S)", INVALID_REQUEST, path,
                enumRef.unrecognized() + " stands for a value this client does not know; it can only be"
                    + " sent back as read, choose one of " + String.join(", ", enumRef.known()))
            .endControlFlow();
      }
      TypeModel type = field.type() instanceof TypeModel.ListOf list ? list.element() : field.type();
      if (type instanceof TypeModel.ResourceRef ref && field.checkedResource()) {
        ClassName codec = ref.jsonName();
        method.beginControlFlow("if ($L != null)", getter);
        if (field.type() instanceof TypeModel.ListOf) {
          method.beginControlFlow("for (int i = 0; i < $L.size(); i++)", getter)
              .addStatement("$T.check($L.get(i), path + $S + i + ']')", codec, getter, "." + field.name() + "[")
              .endControlFlow();
        } else {
          method.addStatement("$T.check($L, $L)", codec, getter, path);
        }
        method.endControlFlow();
      }
    }
    return method.build();
  }

  /** Refuses two set fields of a group (pair by pair, in field order), and none of a required one. */
  private void checkGroup(MethodSpec.Builder method, Plan.OneOfGroup group) {
    List<Plan.Field> fields = group.fields();
    if (group.required()) {
      List<CodeBlock> unset = fields.stream().map(f -> CodeBlock.of("$L.$L() == null", value, f.name())).toList();
      method.beginControlFlow("if ($L)", CodeBlock.join(unset, " && "))
          .addStatement("throw new $T(path, $S)", INVALID_REQUEST,
              "needs one of " + group.fieldNames() + " (" + group.name() + ")")
          .endControlFlow();
    }
    for (int j = 1; j < fields.size(); j++) {
      for (int i = 0; i < j; i++) {
        String first = fields.get(i).name();
        String second = fields.get(j).name();
        method.beginControlFlow("if ($L.$L() != null && $L.$L() != null)", value, first, value, second);
        if (group.required()) {
          method.addStatement("throw new $T(path, $S)", INVALID_REQUEST, "needs exactly one of " + group.fieldNames()
              + " (" + group.name() + "); " + first + " and " + second + " are both set");
        } else {
          method.addStatement("throw new $T(path + $S, $S + path + $S)", INVALID_REQUEST, "." + second,
              "one of " + group.name() + ", and ", "." + first + " is set too; set only one");
        }
        method.endControlFlow();
      }
    }
  }
}
