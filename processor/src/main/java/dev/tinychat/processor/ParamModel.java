package dev.tinychat.processor;

import javax.lang.model.element.VariableElement;

/**
 * One parameter of a REST method: how it binds to the request, under which name (template
 * variable, query parameter or body field), whether it is the idempotency key, its type, and
 * whether it is a required query parameter, and the {@code @NamePattern} of a query parameter
 * ({@code null} when none).
 */
record ParamModel(
    VariableElement element,
    String name,
    Binding binding,
    String wireName,
    boolean idempotencyKey,
    TypeModel type,
    boolean required,
    NamePattern pattern) {

  /** Where a parameter goes in the request. */
  enum Binding {
    PATH("@Path"),
    QUERY("@Query"),
    BODY("@Body"),
    BODY_FIELD("@BodyField");

    private final String annotation;

    Binding(String annotation) {
      this.annotation = annotation;
    }

    String annotation() {
      return annotation;
    }
  }
}
