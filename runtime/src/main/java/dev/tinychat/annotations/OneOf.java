package dev.tinychat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/**
 * This field is one of a group (a proto3 {@code oneof}): a request sets at most one field of the
 * group, or exactly one when it is {@link #required}; checked before a request is sent.
 */
@Documented
@Target(ElementType.METHOD)
public @interface OneOf {
  /** The group's name, the same on each of its fields: {@code "member_type"}. */
  String value();

  /** Whether a sent resource must set exactly one field of the group, rather than at most one. */
  boolean required() default false;
}
