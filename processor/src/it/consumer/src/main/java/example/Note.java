package example;

import dev.tinychat.annotations.OutputOnly;
import dev.tinychat.annotations.Resource;

/** A resource with a name and a text. */
@Resource
public interface Note {
  @OutputOnly
  String name();

  String text();
}
