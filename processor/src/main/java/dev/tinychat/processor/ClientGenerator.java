package dev.tinychat.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.HashMap;
import java.util.List;
import java.util.function.Predicate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code XClient} for a {@code @RestApi} interface {@code X}: one method per REST method
 * that checks its arguments, builds an {@code ApiRequest} and sends it; one overload per method
 * with combinations that takes its request class; a builder over {@code Transport.Builder}.
 */
final class ClientGenerator {
  static final ClassName API_REQUEST = ClassName.get("dev.tinychat.http", "ApiRequest");
  static final ClassName TRANSPORT = ClassName.get("dev.tinychat.http", "Transport");
  static final ClassName CREDENTIALS = ClassName.get("dev.tinychat.auth", "Credentials");

  private final ApiModel api;
  private final Predicate<ClassName> checked;
  private final NameAllocator members = new NameAllocator();
  private final Map<MethodModel, String> requestMethods = new HashMap<>();
  private final TypeSpec.Builder type;

  private ClientGenerator(ApiModel api, Predicate<ClassName> checked) {
    this.api = api;
    this.checked = checked;
    for (String reserved : List.of("DEFAULT_BASE_URL", "transport", "builder", "Builder")) {
      members.newName(reserved);
    }
    api.methods().forEach(m -> members.newName(m.name(), m));
    this.type = TypeSpec.classBuilder(api.clientName())
        .addAnnotation(SourceWriter.GENERATED);
  }

  static JavaFile generate(ApiModel api, Predicate<ClassName> checked) {
    return JavaFile.builder(api.clientName().packageName(), new ClientGenerator(api, checked).client()).build();
  }

  /** The method whose combinations {@code method} uses: its own, or its synchronous twin's. */
  static MethodModel combinationsOf(ApiModel api, MethodModel method) {
    if (!method.combinations().isEmpty()) {
      return method;
    }
    if (method.async()) {
      for (MethodModel other : api.methods()) {
        if (!other.async() && !other.combinations().isEmpty() && other.sameCall(method)) {
          return other;
        }
      }
    }
    return null;
  }

