package dev.tinychat.processor;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * The rules that span elements of an API: bindings against the path template, one body, one
 * idempotency key, and combinations that are consistent and can be told apart. Reports every
 * broken rule; the API is generated only when none is.
 */
final class ApiValidator {
  private final Diagnostics diagnostics;
  private final Function<ClassName, ResourceModel> resources;

  /** @param resources the model of a resource that was read and is valid, else null */
  ApiValidator(Diagnostics diagnostics, Function<ClassName, ResourceModel> resources) {
    this.diagnostics = diagnostics;
    this.resources = resources;
  }

  /** Whether the API is clean. */
  boolean validate(ApiModel api) {
    int errors = diagnostics.errorCount();
    Map<String, MethodModel> requestClasses = new HashMap<>();
    for (MethodModel method : api.methods()) {
      validateBindings(method);
      if (!method.combinations().isEmpty()) {
        MethodModel other = requestClasses.putIfAbsent(method.requestClass().simpleName(), method);
        if (other != null) {
          diagnostics.error(method.element(), Message.DUPLICATE_REQUEST, other.name() + "()",
              method.name() + "()", method.requestClass().simpleName());
        }
        validateCombinations(method);
      }
    }
    return diagnostics.errorCount() == errors;
  }

  private void validateBindings(MethodModel method) {
    ExecutableElement element = method.element();
    List<String> variables = method.template().variableNames();
    Map<String, ParamModel> query = new HashMap<>();
    Map<String, ParamModel> bodyFields = new HashMap<>();
    List<ParamModel> bodies = new ArrayList<>();
    ParamModel key = null;
    for (ParamModel param : method.params()) {
      switch (param.binding()) {
        case PATH:
          if (!variables.contains(param.wireName())) {
            diagnostics.error(param.element(), Message.PATH_PARAMETER, param.name(),
                param.wireName(), method.template().source(), Names.hint(param.wireName(), variables));
          }
          break;
        case QUERY:
          duplicate(query, param, Message.DUPLICATE_QUERY);
          break;
        case BODY_FIELD:
          duplicate(bodyFields, param, Message.DUPLICATE_BODY_FIELD);
          bodies.add(param);
          break;
        case BODY:
          bodies.add(param);
          break;
        default:
          throw new AssertionError(param.binding());
      }
      if (param.idempotencyKey()) {
        boolean isString = param.type() instanceof TypeModel.Scalar s && s.kind() == ScalarKind.STRING;
        boolean bound = param.binding() == ParamModel.Binding.QUERY
            || param.binding() == ParamModel.Binding.BODY_FIELD;
        if (!isString || !bound) {
          diagnostics.error(param.element(), Message.IDEMPOTENCY_KEY, param.name(),
              param.type().describe(), param.binding().annotation() + " parameter");
        } else if (key != null) {
          diagnostics.error(param.element(), Message.TWO_IDEMPOTENCY_KEYS, method.name() + "()",
              key.name(), param.name());
        } else {
          key = param;
        }
      }
    }
    long bodyCount = bodies.stream().filter(p -> p.binding() == ParamModel.Binding.BODY).count();
    if (bodyCount > 1 || (bodyCount == 1 && bodies.size() > 1)) {
      diagnostics.error(element, Message.BODY_CONFLICT, method.name() + "()",
          bodies.stream().map(p -> p.binding().annotation() + " " + p.name()).collect(Collectors.joining(", ")));
    }
    List<String> pathParams = method.params().stream()
        .filter(p -> p.binding() == ParamModel.Binding.PATH).map(ParamModel::wireName).toList();
    for (String variable : variables) {
      if (variable.contains(".") && bodyField(method, variable) != null) {
        continue;
      }
      if (!pathParams.contains(variable)) {
        diagnostics.error(element, Message.PATH_VARIABLE, variable, method.template().source(),
            Names.hint(variable, method.params().stream().map(ParamModel::name).toList()));
      }
    }
  }

