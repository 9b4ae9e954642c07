package dev.tinychat.internal;

import java.util.function.Function;

/**
 * Not API. The fields of a resource a request can send, in declaration order: their names, and
 * a function giving their values in the same order.
 *
 * @param <T> the resource
 */
public final class Fields<T> {
  final String[] names;
  final Function<T, Object[]> values;

  /** @param names the names, separated by single spaces */
  public Fields(String names, Function<T, Object[]> values) {
    this.names = names.split(" ");
    this.values = values;
  }
}
