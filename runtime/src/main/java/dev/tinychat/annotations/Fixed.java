package dev.tinychat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/**
 * A field a {@link Combination} sets to a constant. The value is written as in Java source for
 * the field's type: an enum constant's name, {@code true}/{@code false}, a number, or text.
 */
@Documented
@Target({})
public @interface Fixed {
  /** The field path, as in {@link Combination#required()}. */
  String field();

  /** The constant. */
  String value();
}
