package dev.tinychat.sample.chat;

import dev.tinychat.annotations.NamePattern;
import dev.tinychat.annotations.Resource;

/** A Google group. */
@Resource
public interface Group {
  /** Resource name, {@code groups/{group}}. */
  @NamePattern("groups/{group}")
  String name();
}
