package dev.tinychat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/**
 * Binds a parameter to a query parameter; a {@code null} argument is left out of the URL, unless
 * the parameter is {@link #required()}: then a {@code null} (or empty) argument is refused before
 * any I/O, and a call builder takes it as an argument, not a setter.
 */
@Documented
@Target(ElementType.PARAMETER)
public @interface Query {
  /** The query parameter's name; the parameter's name when empty. */
  String value() default "";

  /** Whether the API requires the parameter, e.g. the {@code query} of a search. */
  boolean required() default false;
}
