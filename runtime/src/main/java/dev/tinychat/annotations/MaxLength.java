package dev.tinychat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/** The most characters a {@code String} field may hold; checked before a request is sent. */
@Documented
@Target(ElementType.METHOD)
public @interface MaxLength {
  /** Characters (Unicode code points), inclusive. */
  int value();
}