  private TypeSpec client() {
    ClassName self = api.clientName();
    type.addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(api.name())
        .addJavadoc("Calls {@link $T} over a {@link $T}: every call is checked before any I/O, and\n", api.name(), TRANSPORT)
        .addJavadoc("calls that carry an idempotency key are retried when the transport allows.\n\n")
        .addJavadoc("<pre>{@code\n$T client = $T.builder().credentials(credentials).build();\n}</pre>\n", self, self)
        .addField(FieldSpec.builder(String.class, "DEFAULT_BASE_URL", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The URL called unless the builder says otherwise.\n")
            .initializer("$S", api.baseUrl())
            .build());
    for (MethodModel method : api.methods()) {
      for (ParamModel param : method.params()) {
        if (param.binding() == ParamModel.Binding.PATH) {
          PathTemplate.Variable variable = method.template().variables().stream()
              .filter(v -> v.name().equals(param.wireName())).findFirst().orElseThrow();
          if (variable.pattern() != null) {
            type.addField(FieldSpec.builder(Pattern.class,
                    members.newName(Names.constantCase(method.name() + Names.capitalize(param.name())) + "_PATTERN",
                        patternKey(method, param)),
                    Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.compile($S)", Pattern.class, variable.pattern().regex())
                .build());
          }
        }
      }
    }
    type.addField(TRANSPORT, "transport", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("A client sending through {@code transport}, which holds the base URL and credentials.\n")
            .addParameter(TRANSPORT, "transport")
            .addStatement("this.transport = $T.requireNonNull(transport, $S)", Objects.class, "transport")
            .build())
        .addMethod(MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc("A builder of a client calling {@link #DEFAULT_BASE_URL}.\n")
            .returns(self.nestedClass("Builder"))
            .addStatement("return new Builder()")
            .build());
    api.methods().forEach(this::requestMethod);
    for (MethodModel method : api.methods()) {
      callMethod(method);
      MethodModel withCombinations = combinationsOf(api, method);
      if (withCombinations != null) {
        overload(method, withCombinations);
      }
    }
    if (api.methods().stream().noneMatch(m -> m.name().equals("close") && m.params().isEmpty())) {
      type.addSuperinterface(AutoCloseable.class)
          .addMethod(MethodSpec.methodBuilder("close")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .addJavadoc("Closes the transport: calls in flight finish, later ones fail.\n")
              .addStatement("transport.close()")
              .build());
    }
    type.addType(builder(self));
    return type.addOriginatingElement(api.element()).build();
  }

  private static String patternKey(MethodModel method, ParamModel param) {
    return method.name() + "#" + param.name();
  }

  private void callMethod(MethodModel method) {
    MethodSpec.Builder call = MethodSpec.methodBuilder(method.name())
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.get(method.element().getReturnType()));
    for (ParamModel param : method.params()) {
      call.addParameter(param.type().typeName(), param.name());
    }
    CodeBlock send = CodeBlock.of("transport.$L($L($L))", method.async() ? "sendAsync" : "send",
        requestMethods.get(twinOrSelf(method)), arguments(method));
    if (method.response() == null && !method.async()
        && method.element().getReturnType().getKind() == javax.lang.model.type.TypeKind.VOID) {
      call.addStatement("$L", send);
    } else {
      call.addStatement("return $L", send);
    }
    type.addMethod(call.build());
  }

  private MethodModel twinOrSelf(MethodModel method) {
    if (method.async()) {
      for (MethodModel other : api.methods()) {
        if (!other.async() && other.sameCall(method) && Objects.equals(
            other.response() == null ? null : other.response().typeName(),
            method.response() == null ? null : method.response().typeName())) {
          return other;
        }
      }
    }
    return method;
  }

  private static CodeBlock arguments(MethodModel method) {
    return CodeBlock.join(method.params().stream().map(p -> CodeBlock.of("$L", p.name())).toList(), ", ");
  }

  private void overload(MethodModel method, MethodModel withCombinations) {
    ClassName request = withCombinations.requestClass();
    NameAllocator names = new NameAllocator();
    String parameter = names.newName("request");
    List<CodeBlock> accessors = withCombinations.params().stream()
        .map(p -> CodeBlock.of("$L.$L()", parameter, p.name())).toList();
    type.addMethod(MethodSpec.methodBuilder(method.name())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Sends {@code $L}, made by one of the {@link $T} factories.\n", parameter, request)
        .returns(TypeName.get(method.element().getReturnType()))
        .addParameter(request, parameter)
        .addStatement(method.element().getReturnType().getKind() == javax.lang.model.type.TypeKind.VOID
            ? "$L($L)" : "return $L($L)", method.name(), CodeBlock.join(accessors, ", "))
        .build());
  }

  /** The private method that checks the arguments and builds the {@code ApiRequest}. */
  private void requestMethod(MethodModel method) {
    if (twinOrSelf(method) != method) {
      return;
    }
    String name = members.newName(method.name() + "Request");
    requestMethods.put(method, name);
    TypeName responseType = method.response() == null
        ? ClassName.get(Void.class) : method.response().typeName();
    NameAllocator locals = new NameAllocator();
    method.params().forEach(p -> locals.newName(p.name()));
    MethodSpec.Builder builder = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(API_REQUEST, responseType));
    for (ParamModel param : method.params()) {
      builder.addParameter(ParameterSpec.builder(param.type().typeName(), param.name()).build());
    }
    MethodModel withCombinations = combinationsOf(api, method);
    if (withCombinations != null) {
      builder.addStatement("$T.check($L)", withCombinations.requestClass(), arguments(method));
    } else {
      builder.addCode(ValueChecks.of(method.params(), checked));
    }
    for (ParamModel param : method.params()) {
      if (param.binding() == ParamModel.Binding.PATH) {
        builder.beginControlFlow("if ($L == null)", param.name())
            .addStatement("throw new $T($S, $S)", CodecGenerator.INVALID_REQUEST, param.name(), "required")
            .endControlFlow();
        if (hasPattern(method, param)) {
          String pattern = members.get(patternKey(method, param));
          PathTemplate.Variable variable = variable(method, param);
          builder.beginControlFlow("if (!$L.matcher($L).matches())", pattern, stringOf(param))
              .addStatement("throw new $T($S, $S + $L + '\"')", CodecGenerator.INVALID_REQUEST, param.name(),
                  "must match " + variable.pattern().source() + ", got \"", param.name())
              .endControlFlow();
        }
      }
    }
    String key = null;
    if (method.idempotencyKey().isPresent()) {
      key = locals.newName("key");
      builder.addStatement("String $L = $T.idempotencyKey($L)", key, API_REQUEST, method.idempotencyKey().get().name());
    }
    CodeBlock.Builder chain = CodeBlock.builder()
        .add("return $T.$L($S)", API_REQUEST, method.verb().toLowerCase(java.util.Locale.ROOT), method.template().expanded())
        .indent().indent();
    for (ParamModel param : method.params()) {
      if (param.binding() == ParamModel.Binding.PATH) {
        chain.add("\n.pathParam($S, $L)", param.wireName(), stringOf(param));
      }
    }
    for (ParamModel param : method.params()) {
      if (param.binding() == ParamModel.Binding.QUERY) {
        chain.add("\n.query($S, $L)", param.wireName(), param.idempotencyKey() ? CodeBlock.of("$L", key) : nullableString(param));
      }
    }
    String json = locals.newName("json");
    ParamModel body = method.params().stream().filter(p -> p.binding() == ParamModel.Binding.BODY).findFirst().orElse(null);
    List<ParamModel> fields = method.params().stream().filter(p -> p.binding() == ParamModel.Binding.BODY_FIELD).toList();
    if (body != null) {
      chain.add("\n.body($L -> $T.writeRequest($L, $L))", json,
          ResourceModel.generated(((TypeModel.ResourceRef) body.type()).name(), "Json"), json, body.name());
    } else if (!fields.isEmpty()) {
      String writeBody = members.newName("write" + Names.capitalize(method.name()) + "Body");
      String keyArgument = key;
      List<CodeBlock> args = fields.stream()
          .map(p -> CodeBlock.of("$L", p.idempotencyKey() ? keyArgument : p.name())).toList();
      chain.add("\n.body($L -> $L($L, $L))", json, writeBody, json, CodeBlock.join(args, ", "));
      type.addMethod(bodyWriter(writeBody, fields));
    }
    if (key != null) {
      chain.add("\n.retrySafe()");
    }
    if (method.response() == null) {
      chain.add("\n.build(reader -> null);\n");
    } else {
      chain.add("\n.build($T::read);\n", ResourceModel.generated(((TypeModel.ResourceRef) method.response()).name(), "Json"));
    }
    builder.addCode(chain.unindent().unindent().build());
    type.addMethod(builder.build());
  }

