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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code XClient} for a {@code @RestApi} interface {@code X}: one method per REST method
 * that checks its arguments, builds an {@code ApiRequest} and sends it; one overload per method
 * with combinations that takes its request class, and its rules ({@link RulesGenerator}); a
 * builder over {@code Transport.Builder}. A pure function of the plan.
 */
final class ClientGenerator {
  static final ClassName API_REQUEST = ClassName.get("dev.tinychat.http", "ApiRequest");
  static final ClassName TRANSPORT = ClassName.get("dev.tinychat.http", "Transport");
  static final ClassName CREDENTIALS = ClassName.get("dev.tinychat.auth", "Credentials");

  private final Plan.Api api;
  private final TypeSpec.Builder type;

  private ClientGenerator(Plan.Api api) {
    this.api = api;
    this.type = TypeSpec.classBuilder(api.clientName()).addAnnotation(SourceWriter.GENERATED);
  }

  static JavaFile generate(Plan.Api api) {
    return JavaFile.builder(api.clientName().packageName(), new ClientGenerator(api).client()).build();
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
    for (Plan.Method method : api.methods()) {
      for (Plan.Param param : method.ownsSender() ? method.params() : List.<Plan.Param>of()) {
        if (param.patternConstant() != null) {
          type.addField(FieldSpec.builder(Pattern.class, param.patternConstant(),
                  Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer("$T.compile($S)", Pattern.class, param.pattern())
              .build());
        }
      }
    }
    for (Plan.Method method : api.methods()) {
      for (Plan.PathField field : method.ownsSender() ? method.pathFields() : List.<Plan.PathField>of()) {
        if (field.patternConstant() != null) {
          type.addField(FieldSpec.builder(Pattern.class, field.patternConstant(),
                  Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer("$T.compile($S)", Pattern.class, field.pattern())
              .build());
        }
      }
    }
    List<Plan.Request> requests = requests();
    requests.forEach(r -> type.addField(RulesGenerator.rules(r)));
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
    requests.forEach(r -> type.addMethod(RulesGenerator.check(r)));
    for (Plan.Method method : api.methods()) {
      if (method.ownsSender()) {
        sender(method);
      }
    }
    for (Plan.Method method : api.methods()) {
      callMethod(method);
      if (method.request() != null) {
        overload(method);
      }
      if (method.call() != null) {
        callBuilder(method);
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
    return type.build();
  }

  static final ClassName PAGES = ClassName.get("dev.tinychat.http", "Pages");

  /**
   * {@code list(parent)}, returning a call whose optional arguments are set by name:
   * {@code client.list(parent).pageSize(10).call()}; for a paged method also {@code all()}.
   */
  private void callBuilder(Plan.Method method) {
    Plan.Call call = method.call();
    ClassName self = api.clientName();
    MethodSpec.Builder start = MethodSpec.methodBuilder(method.name())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("A {@code $L} call with its optional arguments unset: set them by name, then\n", method.name())
        .addJavadoc("{@link $T#call()}$L.\n", call.name(), call.paging() == null ? ""
            : CodeBlock.of(", or {@link $T#all()} for every item of every page", call.name()))
        .returns(call.name());
    List<CodeBlock> required = new ArrayList<>();
    TypeSpec.Builder type = TypeSpec.classBuilder(call.name())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("A {@code $L} call: the optional arguments set so far.\n", method.name());
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
    for (Plan.Param param : call.required()) {
      start.addParameter(param.type().typeName(), param.name());
      required.add(CodeBlock.of("$L", param.name()));
      type.addField(param.type().typeName(), param.name(), Modifier.PRIVATE, Modifier.FINAL);
      constructor.addParameter(param.type().typeName(), param.name())
          .addStatement("this.$L = $L", param.name(), param.name());
    }
    type.addMethod(constructor.build());
    NameAllocator names = new NameAllocator();
    method.params().forEach(p -> names.newName(p.name(), p));
    for (Plan.Param param : call.optional()) {
      type.addField(param.type().typeName(), param.name(), Modifier.PRIVATE);
      type.addMethod(MethodSpec.methodBuilder(param.name())
          .addModifiers(Modifier.PUBLIC)
          .addJavadoc("Sets the {@code $L} argument.\n", param.wireName())
          .returns(call.name())
          .addParameter(param.type().typeName(), param.name())
          .addStatement("this.$L = $L", param.name(), param.name())
          .addStatement("return this")
          .build());
    }
    CodeBlock arguments = arguments(method);
    type.addMethod(MethodSpec.methodBuilder(names.newName("call"))
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Sends the call.\n")
        .returns(method.returnType())
        .addStatement(method.returnsVoid() ? "$T.this.$L($L)" : "return $T.this.$L($L)", self, method.name(),
            arguments)
        .build());
    if (call.async() != null) {
      type.addMethod(MethodSpec.methodBuilder(names.newName("callAsync"))
          .addModifiers(Modifier.PUBLIC)
          .addJavadoc("Sends the call without blocking.\n")
          .returns(ParameterizedTypeName.get(ClassName.get(java.util.concurrent.CompletableFuture.class),
              method.returnsVoid() ? ClassName.get(Void.class) : method.returnType()))
          .addStatement("return $T.this.$L($L)", self, call.async(), arguments)
          .build());
    }
    Plan.Paging paging = call.paging();
    if (paging != null) {
      String token = names.newName("token");
      CodeBlock byToken = CodeBlock.join(method.params().stream()
          .map(p -> CodeBlock.of("$L", p.name().equals(paging.tokenParam()) ? token : p.name())).toList(), ", ");
      TypeName pages = ParameterizedTypeName.get(PAGES, paging.page(), paging.item());
      type.addMethod(MethodSpec.methodBuilder(names.newName("all"))
          .addModifiers(Modifier.PUBLIC)
          .addJavadoc("Every item of every page from {@code $L} on, fetched lazily: a page when the items\n",
              paging.tokenParam())
          .addJavadoc("before it are used up, with these arguments.\n")
          .returns(pages)
          .addStatement("return $T.of($L, $L -> $T.this.$L($L), $T::$L, $T::nextPageToken)", PAGES,
              paging.tokenParam(), token, self, method.name(), byToken, paging.page(), paging.items(), paging.page())
          .build());
      if (call.async() != null) {
        type.addMethod(MethodSpec.methodBuilder(names.newName("allAsync"))
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("As {@link #all()}, each page fetched without blocking.\n")
            .returns(pages)
            .addStatement("return $T.ofAsync($L, $L -> $T.this.$L($L), $T::$L, $T::nextPageToken)", PAGES,
                paging.tokenParam(), token, self, call.async(), byToken, paging.page(), paging.items(),
                paging.page())
            .build());
      }
    }
    this.type.addMethod(start.addStatement("return new $T($L)", call.name(), CodeBlock.join(required, ", ")).build());
    this.type.addType(type.build());
  }

  /** The request plans, each once (an async twin shares its synchronous twin's). */
  private List<Plan.Request> requests() {
    List<Plan.Request> result = new ArrayList<>();
    for (Plan.Method method : api.methods()) {
      if (method.request() != null && !result.contains(method.request())) {
        result.add(method.request());
      }
    }
    return result;
  }

  private void callMethod(Plan.Method method) {
    MethodSpec.Builder call = MethodSpec.methodBuilder(method.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(method.returnType());
    if (method.derived()) {
      call.addJavadoc(method.javadoc().code());
    } else {
      call.addAnnotation(Override.class);
    }
    if (method.deprecated()) {
      call.addAnnotation(Deprecated.class);
    }
    for (Plan.Param param : method.params()) {
      call.addParameter(param.type().typeName(), param.name());
    }
    CodeBlock send = CodeBlock.of("transport.$L($L($L))", method.async() ? "sendAsync" : "send",
        method.sender(), arguments(method));
    call.addStatement(method.returnsVoid() ? "$L" : "return $L", send);
    type.addMethod(call.build());
  }

  private static CodeBlock arguments(Plan.Method method) {
    return CodeBlock.join(method.params().stream().map(p -> CodeBlock.of("$L", p.name())).toList(), ", ");
  }

  private void overload(Plan.Method method) {
    Plan.Request request = method.request();
    NameAllocator names = new NameAllocator();
    String parameter = names.newName("request");
    List<CodeBlock> accessors = request.params().stream()
        .map(p -> CodeBlock.of("$L.$L()", parameter, p.name())).toList();
    MethodSpec.Builder overload = MethodSpec.methodBuilder(method.name())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Sends {@code $L}, made by one of the {@link $T} factories.\n", parameter, request.requestClass())
        .returns(method.returnType())
        .addParameter(request.requestClass(), parameter)
        .addStatement("$T.required($L, $S, null)", RulesGenerator.RULES, parameter, parameter)
        .addStatement(method.returnsVoid() ? "$L($L)" : "return $L($L)", method.name(),
            CodeBlock.join(accessors, ", "));
    if (method.deprecated()) {
      overload.addAnnotation(Deprecated.class);
    }
    type.addMethod(overload.build());
  }

  /** The private method that checks the arguments and builds the {@code ApiRequest}. */
  private void sender(Plan.Method method) {
    NameAllocator locals = new NameAllocator();
    method.params().forEach(p -> locals.newName(p.name()));
    MethodSpec.Builder builder = MethodSpec.methodBuilder(method.sender())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(API_REQUEST, method.responseType()));
    for (Plan.Param param : method.params()) {
      builder.addParameter(ParameterSpec.builder(param.type().typeName(), param.name()).build());
    }
    if (method.request() != null) {
      builder.addStatement("$L($L)", method.request().checkMethod(), arguments(method));
    } else {
      builder.addCode(RulesGenerator.valueChecks(method.params()));
    }
    for (Plan.Param param : method.bound(ParamModel.Binding.BODY)) {
      builder.addStatement("$T.required($L, $S, null)", RulesGenerator.RULES, param.name(), param.name());
    }
    for (Plan.Param param : method.params()) {
      if (param.required()) {
        builder.addStatement("$T.required($L, $S, null)", RulesGenerator.RULES, param.name(), param.name());
      }
      if (param.binding() == ParamModel.Binding.QUERY && param.patternConstant() != null) {
        builder.beginControlFlow("if ($L != null)", param.name())
            .addStatement("$T.pathValue($L, $S, $L, $S)", RulesGenerator.RULES, param.name(), param.name(),
                param.patternConstant(), param.shape())
            .endControlFlow();
      }
      if (param.binding() == ParamModel.Binding.QUERY && param.type() instanceof TypeModel.EnumRef known
          && known.unrecognized() != null) {
        builder.beginControlFlow("if ($L == $T.$L)", param.name(), known.name(), known.unrecognized())
            .addStatement("throw new $T($S, $S)", CodecGenerator.INVALID_REQUEST, param.name(),
                known.unrecognized() + " stands for a value this client does not know and cannot be sent; choose one of "
                    + String.join(", ", known.constants().stream().filter(c -> !c.equals(known.unrecognized())).toList()))
            .endControlFlow();
      }
      if (param.updateMask()) {
        builder.beginControlFlow("if ($L == null || $L.isEmpty())", param.name(), param.name())
            .addStatement("throw new $T($S, $S)", CodecGenerator.INVALID_REQUEST, param.name(),
                "names no field: set at least one field to update (set to null to clear it)")
            .endControlFlow();
      }
    }
    Plan.Param keyParam = method.idempotencyKey();
    String key = null;
    if (keyParam != null) {
      key = locals.newName("key");
      builder.addStatement("String $L = $T.idempotencyKey($L)", key, API_REQUEST, keyParam.name());
    }
    CodeBlock.Builder chain = CodeBlock.builder()
        .add("return $T.$L($S)", API_REQUEST, method.verb().toLowerCase(Locale.ROOT), method.path())
        .indent().indent();
    for (Plan.Param param : method.bound(ParamModel.Binding.PATH)) {
      chain.add("\n.pathParam($S, $T.pathValue($L, $S, $L, $L))", param.wireName(), RulesGenerator.RULES,
          param.name(), param.name(), param.patternConstant() == null ? "null" : param.patternConstant(),
          param.shape() == null ? CodeBlock.of("null") : CodeBlock.of("$S", param.shape()));
    }
    for (Plan.PathField field : method.pathFields()) {
      chain.add("\n.pathParam($S, $T.pathValue($L, $S, $L, $L))", field.wireName(), RulesGenerator.RULES,
          getter(field), field.wireName(), field.patternConstant() == null ? "null" : field.patternConstant(),
          field.shape() == null ? CodeBlock.of("null") : CodeBlock.of("$S", field.shape()));
    }
    for (Plan.Param param : method.bound(ParamModel.Binding.QUERY)) {
      chain.add("\n.query($S, $L)", param.wireName(),
          param.idempotencyKey() ? CodeBlock.of("$L", key) : nullableString(param));
    }
    String json = locals.newName("json");
    List<Plan.Param> body = method.bound(ParamModel.Binding.BODY);
    List<Plan.Param> fields = method.bound(ParamModel.Binding.BODY_FIELD);
    if (!body.isEmpty()) {
      chain.add("\n.body($L -> $T.SHAPE.writeRequest($L, $L))", json,
          ((TypeModel.ResourceRef) body.get(0).type()).jsonName(), json, body.get(0).name());
    } else if (!fields.isEmpty()) {
      String writeBody = "write" + Names.capitalize(method.sender());
      String keyArgument = key;
      List<CodeBlock> args = fields.stream()
          .map(p -> CodeBlock.of("$L", p.idempotencyKey() ? keyArgument : p.name())).toList();
      chain.add("\n.body($L -> $L($L, $L))", json, writeBody, json, CodeBlock.join(args, ", "));
      type.addMethod(bodyWriter(writeBody, fields));
    }
    if (key != null) {
      chain.add("\n.retrySafe()");
    }
    if (method.emptyResponse() != null) {
      chain.add("\n.buildEmpty(new $T().build());\n", method.emptyResponse());
    } else if (method.responseCodec() == null) {
      chain.add("\n.build();\n");
    } else {
      chain.add("\n.build($T::read);\n", method.responseCodec());
    }
    builder.addCode(chain.unindent().unindent().build());
    type.addMethod(builder.build());
  }

  /** {@code space == null ? null : space.name()}, one null test per step. */
  private static CodeBlock getter(Plan.PathField field) {
    List<String> steps = new ArrayList<>();
    String expression = field.param();
    for (String getter : field.getters()) {
      steps.add(expression + " == null");
      expression = expression + "." + getter + "()";
    }
    return CodeBlock.of("$L ? null : $L", String.join(" || ", steps), expression);
  }

  private static CodeBlock stringOf(Plan.Param param) {
    if (param.type() instanceof TypeModel.Scalar s && s.kind() == ScalarKind.STRING) {
      return CodeBlock.of("$L", param.name());
    } else if (param.type() instanceof TypeModel.EnumRef) {
      return CodeBlock.of("$L.name()", param.name());
    }
    return CodeBlock.of("$T.valueOf($L)", String.class, param.name());
  }

  private static CodeBlock nullableString(Plan.Param param) {
    if (param.type() instanceof TypeModel.Scalar s && s.kind() == ScalarKind.STRING) {
      return CodeBlock.of("$L", param.name());
    }
    return CodeBlock.of("$L == null ? null : $L", param.name(), stringOf(param));
  }

  private static MethodSpec bodyWriter(String name, List<Plan.Param> fields) {
    MethodSpec.Builder writer = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("Writes the request body: one object holding the fields that are set.\n")
        .addParameter(CodecGenerator.JSON_WRITER, "writer");
    for (Plan.Param field : fields) {
      writer.addParameter(field.type().typeName(), field.name());
    }
    writer.addStatement("writer.beginObject()");
    for (Plan.Param field : fields) {
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
      return scalar.kind().write(writer, expression);
    } else if (type instanceof TypeModel.EnumRef) {
      return CodeBlock.of("$L.value($L.name())", writer, expression);
    } else if (type instanceof TypeModel.ResourceRef ref) {
      return CodeBlock.of("$T.SHAPE.writeRequest($L, $L)", ref.jsonName(), writer, expression);
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
}
