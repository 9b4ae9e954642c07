package dev.tinychat.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the request class of a method with combinations: an abstract sealed class with one
 * static factory per combination, each returning a nested final class with setters for the
 * allowed fields only, and the method's rules ({@link RulesGenerator}): the one declaration of
 * its combinations, which the client checks calls against and which places the values, held in
 * slots of the runtime's {@code Arguments}, in the method's arguments (the path of each slot, and
 * the values the combination fixes).
 */
final class RequestClassGenerator {
  static final ClassName ARGUMENTS = ClassName.get("dev.tinychat.internal", "Arguments");
  private final Plan.Request request;

  private RequestClassGenerator(Plan.Request request) {
    this.request = request;
  }

  static JavaFile generate(Plan.Request request) {
    return JavaFile.builder(request.requestClass().packageName(), new RequestClassGenerator(request).requestClass())
        .build();
  }

  private TypeSpec requestClass() {
    TypeSpec.Builder type = TypeSpec.classBuilder(request.requestClass())
        .addAnnotation(SourceWriter.GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT, Modifier.SEALED)
        .superclass(ARGUMENTS)
        .addJavadoc("A request of {@link $T#$L}, made by one factory per way to call it: each takes the\n",
            request.api(), request.method())
        .addJavadoc("required fields and offers setters for the allowed ones only.\n")
        .addField(RulesGenerator.rules(request))
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(int.class, "combination")
            .addStatement("super($L, combination)", RulesGenerator.CONSTANT)
            .build());
    for (Plan.Param param : request.params()) {
      MethodSpec.Builder accessor = MethodSpec.methodBuilder(param.name())
          .addModifiers(Modifier.PUBLIC)
          .returns(param.type().typeName());
      if (param.updateMask()) {
        accessor.addJavadoc("The {@code $L} argument of {@link $T#$L}: the paths of the fields set, sorted,\n",
                param.name(), request.api(), request.method())
            .addJavadoc("separated by commas.\n")
            .addStatement("return maskPaths()");
      } else {
        accessor.addJavadoc("The {@code $L} argument of {@link $T#$L}; {@code null} when not set.\n",
                param.name(), request.api(), request.method())
            .addStatement("return argument($S)", param.name());
      }
      type.addMethod(accessor.build());
    }
    for (Plan.Combination combination : request.combinations()) {
      type.addPermittedSubclass(combination.builder());
      type.addMethod(factory(combination));
      type.addType(nestedClass(combination));
    }
    return type.build();
  }

  private static MethodSpec factory(Plan.Combination combination) {
    MethodSpec.Builder factory = MethodSpec.methodBuilder(combination.name())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(combination.builder());
    if (!combination.description().isEmpty()) {
      factory.addJavadoc("$L\n", combination.description());
    }
    List<Plan.Rule> fixed = combination.rules(Plan.Role.FIXED);
    if (!fixed.isEmpty()) {
      factory.addJavadoc("\n<p>Sets $L.\n", String.join(", ",
          fixed.stream().map(f -> "{@code " + f.path() + "} = {@code " + f.text() + "}").toList()));
    }
    if (!combination.scopes().isEmpty()) {
      factory.addJavadoc("\n<p>Scopes: $L.\n", String.join(", ",
          combination.scopes().stream().map(s -> "{@code " + s + "}").toList()));
    }
    NameAllocator names = new NameAllocator();
    List<CodeBlock> arguments = new ArrayList<>();
    CodeBlock.Builder body = CodeBlock.builder();
    for (Plan.Stored stored : combination.stored()) {
      if (!stored.required()) {
        continue;
      }
      if (stored.type() instanceof TypeModel.ListOf list) {
        Plan.Wrap wrap = stored.wrap();
        TypeName element = wrap == null ? list.element().typeName() : wrap.kind();
        String plural = wrap == null ? stored.name() : wrap.field() + "s";
        String singular = wrap == null ? singular(stored.name()) : wrap.field();
        List<String> ones = new ArrayList<>();
        for (int i = 1; i <= stored.min(); i++) {
          String name = names.newName(stored.min() == 1 ? singular : singular + i);
          ones.add(name);
          factory.addParameter(element, name);
        }
        String more = null;
        if (stored.max() > stored.min()) {
          more = names.newName(stored.min() == 0 ? plural : "more" + Names.capitalize(plural));
          factory.addParameter(ArrayTypeName.of(element), more).varargs(true);
        }
        String local = names.newName(plural);
        TypeName listType = ParameterizedTypeName.get(ClassName.get(List.class), element);
        if (more == null) {
          body.addStatement("$T $L = $T.asList($L)", listType, local, Arrays.class, String.join(", ", ones));
        } else if (ones.isEmpty()) {
          body.addStatement("$T $L = $L == null ? $T.of() : $T.asList($L)", listType, local, more,
              List.class, Arrays.class, more);
        } else {
          body.addStatement("$T $L = new $T<>($T.asList($L))", listType, local,
                  ArrayList.class, Arrays.class, String.join(", ", ones))
              .beginControlFlow("if ($L != null)", more)
              .addStatement("$L.addAll($T.asList($L))", local, Arrays.class, more)
              .endControlFlow();
        }
        body.addStatement("$T.checkElements($L, $S, null)", RulesGenerator.RULES, local, stored.path());
        if (wrap != null) {
          factory.addJavadoc("\n<p>Each {@code $T} becomes an element of {@code $L} with only {@code $L} set.\n",
              wrap.kind(), stored.path(), wrap.field());
          String wrapped = names.newName(stored.name());
          String each = names.newName("each");
          body.addStatement("$T $L = new $T<>($L.size())", stored.type().typeName(), wrapped, ArrayList.class, local)
              .beginControlFlow("for ($T $L : $L)", wrap.kind(), each, local)
              .addStatement("$L.add(new $T().$L($L).build())", wrapped, wrap.builder(), wrap.field(), each)
              .endControlFlow();
          local = wrapped;
        }
        arguments.add(CodeBlock.of("$L", local));
      } else {
        String name = names.newName(stored.name());
        factory.addParameter(stored.type().typeName(), name);
        arguments.add(CodeBlock.of("$T.requireArgument($L, $S, $S)", RulesGenerator.RULES, name, stored.path(),
            combination.name()));
      }
    }
    CodeBlock construct = arguments.size() < 2
        ? CodeBlock.of("return new $T($L);\n", combination.builder(), CodeBlock.join(arguments, ", "))
        : CodeBlock.builder().add("return new $T(\n$>$>", combination.builder())
            .add(CodeBlock.join(arguments, ",\n")).add(");\n$<$<").build();
    return factory.addCode(body.build()).addCode(construct).build();
  }

  static String singular(String plural) {
    if (plural.endsWith("ies") && plural.length() > 3) {
      return plural.substring(0, plural.length() - 3) + "y";
    }
    if (plural.endsWith("s") && !plural.endsWith("ss") && plural.length() > 1) {
      return plural.substring(0, plural.length() - 1);
    }
    return plural + "Element";
  }

  private TypeSpec nestedClass(Plan.Combination combination) {
    ClassName nested = combination.builder();
    TypeSpec.Builder type = TypeSpec.classBuilder(nested)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(request.requestClass())
        .addAnnotations(SourceWriter.usesDeprecated(combination.stored().stream().anyMatch(Plan.Stored::deprecated)))
        .addJavadoc("The {@link #$L} request$L\n", combination.name(),
            combination.description().isEmpty() ? "." : ": " + combination.clause() + ".");
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addStatement("super($L)", request.combinations().indexOf(combination));
    List<Plan.Stored> stored = combination.stored();
    for (int slot = 0; slot < stored.size(); slot++) {
      if (stored.get(slot).required()) {
        constructor.addParameter(stored.get(slot).type().typeName(), stored.get(slot).name())
            .addStatement("set($L, $L)", slot, stored.get(slot).name());
      }
    }
    type.addMethod(constructor.build());
    for (int slot = 0; slot < stored.size(); slot++) {
      if (!stored.get(slot).required()) {
        setters(type, nested, stored.get(slot), slot);
      }
    }
    return type.build();
  }

  private static void setters(TypeSpec.Builder type, ClassName nested, Plan.Stored stored, int slot) {
    MethodSpec.Builder setter = MethodSpec.methodBuilder(stored.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(nested)
        .addParameter(stored.type().typeName(), stored.name());
    CodeBlock javadoc = stored.javadoc().isEmpty() ? null : stored.javadoc().code();
    if (javadoc == null && stored.idempotencyKey()) {
      javadoc = CodeBlock.of("The idempotency key: the same key again returns the first result. A random UUID\n"
          + "when not set.\n");
    }
    if (stored.mask() != null) {
      javadoc = CodeBlock.builder().add(javadoc == null ? CodeBlock.of("") : CodeBlock.of("$L\n<p>", javadoc))
          .add("Adds {@code $L} to the update mask;\n{@code null} clears the field.\n", stored.mask()).build();
    }
    if (javadoc != null) {
      setter.addJavadoc(javadoc);
    }
    if (stored.deprecated()) {
      setter.addAnnotation(Deprecated.class);
    }
    type.addMethod(setter.addStatement("set($L, $L)", slot, stored.name()).addStatement("return this").build());
    if (stored.type() instanceof TypeModel.ListOf list) {
      MethodSpec.Builder varargs = MethodSpec.methodBuilder(stored.name())
          .addModifiers(Modifier.PUBLIC)
          .returns(nested)
          .addParameter(ArrayTypeName.of(list.element().typeName()), stored.name())
          .varargs(true)
          .addStatement("return $L($L == null ? null : $T.asList($L))", stored.name(), stored.name(), Arrays.class,
              stored.name());
      if (javadoc != null) {
        varargs.addJavadoc(javadoc);
      }
      if (stored.deprecated()) {
        varargs.addAnnotation(Deprecated.class);
      }
      type.addMethod(varargs.build());
    }
  }
}
