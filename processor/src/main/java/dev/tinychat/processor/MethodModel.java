package dev.tinychat.processor;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  /** The methods of {@link Object} without parameters: no accessor or factory may take a name. */
  static final Set<String> OBJECT_METHODS = Set.of(
      "getClass", "hashCode", "equals", "toString", "notify", "notifyAll", "wait", "clone", "finalize");

  /**
   * The final methods without parameters of the runtime's {@code Arguments}, which every request
   * class extends: no accessor or factory without arguments may take a name.
   */
  static final Set<String> ARGUMENTS_METHODS = Set.of("maskPaths");

  /**
   * The values a request of {@code combination} holds, each with its name in the request class:
   * path parameters not required as a whole, the required paths (these two are the factory's
   * parameters), the allowed paths and the idempotency key (these have setters). A path is named
   * by its last segment, or by all its segments in camel case when another shares its last one.
   */
  Map<FieldPath, String> stored(CombinationModel combination) {
    List<FieldPath> stored = new ArrayList<>();
    for (ParamModel param : params) {
      if (param.binding() == ParamModel.Binding.PATH && combination.required().stream()
          .noneMatch(r -> r.param() == param && r.fields().isEmpty())) {
        stored.add(new FieldPath(param.name(), param, List.of(), null));
      }
    }
    stored.addAll(combination.required());
    stored.addAll(combination.allowed());
    idempotencyKey().ifPresent(key -> stored.add(new FieldPath(key.name(), key, List.of(), null)));
    Map<String, Integer> clashes = new HashMap<>();
    stored.forEach(p -> clashes.merge(p.lastName(), 1, Integer::sum));
    Map<FieldPath, String> names = new LinkedHashMap<>();
    for (FieldPath path : stored) {
      names.put(path, clashes.get(path.lastName()) > 1 ? path.camelName() : path.lastName());
    }
    return names;
  }

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
