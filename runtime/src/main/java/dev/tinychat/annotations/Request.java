package dev.tinychat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/**
 * Names the request class generated for a method with {@link Combination}s; without it the name
 * is the method's name, capitalized, followed by {@code Request}.
 */
@Documented
@Target(ElementType.METHOD)
public @interface Request {
  /** A simple class name, generated in the package of the API interface. */
  String value();
}
