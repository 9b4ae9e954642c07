package dev.tinychat.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/** One {@code @Combination} of a method, its paths resolved. */
record CombinationModel(
    AnnotationMirror mirror,
    AnnotationValue nameValue,
    String name,
    String description,
    List<String> scopes,
    List<Fixed> fixed,
    List<FieldPath> required,
    List<FieldPath> allowed,
    List<FieldPath> forbidden,
    List<Count> counts) {

  /** A field set to a constant, as written. */
  record Fixed(FieldPath path, String text, AnnotationMirror mirror) {}

  /** Element-count bounds of a repeated field. */
  record Count(FieldPath path, int min, int max, AnnotationMirror mirror) {}

  Count count(String path) {
    return counts.stream().filter(c -> c.path().source().equals(path)).findFirst().orElse(null);
  }

  Fixed fixed(String path) {
    return fixed.stream().filter(f -> f.path().source().equals(path)).findFirst().orElse(null);
  }

  /** The description as a clause: no trailing period, first letter in lower case. */
  String descriptionClause() {
    String text = description.strip();
    if (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    if (text.length() > 1 && Character.isUpperCase(text.charAt(0))
        && !Character.isUpperCase(text.charAt(1))) {
      text = Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
    return text;
  }
}
