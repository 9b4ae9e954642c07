package dev.tinychat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/** Container of repeated {@link Combination}s. */
@Documented
@Target(ElementType.METHOD)
public @interface Combinations {
  /** The combinations, in declaration order. */
  Combination[] value();
}
