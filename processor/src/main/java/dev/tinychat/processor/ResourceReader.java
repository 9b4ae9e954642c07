package dev.tinychat.processor;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Turns {@code @Resource} interfaces into {@link ResourceModel}s, reporting what cannot be encoded.
 * Works alike for interfaces compiled now and ones read from class files. Models are cached, so a
 * resource used by many others is read (and its errors reported) once.
 *
 * <p>Resource cycles are fine ({@code Message.quotedMessage} of type {@code Message}): a field
 * refers to another resource by name only, and a value, being immutable, is always finite.
 */
final class ResourceReader {
  private static final Pattern ONE_OF_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Diagnostics diagnostics;
  private final Elements elements;
  private final Types types;
  private final Annotations annotations;
  private final Map<String, Optional<ResourceModel>> cache = new HashMap<>();
  private final Map<String, Optional<TypeModel.EnumRef>> enums = new HashMap<>();

  ResourceReader(Diagnostics diagnostics, Elements elements, Types types) {
    this.diagnostics = diagnostics;
    this.elements = elements;
    this.types = types;
    this.annotations = new Annotations(elements);
  }

  /** The model of a resource by name, or empty when it has errors (reported) or does not exist. */
  Optional<ResourceModel> read(ClassName name) {
    TypeElement element = elements.getTypeElement(name.canonicalName());
    return element == null ? Optional.empty() : read(element);
  }

  /** The model of a resource, or empty when its definition has errors (reported). */
  Optional<ResourceModel> read(TypeElement element) {
    String key = element.getQualifiedName().toString();
    Optional<ResourceModel> cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    cache.put(key, Optional.empty()); // a cycle sees "not ready", which is never an error
    Optional<ResourceModel> model = readUncached(element);
    cache.put(key, model);
    return model;
  }

  private Optional<ResourceModel> readUncached(TypeElement element) {
    int errors = diagnostics.errorCount();
    if (element.getKind() != ElementKind.INTERFACE) {
      diagnostics.error(element, Annotations.find(element, "Resource"), Message.NOT_AN_INTERFACE,
          "Resource", element.getSimpleName(), kindName(element));
      return Optional.empty();
    }
    if (!element.getTypeParameters().isEmpty()) {
      diagnostics.error(element, Message.GENERIC_RESOURCE, element.getSimpleName(),
          element.getTypeParameters().stream().map(Object::toString).collect(Collectors.joining(", ")));
    }
    List<FieldModel> fields = new ArrayList<>();
    Map<String, FieldModel> byJsonName = new LinkedHashMap<>();
    for (ExecutableElement accessor : accessors(element)) {
      FieldModel field = readField(element, accessor);
      if (field == null) {
        continue;
      }
      FieldModel clash = byJsonName.putIfAbsent(field.jsonName(), field);
      if (clash != null) {
        diagnostics.error(accessor, Message.JSON_NAME, clash.name() + "()", field.name() + "()",
            element.getSimpleName(), field.jsonName());
      }
      fields.add(field);
    }
    if (diagnostics.errorCount() != errors) {
      return Optional.empty();
    }
    ResourceModel model = new ResourceModel(element, ClassName.get(element), List.copyOf(fields), javadoc(element));
    validateOneOfGroups(model);
    return diagnostics.errorCount() != errors ? Optional.empty() : Optional.of(model);
  }

  /** Each group has two fields or more, which agree on whether one of them is required. */
  private void validateOneOfGroups(ResourceModel model) {
    String resource = model.element().getSimpleName().toString();
    for (ResourceModel.OneOfGroup group : model.oneOfGroups()) {
      FieldModel first = group.fields().get(0);
      if (group.fields().size() == 1) {
        diagnostics.error(first.element(), first.oneOf().mirror(), Message.ONE_OF_SINGLE, group.name(), resource,
            first.name() + "()", group.name());
      }
      for (FieldModel field : group.fields()) {
        if (field.oneOf().required() != group.required()) {
          String says = (group.required() ? first : field).name() + "()";
          diagnostics.error(field.element(), field.oneOf().mirror(), Message.ONE_OF_REQUIRED, first.name() + "()",
              field.name() + "()", resource, group.name(), says);
          break;
        }
      }
    }
  }

