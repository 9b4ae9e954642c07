package dev.tinychat.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.SimpleAnnotationValueVisitor14;

/** Reads annotation mirrors by name, so that every value keeps its source position. */
final class Annotations {
  static final String PACKAGE = "dev.tinychat.annotations.";

  private final Elements elements;

  Annotations(Elements elements) {
    this.elements = elements;
  }

  /** The annotation {@code dev.tinychat.annotations.<simpleName>} on the element, or null. */
  static AnnotationMirror find(Element element, String simpleName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(PACKAGE + simpleName)) {
        return mirror;
      }
    }
    return null;
  }

  static boolean has(Element element, String simpleName) {
    return find(element, simpleName) != null;
  }

  /** The value of the named member, defaults included. */
  AnnotationValue value(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue();
      }
    }
    throw new IllegalArgumentException("no member " + member + " in " + mirror);
  }

  String string(AnnotationMirror mirror, String member) {
    Object value = value(mirror, member).getValue();
    return value instanceof String ? (String) value : "";
  }

  int integer(AnnotationMirror mirror, String member) {
    Object value = value(mirror, member).getValue();
    return value instanceof Integer ? (Integer) value : 0;
  }

  /** The elements of an array member (a single value counts as an array of one). */
  List<AnnotationValue> list(AnnotationMirror mirror, String member) {
    AnnotationValue value = value(mirror, member);
    List<AnnotationValue> result = new ArrayList<>();
    value.accept(
        new SimpleAnnotationValueVisitor14<Void, Void>() {
          @Override
          public Void visitArray(List<? extends AnnotationValue> values, Void unused) {
            result.addAll(values);
            return null;
          }

          @Override
          protected Void defaultAction(Object o, Void unused) {
            result.add(value);
            return null;
          }
        },
        null);
    return result;
  }

  /** The annotation mirrors of an array-of-annotations member. */
  List<AnnotationMirror> mirrors(AnnotationMirror mirror, String member) {
    List<AnnotationMirror> result = new ArrayList<>();
    for (AnnotationValue value : list(mirror, member)) {
      if (value.getValue() instanceof AnnotationMirror) {
        result.add((AnnotationMirror) value.getValue());
      }
    }
    return result;
  }

  /**
   * The {@code @Combination}s of a method, whether written once or repeated; repeated ones are
   * made known to {@code diagnostics}, which must place them in the source itself.
   */
  List<AnnotationMirror> combinations(Element method, Diagnostics diagnostics) {
    List<AnnotationMirror> result = new ArrayList<>();
    AnnotationMirror single = find(method, "Combination");
    if (single != null) {
      result.add(single);
    }
    AnnotationMirror container = find(method, "Combinations");
    if (container != null) {
      List<AnnotationMirror> repeated = mirrors(container, "value");
      for (int i = 0; i < repeated.size(); i++) {
        diagnostics.repeated(repeated.get(i), "Combination", i);
      }
      result.addAll(repeated);
    }
    return result;
  }
}
