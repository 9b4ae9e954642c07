package dev.tinychat.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The one reporter of the processor: counts errors, reports each distinct one once, carries on.
 *
 * <p>An annotation repeated on one element ({@code @Combination} twice) reaches the processor
 * inside a container javac synthesized, which {@link Messager} cannot place in the source. For
 * those, the position is found with the compiler tree API when it is there (javac), so the error
 * still points at the annotation value.
 */
final class Diagnostics {
  private record Repeated(String simpleName, int index) {}

  private final Messager messager;
  private final Trees trees;
  private final Set<String> reported = new HashSet<>();
  private final Map<AnnotationMirror, Repeated> repeated = new IdentityHashMap<>();
  private int errorCount;

  Diagnostics(ProcessingEnvironment environment) {
    this.messager = environment.getMessager();
    this.trees = treesOf(environment);
  }

  private static Trees treesOf(ProcessingEnvironment environment) {
    try {
      return Trees.instance(environment);
    } catch (RuntimeException | LinkageError notJavac) {
      return null;
    }
  }

  /** Records that {@code mirror} is the {@code index}th {@code @simpleName} written on its element. */
  void repeated(AnnotationMirror mirror, String simpleName, int index) {
    repeated.put(mirror, new Repeated(simpleName, index));
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
    if (annotation != null && printAtTree(element, annotation, value, text)) {
      return;
    }
    if (annotation == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, text, element);
    } else if (value == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, text, element, annotation);
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, text, element, annotation, value);
    }
  }

  private boolean printAtTree(Element element, AnnotationMirror annotation, AnnotationValue value, String text) {
    Repeated where = repeated.get(annotation);
    TreePath path = where == null || trees == null ? null : trees.getPath(element);
    if (path == null || !(path.getLeaf() instanceof MethodTree method)) {
      return false;
    }
    int seen = 0;
    for (AnnotationTree tree : method.getModifiers().getAnnotations()) {
      String type = tree.getAnnotationType().toString();
      if ((type.equals(where.simpleName()) || type.endsWith("." + where.simpleName())) && seen++ == where.index()) {
        Tree target = value == null ? tree : lastLiteral(tree, value.getValue());
        trees.printMessage(Diagnostic.Kind.ERROR, text, target == null ? tree : target, path.getCompilationUnit());
        return true;
      }
    }
    return false;
  }

  /** The last literal equal to {@code wanted} in the annotation: a role named twice is reported at its second use. */
  private static Tree lastLiteral(AnnotationTree annotation, Object wanted) {
    Tree[] found = new Tree[1];
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitLiteral(LiteralTree literal, Void unused) {
        if (Objects.equals(literal.getValue(), wanted)) {
          found[0] = literal;
        }
        return null;
      }
    }.scan(annotation, null);
    return found[0];
  }
}
