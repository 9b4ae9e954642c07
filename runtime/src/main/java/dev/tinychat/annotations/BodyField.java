package dev.tinychat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/**
 * The parameter is one top-level field of a JSON request body assembled from several parameters,
 * as in spaces.setup: {@code {"space": ..., "requestId": ..., "memberships": [...]}}.
 */
@Documented
@Target(ElementType.PARAMETER)
public @interface BodyField {
  /** The JSON field name; the parameter's name when empty. */
  String value() default "";
}
