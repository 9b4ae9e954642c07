package dev.tinychat.processor;

import javax.lang.model.element.ExecutableElement;

/**
 * One accessor of a resource: its Java name, JSON name, type, direction, and value limits
 * ({@code maxLength} or {@code namePattern} are {@code null} when not declared).
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
    String javadoc) {

  /**
   * Whether the field has a value check of its own: a limit, or an enum whose
   * {@code @Unrecognized} constant must not be sent without the wire text it stands for.
   */
  boolean hasOwnCheck() {
    return !outputOnly && (maxLength != null || namePattern != null || type instanceof TypeModel.EnumRef);
  }
}