  /** The field's {@code @OneOf} group, or null when it has none or it is malformed (reported). */
  private FieldModel.OneOf oneOf(ExecutableElement accessor, TypeModel type, boolean outputOnly) {
    AnnotationMirror mirror = Annotations.find(accessor, "OneOf");
    if (mirror == null) {
      return null;
    }
    String group = annotations.string(mirror, "value");
    String field = accessor.getSimpleName() + "()";
    if (!ONE_OF_NAME.matcher(group).matches()) {
      diagnostics.error(accessor, mirror, annotations.value(mirror, "value"), Message.ONE_OF_NAME, group, field);
    } else if (outputOnly) {
      diagnostics.error(accessor, mirror, Message.ONE_OF_OUTPUT_ONLY, group, field);
    } else if (type instanceof TypeModel.ListOf) {
      diagnostics.error(accessor, mirror, Message.ONE_OF_LIST, group, field, type.describe());
    }
    Object required = annotations.value(mirror, "required").getValue();
    return new FieldModel.OneOf(group, Boolean.TRUE.equals(required), mirror);
  }

  /** The abstract methods of the interface and its super-interfaces, in declaration order. */
  private List<ExecutableElement> accessors(TypeElement element) {
    List<ExecutableElement> result = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    collectAccessors(element, result, seen);
    return result;
  }

  private void collectAccessors(TypeElement element, List<ExecutableElement> result, Set<String> seen) {
    for (ExecutableElement method : ElementFilter.methodsIn(element.getEnclosedElements())) {
      if (method.getModifiers().contains(Modifier.ABSTRACT)
          && seen.add(method.getSimpleName().toString())) {
        result.add(method);
      }
    }
    for (TypeMirror superInterface : element.getInterfaces()) {
      collectAccessors((TypeElement) types.asElement(superInterface), result, seen);
    }
  }

  private FieldModel readField(TypeElement resource, ExecutableElement accessor) {
    String name = accessor.getSimpleName().toString();
    if (!accessor.getParameters().isEmpty() || !accessor.getTypeParameters().isEmpty()) {
      diagnostics.error(accessor, Message.ACCESSOR_PARAMETERS, name,
          accessor.getParameters().stream().map(p -> p.asType() + " " + p.getSimpleName())
              .collect(Collectors.joining(", ")),
          resource.getSimpleName());
      return null;
    }
    TypeModel type = fieldType(accessor.getReturnType(), accessor, name, resource.getSimpleName().toString());
    if (type == null) {
      return null;
    }
    boolean outputOnly = Annotations.has(accessor, "OutputOnly");
    boolean inputOnly = Annotations.has(accessor, "InputOnly");
    if (outputOnly && inputOnly) {
      diagnostics.error(accessor, Message.DIRECTION, name + "()");
    }
    AnnotationMirror jsonName = Annotations.find(accessor, "JsonName");
    Integer maxLength = null;
    AnnotationMirror maxLengthMirror = Annotations.find(accessor, "MaxLength");
    boolean isString = type instanceof TypeModel.Scalar s && s.kind() == ScalarKind.STRING;
    if (maxLengthMirror != null) {
      maxLength = annotations.integer(maxLengthMirror, "value");
      if (maxLength < 1 || !isString) {
        diagnostics.error(accessor, maxLengthMirror, Message.MAX_LENGTH, maxLength, name + "()");
      }
    }
    NamePattern namePattern = null;
    AnnotationMirror patternMirror = Annotations.find(accessor, "NamePattern");
    if (patternMirror != null) {
      String text = annotations.string(patternMirror, "value");
      if (!isString) {
        diagnostics.error(accessor, patternMirror, Message.NAME_PATTERN_TYPE, name + "()", type.describe());
      }
      try {
        namePattern = NamePattern.parse(text);
      } catch (NamePattern.SyntaxException e) {
        diagnostics.error(accessor, patternMirror, annotations.value(patternMirror, "value"),
            Message.NAME_PATTERN, text, e.getMessage());
      }
    }
    FieldModel.OneOf oneOf = oneOf(accessor, type, outputOnly);
    return new FieldModel(
        accessor,
        name,
        jsonName == null ? name : annotations.string(jsonName, "value"),
        type,
        outputOnly,
        inputOnly,
        maxLength,
        namePattern,
        oneOf,
        javadoc(accessor));
  }

