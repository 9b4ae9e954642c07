package dev.tinychat.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * The one class that touches the {@link Filer}. Generators mark their top-level types with
 * {@link #GENERATED}; this class sets the file's format (two-space indent) and writes it.
 */
final class SourceWriter {
  static final String PROCESSOR = "dev.tinychat.processor.TinychatProcessor";
  /** {@code @Generated("dev.tinychat.processor.TinychatProcessor")}, on every top-level type. */
  static final AnnotationSpec GENERATED =
      AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
          .addMember("value", "$S", PROCESSOR)
          .build();

  private final Filer filer;
  private final Messager messager;

  SourceWriter(Filer filer, Messager messager) {
    this.filer = filer;
    this.messager = messager;
  }

  static JavaFile formatted(JavaFile file) {
    return JavaFile.builder(file.packageName(), file.typeSpec())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  void write(JavaFile file) {
    JavaFile complete = formatted(file);
    try {
      complete.writeTo(filer);
    } catch (IOException e) {
      messager.printMessage(Diagnostic.Kind.ERROR, "[Internal] could not write "
          + complete.packageName() + "." + complete.typeSpec().name() + ": " + e.getMessage());
    }
  }
}
