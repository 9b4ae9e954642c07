package dev.tinychat.processor;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Turns {@code @RestApi} interfaces into {@link ApiModel}s: verbs, templates, parameter
 * bindings, and combinations with every field path resolved segment by segment. What cannot be
 * read is reported on the element, annotation or annotation value at fault; rules across
 * elements are left to {@link ApiValidator}.
 */
final class ApiReader {
  private static final List<String> VERBS = List.of("Get", "Post", "Put", "Patch", "Delete");

  private final Diagnostics diagnostics;
  private final Annotations annotations;
  private final ResourceReader resources;
  private boolean brokenResource;

  ApiReader(Diagnostics diagnostics, Elements elements, ResourceReader resources) {
    this.diagnostics = diagnostics;
    this.annotations = new Annotations(elements);
    this.resources = resources;
  }

  /** The model of an API, or empty when it has errors (reported). */
  Optional<ApiModel> read(TypeElement element) {
    int errors = diagnostics.errorCount();
    brokenResource = false;
    AnnotationMirror restApi = Annotations.find(element, "RestApi");
    if (element.getKind() != ElementKind.INTERFACE) {
      diagnostics.error(element, restApi, Message.NOT_AN_INTERFACE,
          "RestApi", element.getSimpleName(), ResourceReader.kindName(element));
      return Optional.empty();
    }
    List<MethodModel> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(element.getEnclosedElements())) {
      if (method.getModifiers().contains(Modifier.ABSTRACT)) {
        readMethod(element, method).ifPresent(methods::add);
      }
    }
    if (diagnostics.errorCount() != errors || brokenResource) {
      return Optional.empty();
    }
    return Optional.of(new ApiModel(element, ClassName.get(element),
        annotations.string(restApi, "baseUrl"), List.copyOf(methods), resources.javadoc(element)));
  }

  private Optional<MethodModel> readMethod(TypeElement api, ExecutableElement method) {
    int errors = diagnostics.errorCount();
    String name = method.getSimpleName().toString();
    List<AnnotationMirror> verbs = new ArrayList<>();
    for (String verb : VERBS) {
      AnnotationMirror mirror = Annotations.find(method, verb);
      if (mirror != null) {
        verbs.add(mirror);
      }
    }
    if (verbs.size() != 1) {
      diagnostics.error(method, Message.HTTP_METHOD, name + "()",
          verbs.isEmpty() ? "none" : verbs.toString());
      return Optional.empty();
    }
    AnnotationMirror verbMirror = verbs.get(0);
    String verb = verbMirror.getAnnotationType().asElement().getSimpleName().toString();
    String templateText = annotations.string(verbMirror, "value");
    PathTemplate template = null;
    try {
      template = PathTemplate.parse(templateText);
    } catch (NamePattern.SyntaxException e) {
      diagnostics.error(method, verbMirror, annotations.value(verbMirror, "value"),
          Message.PATH_TEMPLATE, templateText, e.getMessage());
    }

    TypeMirror returnType = method.getReturnType();
    boolean async = false;
    TypeModel response = null;
    if (isCompletableFuture(returnType)) {
      async = true;
      returnType = ((DeclaredType) returnType).getTypeArguments().get(0);
    }
    if (!isVoid(returnType)) {
      response = resources.typeOf(returnType, false);
      if (!(response instanceof TypeModel.ResourceRef)) {
        diagnostics.error(method, Message.RETURN_TYPE, name + "()", method.getReturnType());
      }
    }

    List<ParamModel> params = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      ParamModel param = readParam(parameter);
      if (param != null) {
        params.add(param);
      }
    }

    AnnotationMirror request = Annotations.find(method, "Request");
    String requestName = request == null
        ? Names.capitalize(name) + "Request" : annotations.string(request, "value");
    if (request != null && !PathTemplate.isIdentifier(requestName)) {
      diagnostics.error(method, request, annotations.value(request, "value"), Message.REQUEST_NAME, requestName);
    }
    List<CombinationModel> combinations = new ArrayList<>();
    for (AnnotationMirror mirror : annotations.combinations(method, diagnostics)) {
      combinations.add(readCombination(method, mirror, params));
    }
    MaskModel mask = readMask(method, params);
    if (request != null && combinations.isEmpty()) {
      diagnostics.error(method, request, Message.REQUEST_WITHOUT_COMBINATIONS, requestName, name + "()");
    }
    if (diagnostics.errorCount() != errors) {
      return Optional.empty();
    }
    ClassName api1 = ClassName.get(api);
    return Optional.of(new MethodModel(method, name, verb, template, List.copyOf(params), response,
        async, List.copyOf(combinations), ClassName.get(api1.packageName(), requestName),
        resources.javadoc(method), mask));
  }

  /** The {@code @UpdateMask} of a method, its paths resolved from the body; {@code null} when none or broken. */
  private MaskModel readMask(ExecutableElement method, List<ParamModel> params) {
    MaskModel mask = null;
    for (ParamModel param : params) {
      AnnotationMirror mirror = Annotations.find(param.element(), "UpdateMask");
      if (mirror == null) {
        continue;
      }
      List<ParamModel> bodies = params.stream().filter(p -> p.binding() == ParamModel.Binding.BODY).toList();
      String problem = null;
      if (mask != null) {
        problem = "a second one (" + mask.param().name() + " has one)";
      } else if (param.binding() != ParamModel.Binding.QUERY
          || !(param.type() instanceof TypeModel.Scalar s && s.kind() == ScalarKind.STRING)) {
        problem = "a " + param.type().describe() + " " + param.binding().annotation() + " parameter";
      } else if (bodies.size() != 1) {
        problem = "in " + method.getSimpleName() + "(), which has no @Body parameter";
      }
      if (problem != null) {
        diagnostics.error(param.element(), mirror, Message.UPDATE_MASK, param.name(), problem);
        continue;
      }
      List<AnnotationValue> values = annotations.list(mirror, "value");
      if (values.isEmpty()) {
        diagnostics.error(param.element(), mirror, Message.MASK_PATH, "", param.name(),
            "@UpdateMask declares no path; list the paths the API accepts, such as \"display_name\".");
      }
      List<MaskModel.MaskPath> paths = new ArrayList<>();
      for (AnnotationValue value : values) {
        MaskModel.MaskPath path = maskPath(param, mirror, value, bodies.get(0));
        if (path != null) {
          paths.add(path);
        }
      }
      mask = new MaskModel(param, bodies.get(0), mirror, List.copyOf(paths));
    }
    return mask;
  }

  /** One declared mask path, resolved segment by segment from the body by snake_case names. */
  private MaskModel.MaskPath maskPath(ParamModel param, AnnotationMirror mirror, AnnotationValue value,
      ParamModel body) {
    String source = String.valueOf(value.getValue());
    TypeModel type = body.type();
    List<FieldModel> fields = new ArrayList<>();
    for (String segment : source.split("\\.", -1)) {
      if (!(type instanceof TypeModel.ResourceRef ref)) {
        diagnostics.error(param.element(), mirror, value, Message.MASK_PATH, source, param.name(),
            "\"" + fields.get(fields.size() - 1).name() + "\" is a " + type.describe()
                + "; a mask path goes through single resources only, and ends at any field.");
        return null;
      }
      Optional<ResourceModel> resource = resources.read(ref.name());
      if (resource.isEmpty()) {
        brokenResource = true; // its own errors are reported on it
        return null;
      }
      List<String> names = resource.get().fields().stream().map(f -> MaskModel.snakeCase(f.jsonName())).toList();
      int index = names.indexOf(segment);
      if (index < 0) {
        diagnostics.error(param.element(), mirror, value, Message.MASK_PATH, source, param.name(),
            ref.name().simpleName() + " has no field \"" + segment + "\" (mask paths are snake_case JSON names)."
                + Names.hint(segment, names));
        return null;
      }
      FieldModel field = resource.get().fields().get(index);
      fields.add(field);
      type = field.type();
    }
    return new MaskModel.MaskPath(source, List.copyOf(fields), value);
  }

  private ParamModel readParam(VariableElement parameter) {
    String name = parameter.getSimpleName().toString();
    List<ParamModel.Binding> bindings = new ArrayList<>();
    String wireName = name;
    for (ParamModel.Binding binding : ParamModel.Binding.values()) {
      AnnotationMirror mirror = Annotations.find(parameter, binding.annotation().substring(1));
      if (mirror != null) {
        bindings.add(binding);
        if (binding != ParamModel.Binding.BODY && !annotations.string(mirror, "value").isEmpty()) {
          wireName = annotations.string(mirror, "value");
        }
      }
    }
    if (bindings.size() != 1) {
      diagnostics.error(parameter, Message.BINDING, name,
          bindings.isEmpty() ? "none" : String.join(" and ", bindings.stream().map(ParamModel.Binding::annotation).toList()));
      return null;
    }
    ParamModel.Binding binding = bindings.get(0);
    TypeModel type = resources.typeOf(parameter.asType(), false);
    String problem = null;
    switch (binding) {
      case PATH:
      case QUERY:
        if (!(type instanceof TypeModel.Scalar s && s.kind() != ScalarKind.JSON || type instanceof TypeModel.EnumRef)) {
          problem = "a " + binding.annotation() + " parameter is a String, Boolean, Integer, Long, Double, Instant or enum.";
        }
        break;
      case BODY:
        if (!(type instanceof TypeModel.ResourceRef)) {
          problem = "a @Body parameter is a @Resource interface.";
        }
        break;
      case BODY_FIELD:
        if (type == null) {
          problem = parameter.asType().getKind().isPrimitive()
              ? "use its boxed type (Integer, Boolean, ...), so that null can leave it out."
              : "a @BodyField is a String, Boolean, Integer, Long, Double, Instant, enum, @Resource, or a List of these.";
        }
        break;
      default:
        throw new AssertionError(binding);
    }
    if (problem != null) {
      diagnostics.error(parameter, Message.PARAMETER_TYPE, name, parameter.asType(), problem);
      return null;
    }
    AnnotationMirror query = Annotations.find(parameter, "Query");
    boolean required = query != null && Boolean.TRUE.equals(annotations.value(query, "required").getValue());
    NamePattern pattern = null;
    AnnotationMirror patternMirror = Annotations.find(parameter, "NamePattern");
    if (patternMirror != null) {
      String text = annotations.string(patternMirror, "value");
      if (binding != ParamModel.Binding.QUERY
          || !(type instanceof TypeModel.Scalar s && s.kind() == ScalarKind.STRING)) {
        diagnostics.error(parameter, patternMirror, Message.NAME_PATTERN_PARAMETER,
            binding.annotation() + " " + type.describe(), name);
        return null;
      }
      try {
        pattern = NamePattern.parse(text);
      } catch (NamePattern.SyntaxException e) {
        diagnostics.error(parameter, patternMirror, annotations.value(patternMirror, "value"),
            Message.NAME_PATTERN, text, e.getMessage());
        return null;
      }
    }
    return new ParamModel(parameter, name, binding, wireName,
        Annotations.has(parameter, "IdempotencyKey"), type, required, pattern);
  }

  private CombinationModel readCombination(
      ExecutableElement method, AnnotationMirror mirror, List<ParamModel> params) {
    String name = annotations.string(mirror, "name");
    List<String> scopes = new ArrayList<>();
    annotations.list(mirror, "scopes").forEach(v -> scopes.add(String.valueOf(v.getValue())));
    List<CombinationModel.Fixed> fixed = new ArrayList<>();
    for (AnnotationMirror fixedMirror : annotations.mirrors(mirror, "fixed")) {
      AnnotationValue field = annotations.value(fixedMirror, "field");
      FieldPath path = resolve(method, mirror, field, params);
      if (path != null) {
        String text = annotations.string(fixedMirror, "value");
        if (fixedValue(method, mirror, fixedMirror, path, text, name)) {
          fixed.add(new CombinationModel.Fixed(path, text, fixedMirror));
        }
      }
    }
    List<CombinationModel.Count> counts = new ArrayList<>();
    for (AnnotationMirror countMirror : annotations.mirrors(mirror, "counts")) {
      FieldPath path = resolve(method, mirror, annotations.value(countMirror, "field"), params);
      if (path != null) {
        counts.add(new CombinationModel.Count(path, annotations.integer(countMirror, "min"),
            annotations.integer(countMirror, "max"), countMirror));
      }
    }
    return new CombinationModel(mirror, annotations.value(mirror, "name"), name,
        annotations.string(mirror, "description"), List.copyOf(scopes), fixed,
        paths(method, mirror, "required", params), paths(method, mirror, "allowed", params),
        paths(method, mirror, "forbidden", params), counts);
  }

  /** Whether the text is a value of the fixed field; reports why not. */
  private boolean fixedValue(ExecutableElement method, AnnotationMirror mirror,
      AnnotationMirror fixedMirror, FieldPath path, String text, String combination) {
    AnnotationValue value = annotations.value(fixedMirror, "value");
    TypeModel type = path.type();
    if (type instanceof TypeModel.Scalar scalar) {
      boolean accepted = scalar.kind().accepts(text);
      if (!accepted) {
        diagnostics.error(method, mirror, value, Message.FIXED_VALUE, text, path.source(),
            type.describe(), combination, scalar.kind().example());
      }
      return accepted;
    }
    if (type instanceof TypeModel.EnumRef enumRef) {
      if (enumRef.known().contains(text)) {
        return true;
      }
      String nearest = Names.nearest(text, enumRef.known());
      diagnostics.error(method, mirror, value, Message.FIXED_VALUE, text, path.source(),
          type.describe(), combination,
          (nearest == null ? "" : "\"" + nearest + "\"; valid: ") + String.join(", ", enumRef.known()));
      return false;
    }
    diagnostics.error(method, mirror, value, Message.FIXED_TYPE, path.source(), combination, type.describe());
    return false;
  }

  private List<FieldPath> paths(
      ExecutableElement method, AnnotationMirror mirror, String member, List<ParamModel> params) {
    List<FieldPath> result = new ArrayList<>();
    for (AnnotationValue value : annotations.list(mirror, member)) {
      FieldPath path = resolve(method, mirror, value, params);
      if (path != null) {
        result.add(path);
      }
    }
    return result;
  }

  /** Resolves a dotted path segment by segment, reporting the first segment that fails. */
  private FieldPath resolve(
      ExecutableElement method, AnnotationMirror mirror, AnnotationValue value, List<ParamModel> params) {
    String source = String.valueOf(value.getValue());
    String[] segments = source.split("\\.", -1);
    ParamModel param = params.stream().filter(p -> p.name().equals(segments[0])).findFirst().orElse(null);
    if (param == null) {
      diagnostics.error(method, mirror, value, Message.NO_SUCH_PARAMETER, segments[0],
          method.getSimpleName() + "()", source,
          Names.hint(segments[0], params.stream().map(ParamModel::name).toList()));
      return null;
    }
    TypeModel type = param.type();
    List<FieldModel> fields = new ArrayList<>();
    for (int i = 1; i < segments.length; i++) {
      TypeModel elementType = type instanceof TypeModel.ListOf list ? list.element() : type;
      if (!(elementType instanceof TypeModel.ResourceRef ref)) {
        diagnostics.error(method, mirror, value, Message.NOT_A_RESOURCE, segments[i - 1], source,
            type.describe());
        return null;
      }
      Optional<ResourceModel> resource = resources.read(ref.name());
      if (resource.isEmpty()) {
        brokenResource = true; // its own errors are reported on it; the API is not generated
        return null;
      }
      String segment = segments[i];
      Optional<FieldModel> field = resource.get().field(segment);
      if (field.isEmpty()) {
        diagnostics.error(method, mirror, value, Message.NO_SUCH_FIELD, segment,
            ref.name().simpleName(), source,
            Names.hint(segment, resource.get().fields().stream().map(FieldModel::name).toList()));
        return null;
      }
      fields.add(field.get());
      type = field.get().type();
    }
    return new FieldPath(source, param, List.copyOf(fields), value);
  }

  private static boolean isCompletableFuture(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName()
            .contentEquals("java.util.concurrent.CompletableFuture")
        && ((DeclaredType) type).getTypeArguments().size() == 1;
  }

  private static boolean isVoid(TypeMirror type) {
    return type.getKind() == TypeKind.VOID
        || (type.getKind() == TypeKind.DECLARED
            && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals("java.lang.Void"));
  }
}
