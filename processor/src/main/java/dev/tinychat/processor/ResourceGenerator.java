package dev.tinychat.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code XBuilder} for a resource {@code X}: a slot a field, a setter a slot, and
 * {@code build()} making the value class {@code XJson} ({@link CodecGenerator}) over a copy of the
 * slots. A pure function of the plan.
 */
final class ResourceGenerator {
  static final ClassName JSON_VALUE = ClassName.get("dev.tinychat.json", "JsonValue");
  static final ClassName SHAPE = ClassName.get("dev.tinychat.internal", "Shape");

  private final Plan.Resource resource;
  /** The builder's array of slots: {@code values}, unless a field has that name. */
  private final String values;

  private ResourceGenerator(Plan.Resource resource) {
    this.resource = resource;
    NameAllocator names = new NameAllocator();
    resource.fields().forEach(f -> names.newName(f.name()));
    this.values = names.newName("values");
  }

  static JavaFile generate(Plan.Resource resource) {
    return JavaFile.builder(resource.name().packageName(), new ResourceGenerator(resource).builder()).build();
  }

  private TypeSpec builder() {
    ClassName self = resource.builderName();
    List<Plan.Field> fields = resource.fields();
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addAnnotation(SourceWriter.GENERATED)
        .addAnnotations(SourceWriter.usesDeprecated(resource.deprecated()))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Builds immutable {@link $T} values: fields not set stay {@code null}.\n", resource.name())
        .addJavadoc("Builders do not check limits: a value read from a server must always build.\n")
        .addField(FieldSpec.builder(Object[].class, values, Modifier.PRIVATE)
            .addJavadoc("The fields in declaration order, then the members this client does not know.\n")
            .initializer("new Object[$L]", fields.size() + 1)
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("An empty builder.\n")
            .build());

    NameAllocator locals = new NameAllocator();
    String parameter = locals.newName(decapitalize(resource.name().simpleName()));
    String builder = locals.newName("builder");
    type.addMethod(MethodSpec.methodBuilder("from")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("A builder holding every field of {@code $L}, to change some.\n", parameter)
        .returns(self)
        .addParameter(resource.name(), parameter)
        .addStatement("$T $L = new $T()", self, builder, self)
        .addStatement("$L.$L = $T.SHAPE.copy($L)", builder, values, resource.jsonName(), parameter)
        .addStatement("return $L", builder)
        .build());

    for (int i = 0; i < fields.size(); i++) {
      Plan.Field field = fields.get(i);
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
        setter.addStatement("$L[$L] = $T.copyOf($L, $S)", values, i, SHAPE, field.name(), field.name());
      } else {
        setter.addStatement("$L[$L] = $L", values, i, field.name());
      }
      type.addMethod(setter.addStatement("return this").build());
    }

    String unknown = resource.unknownName();
    type.addMethod(MethodSpec.methodBuilder(unknown)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Members of the JSON object this client does not know (a newer API revision's), as\n")
        .addJavadoc("read; written back after the known ones. {@code null} for none.\n")
        .returns(self)
        .addParameter(JSON_VALUE, unknown)
        .addStatement("$L[$L] = $L", values, fields.size(), unknown)
        .addStatement("return this")
        .build());
    type.addMethod(MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("An immutable {@link $T} of the fields set so far.\n", resource.name())
        .returns(resource.name())
        .addStatement("return new $T($L.clone())", resource.jsonName(), values)
        .build());
    return type.build();
  }

  static String decapitalize(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  static TypeName listOf(TypeName element) {
    return ParameterizedTypeName.get(ClassName.get(List.class), element);
  }
}
