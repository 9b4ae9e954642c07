package dev.tinychat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/** Binds a parameter to a variable of the method's path template. */
@Documented
@Target(ElementType.PARAMETER)
public @interface Path {
  /** The template variable; the parameter's name when empty. */
  String value() default "";
}
