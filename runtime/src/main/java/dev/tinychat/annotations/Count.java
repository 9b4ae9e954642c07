package dev.tinychat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/**
 * Bounds on the element count of a repeated field. A required field's minimum is the number of
 * values the factory takes one by one (two members for a group chat); elements up to the maximum
 * go into a trailing varargs parameter.
 */
@Documented
@Target({})
public @interface Count {
  /** The repeated field's path. */
  String field();

  /** Fewest elements, inclusive. */
  int min() default 0;

  /** Most elements, inclusive. */
  int max() default Integer.MAX_VALUE;
}