  /** The wire type of a field, or null after reporting why it has none. */
  TypeModel fieldType(TypeMirror type, Element where, String name, String owner) {
    TypeModel model = typeOf(type, false);
    if (model != null) {
      return model;
    }
    if (type.getKind().isPrimitive()) {
      diagnostics.error(where, Message.PRIMITIVE_FIELD, name, owner, type,
          types.boxedClass(types.getPrimitiveType(type.getKind())).getSimpleName());
    } else {
      diagnostics.error(where, Message.FIELD_TYPE, name, owner, type);
    }
    return null;
  }

  /** The wire type, or null when the type is not one a field may have. */
  TypeModel typeOf(TypeMirror type, boolean inList) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    String name = element.getQualifiedName().toString();
    ScalarKind scalar = ScalarKind.forQualifiedName(name);
    if (scalar != null) {
      return new TypeModel.Scalar(scalar);
    }
    if (name.equals("java.util.List") && !inList && declared.getTypeArguments().size() == 1) {
      TypeModel elementType = typeOf(declared.getTypeArguments().get(0), true);
      return elementType == null ? null : new TypeModel.ListOf(elementType);
    }
    if (element.getKind() == ElementKind.ENUM) {
      return enumRef(element).orElse(null);
    }
    if (Annotations.has(element, "Resource") && element.getKind() == ElementKind.INTERFACE
        && declared.getTypeArguments().isEmpty()) {
      return new TypeModel.ResourceRef(ClassName.get(element));
    }
    return null;
  }

  private Optional<TypeModel.EnumRef> enumRef(TypeElement element) {
    return enums.computeIfAbsent(element.getQualifiedName().toString(), k -> {
      List<String> constants = new ArrayList<>();
      List<String> unrecognized = new ArrayList<>();
      for (Element enclosed : element.getEnclosedElements()) {
        if (enclosed.getKind() == ElementKind.ENUM_CONSTANT) {
          constants.add(enclosed.getSimpleName().toString());
          if (Annotations.has(enclosed, "Unrecognized")) {
            unrecognized.add(enclosed.getSimpleName().toString());
          }
        }
      }
      if (unrecognized.size() != 1) {
        diagnostics.error(element, Message.UNRECOGNIZED, element.getSimpleName(),
            unrecognized.isEmpty() ? "none; add one such as @Unrecognized UNRECOGNIZED"
                : String.join(", ", unrecognized));
        // Still a valid type for the rest of the checks: the enum's own error is reported.
        return Optional.of(new TypeModel.EnumRef(ClassName.get(element), constants,
            unrecognized.isEmpty() ? "" : unrecognized.get(0)));
      }
      return Optional.of(new TypeModel.EnumRef(ClassName.get(element), List.copyOf(constants), unrecognized.get(0)));
    });
  }

  String javadoc(Element element) {
    String comment = elements.getDocComment(element);
    return comment == null ? "" : comment.strip();
  }

  static String kindName(Element element) {
    switch (element.getKind()) {
      case CLASS:
        return "a class";
      case ENUM:
        return "an enum";
      case RECORD:
        return "a record";
      case ANNOTATION_TYPE:
        return "an annotation type";
      default:
        return "a " + element.getKind().toString().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
