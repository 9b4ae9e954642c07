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
import javax.lang.model.element.Modifier;

/**
 * Generates {@code XClient} for a {@code @RestApi} interface {@code X}: one method per REST method
 * that checks its arguments, builds an {@code ApiRequest} and sends it; one overload per method
 * with combinations that takes its request class, and its rules ({@link RulesGenerator}); a call
 * class per method with optional query parameters. What every client shares is the runtime's: the
 * builder ({@code ClientBuilder}), the call classes' base ({@code PendingCall}, {@code PagedCall}).
 * A pure function of the plan.
 */
final class ClientGenerator {
  static final ClassName API_REQUEST = ClassName.get("dev.tinychat.http", "ApiRequest");
  static final ClassName TRANSPORT = ClassName.get("dev.tinychat.http", "Transport");
  static final ClassName CLIENT_BUILDER = ClassName.get("dev.tinychat.http", "ClientBuilder");
  static final ClassName PENDING_CALL = ClassName.get("dev.tinychat.http", "PendingCall");
  static final ClassName PAGED_CALL = ClassName.get("dev.tinychat.http", "PagedCall");

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
    List<Plan.Request> requests = requests();
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
            .returns(ParameterizedTypeName.get(CLIENT_BUILDER, self))
            .addStatement("return new $T<>(DEFAULT_BASE_URL, $T::new)", CLIENT_BUILDER, self)
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
    return type.build();
  }

  /**
   * {@code list(parent)}, returning a call whose optional arguments are set by name:
   * {@code client.list(parent).pageSize(10).call()}; for a paged method also {@code all()}. The
   * call class holds the arguments and makes the request; the runtime's {@code PendingCall}
   * ({@code PagedCall}) sends it.
   */
  private void callBuilder(Plan.Method method) {
    Plan.Call call = method.call();
    Plan.Paging paging = call.paging();
    NameAllocator names = new NameAllocator();
    method.params().forEach(p -> names.newName(p.name(), p));
    String transport = names.newName("transport");
    MethodSpec.Builder start = MethodSpec.methodBuilder(method.name())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("A {@code $L} call with its optional arguments unset: set them by name, then\n", method.name())
        .addJavadoc("{@link $T#call()}$L.\n", call.name(), paging == null ? ""
            : CodeBlock.of(", or {@link $T#all()} for every item of every page", call.name()))
        .returns(call.name());
    List<CodeBlock> required = new ArrayList<>(List.of(CodeBlock.of(transport(method))));
    TypeSpec.Builder type = TypeSpec.classBuilder(call.name())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("A {@code $L} call: the optional arguments set so far.\n", method.name())
        .superclass(paging == null ? ParameterizedTypeName.get(PENDING_CALL, method.responseType())
            : ParameterizedTypeName.get(PAGED_CALL, paging.page(), paging.item()));
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addParameter(TRANSPORT, transport)
        .addStatement(paging == null ? CodeBlock.of("super($L)", transport)
            : CodeBlock.of("super($L, $T::$L, $T::nextPageToken)", transport, paging.page(), paging.items(),
                paging.page()));
    for (Plan.Param param : call.required()) {
      start.addParameter(param.type().typeName(), param.name());
      required.add(CodeBlock.of("$L", param.name()));
      type.addField(param.type().typeName(), param.name(), Modifier.PRIVATE, Modifier.FINAL);
      constructor.addParameter(param.type().typeName(), param.name())
          .addStatement("this.$L = $L", param.name(), param.name());
    }
    type.addMethod(constructor.build());
    for (Plan.Param param : call.optional()) {
      boolean token = paging != null && param.name().equals(paging.tokenParam());
      if (!token) {
        type.addField(param.type().typeName(), param.name(), Modifier.PRIVATE);
      }
      type.addMethod(MethodSpec.methodBuilder(param.name())
          .addModifiers(Modifier.PUBLIC)
          .addJavadoc("Sets the {@code $L} argument.\n", param.wireName())
          .returns(call.name())
          .addParameter(param.type().typeName(), param.name())
          .addStatement("this.$L = $L", token ? "pageToken" : param.name(), param.name())
          .addStatement("return this")
          .build());
    }
    MethodSpec.Builder request = MethodSpec.methodBuilder("request")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(ParameterizedTypeName.get(API_REQUEST, method.responseType()))
        .addStatement("return $L($L)", method.sender(), arguments(method));
    if (paging != null) {
      request.addParameter(String.class, paging.tokenParam());
    }
    type.addMethod(request.build());
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
    CodeBlock send = CodeBlock.of("$L.$L($L($L))", transport(method), method.async() ? "sendAsync" : "send",
        method.sender(), arguments(method));
    call.addStatement(method.returnsVoid() ? "$L" : "return $L", send);
    type.addMethod(call.build());
  }

  /** The client's transport field, qualified when a parameter of {@code method} hides it. */
  private static String transport(Plan.Method method) {
    return method.params().stream().anyMatch(p -> p.name().equals("transport")) ? "this.transport" : "transport";
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
        .addStatement("$T.requireArgument($L, $S, null)", RulesGenerator.RULES, parameter, parameter)
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
      builder.addStatement("$T.requireArgument($L, $S, null)", RulesGenerator.RULES, param.name(), param.name());
    }
    for (Plan.Param param : method.params()) {
      if (param.required()) {
        builder.addStatement("$T.requireArgument($L, $S, null)", RulesGenerator.RULES, param.name(), param.name());
      }
      if (param.binding() == ParamModel.Binding.QUERY && param.pattern() != null) {
        builder.beginControlFlow("if ($L != null)", param.name())
            .addStatement("$T.pathValue($L, $S, $S)", RulesGenerator.RULES, param.name(), param.name(), param.pattern())
            .endControlFlow();
      }
      if (param.binding() == ParamModel.Binding.QUERY && param.type() instanceof TypeModel.EnumRef known
          && known.unrecognized() != null) {
        builder.addStatement("$T.sendable($L, $T.$L, $S, $T.values())", RulesGenerator.RULES, param.name(),
            known.name(), known.unrecognized(), param.name(), known.name());
      }
      if (param.updateMask()) {
        builder.addStatement("$T.mask($L, $S)", RulesGenerator.RULES, param.name(), param.name());
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
      chain.add("\n.pathParam($S, $T.pathValue($L, $S, $S))", param.wireName(), RulesGenerator.RULES,
          param.name(), param.name(), param.pattern());
    }
    for (Plan.PathField field : method.pathFields()) {
      chain.add("\n.pathParam($S, $T.pathValue($L, $S, $S))", field.wireName(), RulesGenerator.RULES,
          getter(field), field.wireName(), field.pattern());
    }
    for (Plan.Param param : method.bound(ParamModel.Binding.QUERY)) {
      chain.add("\n.query($S, $L)", param.wireName(), param.idempotencyKey() ? key : param.name());
    }
    List<Plan.Param> body = method.bound(ParamModel.Binding.BODY);
    if (!body.isEmpty()) {
      chain.add("\n.body($T.SHAPE, $L)", ((TypeModel.ResourceRef) body.get(0).type()).jsonName(), body.get(0).name());
    }
    for (Plan.Param field : method.bound(ParamModel.Binding.BODY_FIELD)) {
      String value = field.idempotencyKey() ? key : field.name();
      TypeModel type = field.type() instanceof TypeModel.ListOf list ? list.element() : field.type();
      if (type instanceof TypeModel.ResourceRef ref) {
        chain.add("\n.member($S, $L, $T.SHAPE)", field.wireName(), value, ref.jsonName());
      } else {
        chain.add("\n.member($S, $L)", field.wireName(), value);
      }
    }
    if (key != null) {
      chain.add("\n.retrySafe()");
    }
    if (method.emptyResponse() != null) {
      chain.add("\n.buildEmpty(new $T().build());\n", method.emptyResponse());
    } else if (method.responseCodec() == null) {
      chain.add("\n.build();\n");
    } else {
      chain.add("\n.build($T.SHAPE);\n", method.responseCodec());
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
}
