package dev.tinychat.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.List;
import java.util.function.Predicate;

/**
 * The statements that check the declared limits of a method's parameters before any I/O:
 * {@code SpaceJson.check(space, "space")}, per element for lists. Shared by the request classes
 * and by clients of methods without combinations.
 */
final class ValueChecks {
  private ValueChecks() {}

  static CodeBlock of(List<ParamModel> params, Predicate<ClassName> checked) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (ParamModel param : params) {
      TypeModel type = param.type();
      if (type instanceof TypeModel.ResourceRef ref && checked.test(ref.name())) {
        code.beginControlFlow("if ($L != null)", param.name())
            .addStatement("$T.check($L, $S)", ResourceModel.generated(ref.name(), "Json"), param.name(), param.name())
            .endControlFlow();
      } else if (type instanceof TypeModel.ListOf list) {
        code.beginControlFlow("if ($L != null)", param.name())
            .beginControlFlow("for (int i = 0; i < $L.size(); i++)", param.name())
            .beginControlFlow("if ($L.get(i) == null)", param.name())
            .addStatement("throw new $T($S + i + ']', $S)", CodecGenerator.INVALID_REQUEST,
                param.name() + "[", "must not be null");
            code.endControlFlow();
        if (list.element() instanceof TypeModel.ResourceRef ref && checked.test(ref.name())) {
          code.addStatement("$T.check($L.get(i), $S + i + ']')",
              ResourceModel.generated(ref.name(), "Json"), param.name(), param.name() + "[");
        }
        code.endControlFlow().endControlFlow();
      }
    }
    return code.build();
  }
}
