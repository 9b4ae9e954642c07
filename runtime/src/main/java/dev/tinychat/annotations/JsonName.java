package dev.tinychat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/** The field's JSON name when it is not the accessor's name. */
@Documented
@Target(ElementType.METHOD)
public @interface JsonName {
  /** The name on the wire. */
  String value();
}
