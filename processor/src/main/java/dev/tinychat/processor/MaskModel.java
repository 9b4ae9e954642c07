package dev.tinychat.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * The {@code @UpdateMask} of a method: the parameter that carries the mask, the {@code @Body}
 * parameter whose fields the mask names, and the declared paths, each resolved to the fields it
 * follows from the body.
 */
record MaskModel(ParamModel param, ParamModel body, AnnotationMirror mirror, List<MaskPath> paths) {

  /** One declared path as written ({@code permission_settings.manage_apps}) and its fields. */
  record MaskPath(String source, List<FieldModel> fields, AnnotationValue value) {}

  /**
   * The declared path that a combination path falls under ({@code space.spaceDetails.description}
   * under {@code space_details}), the longest when several do; {@code null} when none does, or
   * when the path does not start at the body.
   */
  MaskPath covering(FieldPath path) {
    if (path.param() != body) {
      return null;
    }
    MaskPath best = null;
    for (MaskPath mask : paths) {
      List<FieldModel> fields = mask.fields();
      boolean covers = fields.size() <= path.fields().size();
      for (int i = 0; covers && i < fields.size(); i++) {
        covers = fields.get(i).name().equals(path.fields().get(i).name());
      }
      if (covers && (best == null || fields.size() > best.fields().size())) {
        best = mask;
      }
    }
    return best;
  }

  /** {@code displayName} -> {@code display_name}; {@code cardsV2} -> {@code cards_v2}. */
  static String snakeCase(String jsonName) {
    StringBuilder snake = new StringBuilder();
    for (int i = 0; i < jsonName.length(); i++) {
      char c = jsonName.charAt(i);
      if (i > 0 && Character.isUpperCase(c)) {
        snake.append('_');
      }
      snake.append(Character.toLowerCase(c));
    }
    return snake.toString();
  }
}
