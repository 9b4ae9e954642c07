package dev.tinychat.internal;

import java.util.List;

/**
 * Not API. An immutable resource value as generated code holds it: a slot per field of its
 * {@link Shape} in declaration order, and one more for the members this client does not know. The
 * generated value class ({@code SpaceJson}) extends it, implements the resource interface with a
 * cast accessor per field, and answers the hooks below; its instance made for the shape ({@code new
 * SpaceJson(null)}) is the one the shape calls them on. Equal to any value of the same resource
 * interface with equal fields.
 */
public abstract class Struct {
  final Shape<?> shape;
  protected final Object[] values;

  /** A value of {@code shape} over {@code values}, which it keeps (not a copy). */
  protected Struct(Shape<?> shape, Object[] values) {
    this.shape = shape;
    this.values = values;
  }

  /** A new value of this resource over {@code values}. */
  protected abstract Struct newValue(Object[] values);

  /**
   * The fields of {@code value} read with its accessors, in declaration order, and one slot more;
   * {@code null} when it is not a value of this resource.
   */
  protected abstract Object[] valuesOf(Object value);

  /** The shape of the resource in field {@code field}, for the resources that hold some. */
  protected Shape<?> nested(int field) {
    throw new IllegalStateException();
  }

  /** The enum in slot {@code field}: the {@code @Unrecognized} constant for a kept wire text. */
  protected final Object constant(int field) {
    return shape.get(values, field);
  }

  /** The list in slot {@code field}. */
  @SuppressWarnings("unchecked") // set from a List<E> by the builder, or read as one
  protected final <E> List<E> list(int field) {
    return (List<E>) values[field];
  }

  @Override
  public final boolean equals(Object other) {
    return other == this || shape.equal(values, other);
  }

  @Override
  public final int hashCode() {
    return shape.hash(values);
  }

  /** The fields that are set: {@code Space{name=value, ...}}. */
  @Override
  public final String toString() {
    return shape.text(values);
  }
}
