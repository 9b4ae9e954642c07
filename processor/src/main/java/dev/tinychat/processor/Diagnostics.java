package dev.tinychat.processor;

import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** The one reporter of the processor: counts errors, reports each distinct one once, carries on. */
final class Diagnostics {
  private final Messager messager;
  private final Set<String> reported = new HashSet<>();
  private int errorCount;

  Diagnostics(Messager messager) {
    this.messager = messager;
  }

  void error(Element element, Message message, Object... args) {
    report(element, null, null, message.format(args));
  }

  void error(Element element, AnnotationMirror annotation, Message message, Object... args) {
    report(element, annotation, null, message.format(args));
  }

  void error(
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Message message,
      Object... args) {
    report(element, annotation, value, message.format(args));
  }

  /** Errors reported so far; a step compares counts to know whether its part was clean. */
  int errorCount() {
    return errorCount;
  }

  private void report(Element element, AnnotationMirror annotation, AnnotationValue value, String text) {
    if (!reported.add(System.identityHashCode(element) + "\n" + text)) {
      return;
    }
    errorCount++;
    if (annotation == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, text, element);
    } else if (value == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, text, element, annotation);
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, text, element, annotation, value);
    }
  }
}
