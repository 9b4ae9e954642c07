package dev.tinychat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/** The parameter is the whole JSON request body, for example the {@code Space} of spaces.create. */
@Documented
@Target(ElementType.PARAMETER)
public @interface Body {}
