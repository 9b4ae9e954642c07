package dev.tinychat.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * The one class that touches the {@link Filer}: writes a generated file with its originating
 * element (the definition, for Gradle's isolating mode) and its format (two-space indent).
 * Generators put {@link #GENERATED} on their top-level types.
 */
final class SourceWriter {
  static final String PROCESSOR = "dev.tinychat.processor.TinychatProcessor";
  /** {@code @Generated("dev.tinychat.processor.TinychatProcessor")}, on every top-level type. */
  static final AnnotationSpec GENERATED =
      AnnotationSpec.builder(ClassName.get("dev.tinychat.annotations", "Generated"))
          .addMember("value", "$S", PROCESSOR)
          .build();

  /**
   * {@code @SuppressWarnings("deprecation")} for generated code that must use a member the
   * definition deprecates (a codec still reads and writes a deprecated field), else nothing.
   */
  static List<AnnotationSpec> usesDeprecated(boolean uses) {
    return uses ? List.of(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation").build())
        : List.of();
  }

  private final Filer filer;
  private final Messager messager;

  SourceWriter(Filer filer, Messager messager) {
    this.filer = filer;
    this.messager = messager;
  }

  /** The file as written. */
  static JavaFile formatted(JavaFile file) {
    return JavaFile.builder(file.packageName(), file.typeSpec())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  void write(JavaFile file, Element originating) {
    JavaFile complete = formatted(file);
    String name = complete.packageName().isEmpty()
        ? complete.typeSpec().name() : complete.packageName() + "." + complete.typeSpec().name();
    try {
      JavaFileObject source = filer.createSourceFile(name, originating);
      try (Writer out = source.openWriter()) {
        complete.writeTo(out);
      }
    } catch (IOException e) {
      messager.printMessage(Diagnostic.Kind.ERROR, "[Internal] could not write " + name + ": " + e.getMessage());
    }
  }
}
