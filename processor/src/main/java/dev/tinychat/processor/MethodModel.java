package dev.tinychat.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;

/**
 * One REST method: verb, path template, parameters, the response ({@code null} for none),
 * whether it is asynchronous, its combinations and the request class generated for them, and its
 * {@code @UpdateMask} ({@code null} when none).
 */
record MethodModel(
    ExecutableElement element,
    String name,
    String verb,
    PathTemplate template,
    List<ParamModel> params,
    TypeModel response,
    boolean async,
    List<CombinationModel> combinations,
    ClassName requestClass,
    String javadoc,
    MaskModel mask) {

  Optional<ParamModel> idempotencyKey() {
    return params.stream().filter(ParamModel::idempotencyKey).findFirst();
  }

  /** Whether the parameter carries the update mask. */
  boolean isMask(ParamModel param) {
    return mask != null && mask.param() == param;
  }

  Optional<ParamModel> param(String paramName) {
    return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
  }

  /** Same verb, path and parameter types: an async twin shares the combinations of its method. */
  boolean sameCall(MethodModel other) {
    return verb.equals(other.verb)
        && template.source().equals(other.template.source())
        && params.stream().map(p -> p.type().typeName()).toList()
            .equals(other.params.stream().map(p -> p.type().typeName()).toList());
  }
}
