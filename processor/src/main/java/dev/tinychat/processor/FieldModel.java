package dev.tinychat.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/**
 * One accessor of a resource: its Java name, JSON name, type, direction, value limits
 * ({@code maxLength} or {@code namePattern} are {@code null} when not declared), and the
 * {@code @OneOf} group it belongs to ({@code null} when none).
 */
record FieldModel(
    ExecutableElement element,
    String name,
    String jsonName,
    TypeModel type,
    boolean outputOnly,
    boolean inputOnly,
    Integer maxLength,
    NamePattern namePattern,
    OneOf oneOf,
    String javadoc) {

  /** Membership of a {@code @OneOf} group: its name, and whether a sent resource needs one. */
  record OneOf(String group, boolean required, AnnotationMirror mirror) {}

  /**
   * Whether the field has a value check of its own: a limit, a {@code @OneOf} group, or an enum
   * whose {@code @Unrecognized} constant must not be sent without the wire text it stands for.
   */
  boolean hasOwnCheck() {
    return !outputOnly
        && (maxLength != null || namePattern != null || oneOf != null || type instanceof TypeModel.EnumRef);
  }
}
