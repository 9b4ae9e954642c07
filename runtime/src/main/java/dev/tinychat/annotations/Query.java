package dev.tinychat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/** Binds a parameter to a query parameter; a {@code null} argument is left out of the URL. */
@Documented
@Target(ElementType.PARAMETER)
public @interface Query {
  /** The query parameter's name; the parameter's name when empty. */
  String value() default "";
}