  private static boolean hasPattern(MethodModel method, ParamModel param) {
    return variable(method, param).pattern() != null;
  }

  private static PathTemplate.Variable variable(MethodModel method, ParamModel param) {
    return method.template().variables().stream().filter(v -> v.name().equals(param.wireName())).findFirst().orElseThrow();
  }

  private static CodeBlock stringOf(ParamModel param) {
    if (param.type() instanceof TypeModel.Scalar s && s.kind() == ScalarKind.STRING) {
      return CodeBlock.of("$L", param.name());
    } else if (param.type() instanceof TypeModel.EnumRef) {
      return CodeBlock.of("$L.name()", param.name());
    }
    return CodeBlock.of("$T.valueOf($L)", String.class, param.name());
  }

  private static CodeBlock nullableString(ParamModel param) {
    if (param.type() instanceof TypeModel.Scalar s && s.kind() == ScalarKind.STRING) {
      return CodeBlock.of("$L", param.name());
    }
    return CodeBlock.of("$L == null ? null : $L", param.name(), stringOf(param));
  }

  private MethodSpec bodyWriter(String name, List<ParamModel> fields) {
    MethodSpec.Builder writer = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("Writes the request body: one object holding the fields that are set.\n")
        .addParameter(CodecGenerator.JSON_WRITER, "writer");
    for (ParamModel field : fields) {
      writer.addParameter(field.type().typeName(), field.name());
    }
    writer.addStatement("writer.beginObject()");
    for (ParamModel field : fields) {
      writer.beginControlFlow("if ($L != null)", field.name());
      CodeBlock fieldName = CodeBlock.of("writer.name($S)", field.wireName());
      if (field.type() instanceof TypeModel.ListOf list) {
        writer.addStatement("$L.beginArray()", fieldName)
            .beginControlFlow("for ($T element : $L)", list.element().typeName(), field.name())
            .addStatement(writeOne(CodeBlock.of("writer"), CodeBlock.of("element"), list.element()))
            .endControlFlow()
            .addStatement("writer.endArray()");
      } else {
        writer.addStatement(writeOne(fieldName, CodeBlock.of("$L", field.name()), field.type()));
      }
      writer.endControlFlow();
    }
    return writer.addStatement("writer.endObject()").build();
  }

  private static CodeBlock writeOne(CodeBlock writer, CodeBlock expression, TypeModel type) {
    if (type instanceof TypeModel.Scalar scalar) {
      return CodeBlock.of("$L.$L($L)", writer, scalar.kind().writeMethod(), expression);
    } else if (type instanceof TypeModel.EnumRef) {
      return CodeBlock.of("$L.value($L.name())", writer, expression);
    } else if (type instanceof TypeModel.ResourceRef ref) {
      return CodeBlock.of("$T.writeRequest($L, $L)", ResourceModel.generated(ref.name(), "Json"), writer, expression);
    }
    throw new AssertionError(type);
  }

  private TypeSpec builder(ClassName self) {
    ClassName builder = self.nestedClass("Builder");
    ClassName transportBuilder = TRANSPORT.nestedClass("Builder");
    return TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Configures a {@link $T}: base URL, credentials, and any other transport option.\n", self)
        .addField(FieldSpec.builder(transportBuilder, "transport", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("$T.builder().baseUrl(DEFAULT_BASE_URL)", TRANSPORT)
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("baseUrl")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("The URL to call instead of {@link #DEFAULT_BASE_URL}, such as an emulator's.\n")
            .returns(builder)
            .addParameter(String.class, "baseUrl")
            .addStatement("transport.baseUrl(baseUrl)")
            .addStatement("return this")
            .build())
        .addMethod(MethodSpec.methodBuilder("credentials")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Where access tokens come from.\n")
            .returns(builder)
            .addParameter(CREDENTIALS, "credentials")
            .addStatement("transport.credentials(credentials)")
            .addStatement("return this")
            .build())
        .addMethod(MethodSpec.methodBuilder("configure")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Sets other transport options, such as timeouts and retries.\n")
            .returns(builder)
            .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class), transportBuilder), "options")
            .addStatement("options.accept(transport)")
            .addStatement("return this")
            .build())
        .addMethod(MethodSpec.methodBuilder("build")
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .addStatement("return new $T(transport.build())", self)
            .build())
        .build();
  }

  static TypeName futureOf(TypeName type) {
    return ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), type);
  }
}
