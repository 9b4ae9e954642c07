package dev.tinychat.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The declarative description of each method's combinations, which the one checker of the
 * runtime ({@code dev.tinychat.internal.RequestRules}) evaluates and the request class's requests
 * ({@code dev.tinychat.internal.Arguments}) are placed by: the {@code RULES} constant of the
 * request class, looking into resources through their codecs' shapes, and the client's public
 * {@code checkX} method that also checks value limits.
 */
final class RulesGenerator {
  static final ClassName RULES = ClassName.get("dev.tinychat.internal", "RequestRules");
  /** The name of the request class's constant. */
  static final String CONSTANT = "RULES";

  private RulesGenerator() {}

  /**
   * The rules of one method: per combination in the order of the factories, the values it fixes,
   * its slots (the required values, then the allowed ones, in the order of the request class's
   * slots, each with its mask path), the paths it forbids and the counts.
   */
  static FieldSpec rules(Plan.Request request) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("new $T($S, $S)", RULES, request.method(), String.join(" ", request.checkedParams()))
        .indent().indent();
    request.resources().forEach((path, codec) -> {
      if (!path.contains(".")) {
        code.add("\n.resource($S, $T.SHAPE)", path, codec);
      }
    });
    for (Plan.Combination combination : request.combinations()) {
      code.add("\n.combination($S, $S)", combination.name(), combination.clause());
      for (Plan.Rule rule : combination.rules(Plan.Role.FIXED)) {
        code.add("\n.fixed($S, $L)", rule.path(), rule.literal());
      }
      paths(code, "required", combination.stored().stream().filter(Plan.Stored::required)
          .map(s -> s.mask() == null ? s.path() : s.path() + ":" + s.mask()).toList());
      paths(code, "allowed", combination.stored().stream().filter(s -> !s.required())
          .map(s -> s.mask() == null ? s.path() : s.path() + ":" + s.mask()).toList());
      paths(code, "forbidden", combination.rules(Plan.Role.FORBIDDEN).stream().map(Plan.Rule::path).toList());
      for (Plan.Count count : combination.counts()) {
        code.add("\n.count($S, $L, $L)", count.path(), count.min(),
            count.max() == Integer.MAX_VALUE ? CodeBlock.of("$T.MAX_VALUE", Integer.class) : count.max());
      }
    }
    return FieldSpec.builder(RULES, CONSTANT, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The combinations of {@link $T#$L}, a factory each: what each fixes, requires, allows and\n",
            request.api(), request.method())
        .addJavadoc("forbids, which the client checks calls against before any I/O. The required and allowed paths,\n")
        .addJavadoc("in order, are the slots of a request (a path the update mask has, with its mask path after a colon).\n")
        .initializer(code.unindent().unindent().build())
        .build();
  }

  private static void paths(CodeBlock.Builder code, String method, List<String> paths) {
    if (!paths.isEmpty()) {
      code.add("\n.$L($L)", method, CodeBlock.join(paths.stream().map(p -> CodeBlock.of("$S", p)).toList(), ", "));
    }
  }

  /** {@code public static void checkCreate(Space space, String requestId)}: rules, then limits. */
  static MethodSpec check(Plan.Request request) {
    MethodSpec.Builder check = MethodSpec.methodBuilder(request.checkMethod())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Checks a call of {@code $L} before any I/O, as {@link #$L} does: that it matches one\n",
            request.method(), request.method())
        .addJavadoc("combination of {@link $T}, chosen by the fields each fixes, and that every field is within\n",
            request.requestClass())
        .addJavadoc("its declared limits. A request made by a factory has its combination's fields by construction;\n")
        .addJavadoc("what its arguments and setters carry (list sizes, values) is checked here too.\n\n")
        .addJavadoc("@throws $T naming the field and the rule it breaks\n", CodecGenerator.INVALID_REQUEST);
    for (Plan.Param param : request.params()) {
      check.addParameter(param.type().typeName(), param.name());
    }
    check.addStatement("$T.$L.check($L)", request.requestClass(), CONSTANT, String.join(", ", request.checkedParams()));
    return check.addCode(valueChecks(request.params())).build();
  }

  /** The limits of resource arguments ({@code SpaceJson.SHAPE}'s check), and no {@code null} list elements. */
  static CodeBlock valueChecks(List<Plan.Param> params) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (Plan.Param param : params) {
      if (param.type() instanceof TypeModel.ListOf) {
        code.addStatement("$T.checkElements($L, $S, $L)", RULES, param.name(), param.name(),
            param.codec() == null ? CodeBlock.of("null") : CodeBlock.of("$T.SHAPE", param.codec()));
      } else if (param.codec() != null) {
        code.addStatement("$T.checkValue($L, $S, $T.SHAPE)", RULES, param.name(), param.name(), param.codec());
      }
    }
    return code.build();
  }
}
