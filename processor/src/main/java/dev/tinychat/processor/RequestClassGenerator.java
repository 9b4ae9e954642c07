package dev.tinychat.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/**
 * Generates the request class of a method with combinations: an abstract sealed class with one
 * static factory per combination, each returning a nested final class with setters for the
 * allowed fields only. The checks live in the client's rules ({@link RulesGenerator}).
 */
final class RequestClassGenerator {
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
        .addJavadoc("A request of {@link $T#$L}, made by one factory per way to call it: each takes the\n",
            request.api(), request.method())
        .addJavadoc("required fields and offers setters for the allowed ones only.\n")
        .addMethod(MethodSpec.constructorBuilder().build());
    for (Plan.Param param : request.params()) {
      type.addMethod(MethodSpec.methodBuilder(param.name())
          .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
          .returns(param.type().typeName())
          .addJavadoc("The {@code $L} argument of {@link $T#$L}; {@code null} when not set.\n",
              param.name(), request.api(), request.method())
          .build());
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
        arguments.add(CodeBlock.of("$T.required($L, $S, $S)", RulesGenerator.RULES, name, stored.path(),
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
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
    String mask = combination.accessors().stream().filter(a -> a.value() instanceof Plan.Mask)
        .map(a -> ((Plan.Mask) a.value()).field()).findFirst().orElse(null);
    if (mask != null) {
      type.addField(FieldSpec.builder(ParameterizedTypeName.get(Set.class, String.class), mask,
              Modifier.PRIVATE, Modifier.FINAL)
          .initializer("new $T<>()", TreeSet.class)
          .build());
    }
    for (Plan.Stored stored : combination.stored()) {
      if (stored.required() && stored.mask() != null) {
        constructor.addStatement("$L.add($S)", mask, stored.mask());
      }
      if (stored.required()) {
        type.addField(stored.type().typeName(), stored.name(), Modifier.PRIVATE, Modifier.FINAL);
        constructor.addParameter(stored.type().typeName(), stored.name());
        if (stored.type() instanceof TypeModel.ListOf) {
          constructor.addStatement("this.$L = $T.unmodifiableList($L)", stored.name(), Collections.class,
              stored.name());
        } else {
          constructor.addStatement("this.$L = $L", stored.name(), stored.name());
        }
      } else {
        type.addField(stored.type().typeName(), stored.name(), Modifier.PRIVATE);
      }
    }
    type.addMethod(constructor.build());
    for (Plan.Stored stored : combination.stored()) {
      if (!stored.required()) {
        setters(type, nested, stored, mask);
      }
    }
    for (Plan.Accessor accessor : combination.accessors()) {
      MethodSpec.Builder method = MethodSpec.methodBuilder(accessor.param())
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(accessor.type());
      if (accessor.value() instanceof Plan.Built built) {
        method.addCode(assemble(built, type));
      } else if (accessor.value() instanceof Plan.Mask paths) {
        method.addJavadoc("The paths of the fields set, sorted, separated by commas.\n")
            .addStatement("return $T.join($S, $L)", String.class, ",", paths.field());
      } else {
        method.addStatement("return $L", value(accessor.value()));
      }
      type.addMethod(method.build());
    }
    return type.build();
  }

  private static CodeBlock value(Plan.Value value) {
    if (value instanceof Plan.StoredValue stored) {
      return CodeBlock.of("$L", stored.stored());
    } else if (value instanceof Plan.FixedValue fixed) {
      return fixed.literal();
    } else if (value instanceof Plan.Built built) {
      return CodeBlock.of("$L()", built.helper());
    }
    return CodeBlock.of("null");
  }

  private static void setters(TypeSpec.Builder type, ClassName nested, Plan.Stored stored, String mask) {
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
      setter.addStatement("$L.add($S)", mask, stored.mask());
    }
    if (javadoc != null) {
      setter.addJavadoc(javadoc);
    }
    if (stored.deprecated()) {
      setter.addAnnotation(Deprecated.class);
    }
    if (stored.type() instanceof TypeModel.ListOf list) {
      setter.addStatement("this.$L = $L == null ? null : $T.unmodifiableList(new $T<>($L))",
          stored.name(), stored.name(), Collections.class, ArrayList.class, stored.name());
      type.addMethod(setter.addStatement("return this").build());
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
    } else {
      setter.addStatement("this.$L = $L", stored.name(), stored.name());
      type.addMethod(setter.addStatement("return this").build());
    }
  }

  /** Code that builds a resource from its fixed and stored fields; adds the helpers of nested ones. */
  private static CodeBlock assemble(Plan.Built built, TypeSpec.Builder type) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (!built.holdsFixed()) {
      List<CodeBlock> unset = built.storedBelow().stream().map(n -> CodeBlock.of("$L == null", n)).toList();
      code.beginControlFlow("if ($L)", CodeBlock.join(unset, " && "))
          .addStatement("return null")
          .endControlFlow();
    }
    code.add("return new $T()", built.builder()).indent().indent();
    for (Plan.Part part : built.parts()) {
      code.add("\n.$L($L)", part.field(), value(part.value()));
    }
    for (Plan.Part part : built.parts()) {
      if (part.value() instanceof Plan.Built inner) {
        type.addMethod(MethodSpec.methodBuilder(inner.helper())
            .addModifiers(Modifier.PRIVATE)
            .returns(inner.resource())
            .addCode(assemble(inner, type))
            .build());
      }
    }
    return code.add("\n.build();\n").unindent().unindent().build();
  }
}
