package dev.tinychat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/** The client sends this field; the server never returns it, and it is not read back. */
@Documented
@Target(ElementType.METHOD)
public @interface InputOnly {}