  /**
   * The fields a dotted template variable follows from a {@code @Body} or {@code @BodyField}
   * parameter to a String field ({@code space.name}), or {@code null} when it does not resolve.
   */
  List<FieldModel> bodyField(MethodModel method, String variable) {
    return bodyField(method, variable, resources);
  }

  static List<FieldModel> bodyField(MethodModel method, String variable, Function<ClassName, ResourceModel> resources) {
    String[] segments = variable.split("\\.");
    ParamModel param = method.param(segments[0]).orElse(null);
    if (param == null || !(param.binding() == ParamModel.Binding.BODY || param.binding() == ParamModel.Binding.BODY_FIELD)) {
      return null;
    }
    TypeModel type = param.type();
    List<FieldModel> fields = new ArrayList<>();
    for (int i = 1; i < segments.length; i++) {
      ResourceModel resource = type instanceof TypeModel.ResourceRef ref ? resources.apply(ref.name()) : null;
      FieldModel field = resource == null ? null : resource.field(segments[i]).orElse(null);
      if (field == null) {
        return null;
      }
      fields.add(field);
      type = field.type();
    }
    return type instanceof TypeModel.Scalar scalar && scalar.kind() == ScalarKind.STRING ? fields : null;
  }

  private void duplicate(Map<String, ParamModel> seen, ParamModel param, Message message) {
    ParamModel other = seen.putIfAbsent(param.wireName(), param);
    if (other != null) {
      diagnostics.error(param.element(), message, other.name(), param.name(), param.wireName());
    }
  }

