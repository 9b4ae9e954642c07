package dev.tinychat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

import java.lang.annotation.Repeatable;

/**
 * One allowed way to call a method: the generated request class gets a static factory named
 * {@link #name()} whose parameters are the {@link #required()} values, and setters for the
 * {@link #allowed()} ones only, so a forbidden field does not compile.
 *
 * <p>A field is a dotted path that starts at a parameter's name and follows resource accessors,
 * for example {@code space.spaceDetails.description}; a path through a list applies to each
 * element ({@code memberships.groupMember}). Fields a combination does not mention are not sent.
 * The idempotency key is always allowed.
 */
@Documented
@Target(ElementType.METHOD)
@Repeatable(Combinations.class)
public @interface Combination {
  /** The factory method's name, a Java identifier: {@code namedSpace}. */
  String name();

  /** When to use this combination; carried into the generated Javadoc. */
  String description() default "";

  /** OAuth scopes that allow the call, documentation only. */
  String[] scopes() default {};

  /** Fields set to a constant by the factory; they tell the combinations apart at run time. */
  Fixed[] fixed() default {};

  /** Fields the caller must give; they become the factory's parameters, in this order. */
  String[] required() default {};

  /** Fields the caller may give; each gets a setter. */
  String[] allowed() default {};

  /** Fields that must not be given; they get no setter and are refused at run time. */
  String[] forbidden() default {};

  /** Bounds on the number of elements of repeated fields named in required or allowed. */
  Count[] counts() default {};
}
