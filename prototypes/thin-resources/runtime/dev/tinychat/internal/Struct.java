package dev.tinychat.internal;

import java.util.List;

/**
 * Not API (prototype). An immutable resource value as generated code holds it: one slot per field
 * of its {@link Shape}, in declaration order, and one more for the members this client does not
 * know. The generated class ({@code SpaceJson}) extends it, implements the resource interface
 * with one cast accessor per field, and answers the hooks below; its instance {@code new
 * SpaceJson(null)} is the prototype its {@code Shape} calls them on. Equal to any value of the
 * same resource interface with equal fields.
 */
public abstract class Struct {
  protected final Object[] values;

  protected Struct(Object[] values) {
    this.values = values;
  }

  /** The shape of this resource (the generated class's constant). */
  protected abstract Shape<?> shape();

  /** A new value of this resource over {@code values}. */
  protected abstract Struct make(Object[] values);

  /**
   * The fields of {@code value} read with its accessors, in declaration order, and one slot more;
   * {@code null} when it is not a value of this resource.
   */
  protected abstract Object[] values(Object value);

  /** The shape of the resource that field {@code field} holds (when the resource has any). */
  protected Shape<?> nested(int field) {
    throw new IllegalArgumentException("no resource in field " + field);
  }

  /** The enum constant of slot {@code field}: the {@code @Unrecognized} one for a kept wire text. */
  protected final Object constant(int field) {
    return shape().get(values, field);
  }

  /** The list in slot {@code field}. */
  @SuppressWarnings("unchecked") // set from a List<E> by the builder, or read as one
  protected final <E> List<E> list(int field) {
    return (List<E>) values[field];
  }

  @Override
  public final boolean equals(Object other) {
    return other == this || shape().equal(values, other);
  }

  @Override
  public final int hashCode() {
    return shape().hash(values);
  }

  /** The fields that are set: {@code Space{name=value, ...}}. */
  @Override
  public final String toString() {
    return shape().text(values);
  }
}