  private void validateCombinations(MethodModel method) {
    Set<String> names = new HashSet<>();
    for (CombinationModel combination : method.combinations()) {
      if (!PathTemplate.isIdentifier(combination.name())) {
        report(method, combination, combination.nameValue(), Message.COMBINATION_NAME, combination.name());
      } else if (!names.add(combination.name())) {
        report(method, combination, combination.nameValue(), Message.DUPLICATE_COMBINATION,
            combination.name(), method.name() + "()");
      }
      validateRoles(method, combination);
      validateCounts(method, combination);
      validateMask(method, combination);
    }
    validateMemberNames(method);
    if (method.mask() != null) {
      return; // update combinations are told apart by the fields set, which make the mask
    }
    List<CombinationModel> all = method.combinations();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        validateDistinct(method, all.get(i), all.get(j));
      }
    }
  }

  /**
   * The request class's members do not clash: an accessor (one per parameter) is named like no
   * method of {@link Object}; a factory is named like no method of {@link Object}, like no accessor
   * when it takes no arguments, and like no setter of any combination when it takes one argument
   * of the setter's type (a static method and an instance method of one signature in a class and
   * its subclass, which javac refuses). {@code CreateMessage.text(parent, text)} beside the setter
   * {@code Cards.text(text)} is fine.
   */
  private void validateMemberNames(MethodModel method) {
    if (method.combinations().isEmpty()) {
      return;
    }
    String requestClass = method.requestClass().simpleName();
    for (ParamModel param : method.params()) {
      String owner = MethodModel.OBJECT_METHODS.contains(param.name()) ? "java.lang.Object"
          : MethodModel.ARGUMENTS_METHODS.contains(param.name()) ? "its superclass dev.tinychat.internal.Arguments"
          : null;
      if (owner != null) {
        diagnostics.error(param.element(), Message.PARAMETER_NAME, param.name(), method.name(),
            param.name(), requestClass, owner, param.name());
      }
    }
    Map<String, Map<TypeModel, String>> setters = new HashMap<>();
    for (CombinationModel combination : method.combinations()) {
      method.stored(combination).forEach((path, name) -> {
        if (setter(combination, path)) {
          setters.computeIfAbsent(name, n -> new HashMap<>()).putIfAbsent(path.type(),
              requestClass + "." + Names.capitalize(combination.name()) + "." + name + "(...)");
        }
      });
    }
    for (CombinationModel combination : method.combinations()) {
      String name = combination.name();
      List<TypeModel> arguments = method.stored(combination).keySet().stream()
          .filter(path -> !setter(combination, path)).map(FieldPath::type).toList();
      String setter = arguments.size() != 1 || arguments.get(0) instanceof TypeModel.ListOf ? null
          : setters.getOrDefault(name, Map.of()).get(arguments.get(0));
      String clash = MethodModel.OBJECT_METHODS.contains(name) ? "java.lang.Object's " + name + "()"
          : arguments.isEmpty() && method.param(name).isPresent()
              ? "the accessor " + name + "() of parameter " + name
          : arguments.isEmpty() && MethodModel.ARGUMENTS_METHODS.contains(name)
              ? "the method " + name + "() of dev.tinychat.internal.Arguments, which request classes extend"
          : setter != null ? "the setter " + setter
          : null;
      if (clash != null && PathTemplate.isIdentifier(name)) {
        report(method, combination, combination.nameValue(), Message.FACTORY_NAME, name, requestClass, name, clash);
      }
    }
  }

  /** Whether a value {@link MethodModel#stored} for {@code combination} has a setter. */
  private static boolean setter(CombinationModel combination, FieldPath path) {
    return combination.allowed().contains(path) || path.param().idempotencyKey();
  }

  /**
   * Every field an update combination may set, below the body, falls under a declared mask path;
   * a path bound to a template variable ({@code space.name}) names the resource, not a change.
   */
  private void validateMask(MethodModel method, CombinationModel combination) {
    MaskModel mask = method.mask();
    if (mask == null) {
      return;
    }
    List<String> declared = mask.paths().stream().map(MaskModel.MaskPath::source).toList();
    List<FieldPath> settable = new ArrayList<>(combination.required());
    settable.addAll(combination.allowed());
    for (FieldPath path : settable) {
      if (path.param() != mask.body() || method.template().variableNames().contains(path.source())) {
        continue;
      }
      if (path.fields().isEmpty() || mask.covering(path) == null) {
        String wanted = String.join(".", path.fields().stream().map(f -> MaskModel.snakeCase(f.jsonName())).toList());
        report(method, combination, path.value(), Message.UNMASKED_FIELD, path.source(),
            combination.required().contains(path) ? "required" : "allowed", combination.name(),
            mask.param().name(), wanted.isEmpty() ? "*" : wanted, String.join(", ", declared));
      }
    }
  }

  private void validateRoles(MethodModel method, CombinationModel combination) {
    Map<String, String> roles = new LinkedHashMap<>();
    Map<String, FieldPath> paths = new LinkedHashMap<>();
    List<FieldPath> named = new ArrayList<>();
    for (CombinationModel.Fixed fixed : combination.fixed()) {
      role(method, combination, roles, paths, fixed.path(), "fixed");
      named.add(fixed.path());
    }
    for (FieldPath path : combination.required()) {
      role(method, combination, roles, paths, path, "required");
      named.add(path);
    }
    for (FieldPath path : combination.allowed()) {
      role(method, combination, roles, paths, path, "allowed");
      named.add(path);
    }
    for (FieldPath path : combination.forbidden()) {
      role(method, combination, roles, paths, path, "forbidden");
    }
    for (FieldPath path : paths.values()) {
      if (path.param().idempotencyKey()) {
        report(method, combination, path.value(), Message.IDEMPOTENCY_KEY_IN_COMBINATION,
            path.source(), combination.name());
      }
      boolean inTemplate = method.template().variableNames().contains(path.source());
      path.fields().stream().filter(FieldModel::outputOnly).findFirst().filter(field -> !inTemplate).ifPresent(field ->
          report(method, combination, path.value(), Message.OUTPUT_ONLY_FIELD,
              path.source(), combination.name()));
      if (method.isMask(path.param())) {
        report(method, combination, path.value(), Message.MASK_IN_COMBINATION, path.source(), combination.name());
      }
    }
    for (FieldPath path : named) {
      String list = path.listBefore();
      if (list != null) {
        report(method, combination, path.value(), Message.PATH_THROUGH_LIST,
            path.source(), combination.name(), list);
      }
    }
    validateOneOfRoles(method, combination, roles, paths);
    validateRequiredGroups(method, combination, roles, paths);
    for (FieldPath outer : paths.values()) {
      for (FieldPath inner : paths.values()) {
        if (outer != inner && outer.covers(inner)) {
          String outerRole = roles.get(outer.source());
          String innerRole = roles.get(inner.source());
          boolean fine = !outerRole.equals("forbidden") && innerRole.equals("forbidden");
          if (!fine) {
            report(method, combination, inner.value(), Message.NESTED_ROLES, outer.source(),
                outerRole, inner.source(), innerRole, combination.name());
          }
        }
      }
    }
  }

  /** A path that sets, or may set, a field of a {@code @OneOf} group. */
  private record GroupUse(FieldPath path, String role, FieldModel field) {
    boolean sets() {
      return role.equals("fixed") || role.equals("required");
    }
  }

  /**
   * A combination fixes or requires at most one field of a group, and then allows no other: the
   * request would always carry two. Fields of a group are told apart by the path to the resource
   * that holds them ({@code space.} for {@code space.permissionSettings.manageApps}).
   */
  private void validateOneOfRoles(MethodModel method, CombinationModel combination, Map<String, String> roles,
      Map<String, FieldPath> paths) {
    Map<String, List<GroupUse>> groups = new LinkedHashMap<>();
    for (FieldPath path : paths.values()) {
      String role = roles.get(path.source());
      if (role.equals("forbidden")) {
        continue;
      }
      String parent = path.param().name();
      for (FieldModel field : path.fields()) {
        if (field.oneOf() != null) {
          groups.computeIfAbsent(parent + "#" + field.oneOf().group(), k -> new ArrayList<>())
              .add(new GroupUse(path, role, field));
        }
        parent = parent + "." + field.name();
      }
    }
    for (List<GroupUse> uses : groups.values()) {
      conflict:
      for (int j = 1; j < uses.size(); j++) {
        for (int i = 0; i < j; i++) {
          GroupUse a = uses.get(i);
          GroupUse b = uses.get(j);
          if (!a.field().name().equals(b.field().name()) && (a.sets() || b.sets())) {
            report(method, combination, b.path().value(), Message.ONE_OF_ROLES, b.path().source(), b.role(),
                a.path().source(), a.role(), combination.name(), b.field().name(), a.field().name(),
                a.field().oneOf().group());
            break conflict;
          }
        }
      }
    }
  }

  /**
   * A combination that may send a resource does not forbid every field of a required group of
   * it: no such resource could pass. (Forbid the resource instead.)
   */
  private void validateRequiredGroups(MethodModel method, CombinationModel combination, Map<String, String> roles,
      Map<String, FieldPath> paths) {
    Map<String, List<FieldPath>> forbiddenByParent = new LinkedHashMap<>();
    for (FieldPath path : paths.values()) {
      if (roles.get(path.source()).equals("forbidden") && !path.fields().isEmpty()) {
        String parent = path.source().substring(0, path.source().lastIndexOf('.'));
        forbiddenByParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(path);
      }
    }
    forbiddenByParent.forEach((parent, forbidden) -> {
      boolean sent = paths.values().stream().anyMatch(p -> !roles.get(p.source()).equals("forbidden")
          && (parent.equals(p.source()) || parent.startsWith(p.source() + ".") || p.source().startsWith(parent + ".")));
      List<FieldModel> fields = forbidden.get(0).fields();
      TypeModel type = fields.size() == 1 ? forbidden.get(0).param().type() : fields.get(fields.size() - 2).type();
      if (type instanceof TypeModel.ListOf list) {
        type = list.element();
      }
      ResourceModel resource = type instanceof TypeModel.ResourceRef ref ? resources.apply(ref.name()) : null;
      if (!sent || resource == null) {
        return;
      }
      List<String> names = forbidden.stream().map(FieldPath::lastName).toList();
      for (ResourceModel.OneOfGroup group : resource.oneOfGroups()) {
        if (group.required() && group.fields().stream().allMatch(f -> names.contains(f.name()))) {
          List<String> members = group.fields().stream().map(FieldModel::name).toList();
          FieldPath last = forbidden.stream().filter(p -> members.contains(p.lastName())).reduce((a, b) -> b)
              .orElseThrow();
          report(method, combination, last.value(), Message.ONE_OF_ALL_FORBIDDEN, combination.name(),
              group.fieldNames(), parent, group.name(), parent, parent);
        }
      }
    });
  }

  private void role(MethodModel method, CombinationModel combination, Map<String, String> roles,
      Map<String, FieldPath> paths, FieldPath path, String role) {
    String previous = roles.putIfAbsent(path.source(), role);
    if (previous != null) {
      report(method, combination, path.value(), Message.FIELD_ROLES, path.source(),
          previous.equals(role) ? role + " twice" : "both " + previous + " and " + role,
          combination.name());
    } else {
      paths.put(path.source(), path);
    }
  }

  private void validateCounts(MethodModel method, CombinationModel combination) {
    Set<String> seen = new HashSet<>();
    for (CombinationModel.Count count : combination.counts()) {
      FieldPath path = count.path();
      if (count.min() < 0 || count.min() > count.max()) {
        report(method, combination, path.value(), Message.COUNT_BOUNDS, path.source(),
            combination.name(), count.min(), count.max());
      }
      boolean required = combination.required().stream().anyMatch(p -> p.source().equals(path.source()));
      boolean mentioned = required
          || combination.allowed().stream().anyMatch(p -> p.source().equals(path.source()));
      if (required && count.min() == 0) {
        report(method, combination, path.value(), Message.REQUIRED_COUNT, path.source(), combination.name());
      }
      if (!(path.type() instanceof TypeModel.ListOf)) {
        report(method, combination, path.value(), Message.COUNT_FIELD, path.source(),
            combination.name(), "it is a " + path.type().describe() + ", not a List");
      } else if (!mentioned) {
        report(method, combination, path.value(), Message.COUNT_FIELD, path.source(),
            combination.name(), "it is neither required nor allowed there; name it in required or allowed");
      } else if (!seen.add(path.source())) {
        report(method, combination, path.value(), Message.COUNT_FIELD, path.source(),
            combination.name(), "it has two @Count; merge them");
      }
    }
  }

  private void validateDistinct(MethodModel method, CombinationModel a, CombinationModel b) {
    Map<String, String> fixedA = fixedValues(a);
    if (!fixedA.equals(fixedValues(b))) {
      return;
    }
    if (excludes(a, b) || excludes(b, a)) {
      return;
    }
    report(method, b, b.nameValue(), Message.INDISTINGUISHABLE, a.name(), b.name(),
        method.name() + "()", fixedA.isEmpty() ? "nothing" : fixedA.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
  }

  private static Map<String, String> fixedValues(CombinationModel combination) {
    Map<String, String> values = new java.util.TreeMap<>();
    combination.fixed().forEach(f -> values.put(f.path().source(), f.text()));
    return values;
  }

  /** Whether {@code a} requires a field that {@code b} forbids. */
  private static boolean excludes(CombinationModel a, CombinationModel b) {
    for (FieldPath required : a.required()) {
      for (FieldPath forbidden : b.forbidden()) {
        if (forbidden.covers(required)) {
          return true;
        }
      }
    }
    return false;
  }

  private void report(MethodModel method, CombinationModel combination, AnnotationValue value,
      Message message, Object... args) {
    diagnostics.error(method.element(), combination.mirror(), value, message, args);
  }
}
