package dev.tinychat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/**
 * An HTTP DELETE call. The value is the path template, relative to the API's base URL, for example
 * {@code "/v1/{name=spaces/*}"}. A variable is bound to the parameter annotated {@link Path} with
 * its name; {@code {name=spaces/*}} also requires the value to match the resource pattern.
 */
@Documented
@Target(ElementType.METHOD)
public @interface Delete {
  /** The path template, starting with {@code /}. */
  String value();
}
