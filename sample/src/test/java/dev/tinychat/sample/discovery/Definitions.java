package dev.tinychat.sample.discovery;

import dev.tinychat.annotations.Body;
import dev.tinychat.annotations.BodyField;
import dev.tinychat.annotations.Combination;
import dev.tinychat.annotations.Delete;
import dev.tinychat.annotations.Get;
import dev.tinychat.annotations.JsonName;
import dev.tinychat.annotations.OutputOnly;
import dev.tinychat.annotations.Patch;
import dev.tinychat.annotations.Path;
import dev.tinychat.annotations.Post;
import dev.tinychat.annotations.Put;
import dev.tinychat.annotations.Query;
import dev.tinychat.annotations.Resource;
import dev.tinychat.annotations.RestApi;
import dev.tinychat.annotations.Unrecognized;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The {@code @RestApi} and {@code @Resource} definitions of some sources, as javac sees them. The
 * annotations have CLASS retention, so they are read at compile time: javac runs over the sources
 * with only {@link Collector}, which records what the definitions say.
 */
record Definitions(List<Api> apis, List<Res> resources) {

  /** A Java type as the wire sees it. */
  record Type(Kind kind, String name, List<String> values, Type item) {
    enum Kind { STRING, BOOLEAN, INTEGER, LONG, DOUBLE, INSTANT, ENUM, RESOURCE, LIST, MAP, JSON,
      VOID, OTHER }

    static Type of(Kind kind, String name) {
      return new Type(kind, name, List.of(), null);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * A {@code @RestApi} interface; {@code scopes} are the scope constants its Javadoc links to
   * ({@code {@link Scopes#CHAT_BOT}}).
   */
  record Api(String name, List<Method> methods, List<String> scopes) {}

  /**
   * One method: {@code http} is GET, POST, ...; {@code scopes} those of its combinations and those
   * its Javadoc links to.
   */
  record Method(String api, String name, String http, String path, List<Param> params,
      Type response, List<String> scopes) {
    String where() {
      return api + "." + name + " (" + http + " " + path + ")";
    }
  }

  /** A parameter: {@code role} is path, query, body or bodyField; {@code wire} its name there. */
  record Param(String name, String role, String wire, Type type) {}

  /** A {@code @Resource} interface. */
  record Res(String name, List<Field> fields) {}

  /** A field: its accessor, its JSON name, and whether it is {@code @OutputOnly}. */
  record Field(String accessor, String json, Type type, boolean outputOnly) {}

  /** The definitions in the {@code .java} files directly in {@code dir}. */
  static Definitions inDirectory(java.nio.file.Path dir) {
    try (Stream<java.nio.file.Path> files = Files.list(dir)) {
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null);
      List<java.io.File> sources = files.filter(f -> f.toString().endsWith(".java"))
          .map(java.nio.file.Path::toFile).sorted().collect(Collectors.toList());
      return compile(fm.getJavaFileObjectsFromFiles(sources));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The definitions in {@code sources}, compiled against the test class path (which holds the
   * runtime's annotations and the classes generated from the sample's definitions).
   */
  static Definitions compile(Iterable<? extends JavaFileObject> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Collector collector = new Collector();
    StringWriter out = new StringWriter();
    List<String> options = List.of("-proc:only", "-implicit:none",
        "-classpath", System.getProperty("java.class.path"));
    JavaCompiler.CompilationTask task = javac.getTask(out, null, null, options, null, sources);
    task.setProcessors(List.of(collector));
    if (!task.call()) {
      throw new IllegalStateException("The definitions do not compile:\n" + out);
    }
    return new Definitions(collector.apis, collector.resources);
  }

  /** Records every {@code @RestApi} and {@code @Resource} interface it is shown. */
  static final class Collector extends AbstractProcessor {
    private static final Pattern LINK = Pattern.compile("\\{@link\\s+(\\w+)#(\\w+)}");
    final List<Api> apis = new ArrayList<>();
    final List<Res> resources = new ArrayList<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of(RestApi.class.getName(), Resource.class.getName());
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      for (TypeElement api : ElementFilter.typesIn(round.getElementsAnnotatedWith(RestApi.class))) {
        apis.add(api(api));
      }
      for (TypeElement r : ElementFilter.typesIn(round.getElementsAnnotatedWith(Resource.class))) {
        resources.add(resource(r));
      }
      return false;
    }

    private Api api(TypeElement api) {
      List<Method> methods = new ArrayList<>();
      for (ExecutableElement m : ElementFilter.methodsIn(api.getEnclosedElements())) {
        if (!m.getModifiers().contains(Modifier.ABSTRACT)) {
          continue;
        }
        String[] http = http(m);
        List<Param> params = new ArrayList<>();
        for (VariableElement p : m.getParameters()) {
          params.add(param(p));
        }
        List<String> scopes = Stream.concat(
                Arrays.stream(m.getAnnotationsByType(Combination.class))
                    .flatMap(c -> Arrays.stream(c.scopes())),
                linkedScopes(m, api).stream())
            .distinct().collect(Collectors.toList());
        methods.add(new Method(api.getSimpleName().toString(), m.getSimpleName().toString(),
            http[0], http[1], params, type(m.getReturnType()), scopes));
      }
      return new Api(api.getSimpleName().toString(), methods, linkedScopes(api, api));
    }

    /**
     * The values of the OAuth scope constants that the Javadoc of {@code element} links to, such
     * as {@code {@link Scopes#CHAT_BOT}}, with the class found in the package of {@code api}.
     */
    private List<String> linkedScopes(Element element, TypeElement api) {
      String doc = processingEnv.getElementUtils().getDocComment(element);
      List<String> scopes = new ArrayList<>();
      if (doc == null) {
        return scopes;
      }
      String pkg = processingEnv.getElementUtils().getPackageOf(api).getQualifiedName().toString();
      Matcher link = LINK.matcher(doc);
      while (link.find()) {
        TypeElement holder =
            processingEnv.getElementUtils().getTypeElement(pkg + "." + link.group(1));
        for (VariableElement f : holder == null ? List.<VariableElement>of()
            : ElementFilter.fieldsIn(holder.getEnclosedElements())) {
          if (f.getSimpleName().contentEquals(link.group(2))
              && f.getConstantValue() instanceof String
              && ((String) f.getConstantValue()).startsWith("https://www.googleapis.com/auth/")) {
            scopes.add((String) f.getConstantValue());
          }
        }
      }
      return scopes;
    }

    private static String[] http(ExecutableElement m) {
      if (m.getAnnotation(Get.class) != null) {
        return new String[] {"GET", m.getAnnotation(Get.class).value()};
      } else if (m.getAnnotation(Post.class) != null) {
        return new String[] {"POST", m.getAnnotation(Post.class).value()};
      } else if (m.getAnnotation(Put.class) != null) {
        return new String[] {"PUT", m.getAnnotation(Put.class).value()};
      } else if (m.getAnnotation(Patch.class) != null) {
        return new String[] {"PATCH", m.getAnnotation(Patch.class).value()};
      } else if (m.getAnnotation(Delete.class) != null) {
        return new String[] {"DELETE", m.getAnnotation(Delete.class).value()};
      }
      return new String[] {"NONE", ""};
    }

    private Param param(VariableElement p) {
      String name = p.getSimpleName().toString();
      String role = "none";
      String wire = name;
      if (p.getAnnotation(Path.class) != null) {
        role = "path";
        wire = orName(p.getAnnotation(Path.class).value(), name);
      } else if (p.getAnnotation(Query.class) != null) {
        role = "query";
        wire = orName(p.getAnnotation(Query.class).value(), name);
      } else if (p.getAnnotation(Body.class) != null) {
        role = "body";
      } else if (p.getAnnotation(BodyField.class) != null) {
        role = "bodyField";
        wire = orName(p.getAnnotation(BodyField.class).value(), name);
      }
      return new Param(name, role, wire, type(p.asType()));
    }

    private static String orName(String value, String name) {
      return value.isEmpty() ? name : value;
    }

    private Res resource(TypeElement r) {
      List<Field> fields = new ArrayList<>();
      for (ExecutableElement m : ElementFilter.methodsIn(r.getEnclosedElements())) {
        if (m.getModifiers().contains(Modifier.ABSTRACT) && m.getParameters().isEmpty()) {
          String accessor = m.getSimpleName().toString();
          JsonName json = m.getAnnotation(JsonName.class);
          fields.add(new Field(accessor, json == null ? accessor : json.value(),
              type(m.getReturnType()), m.getAnnotation(OutputOnly.class) != null));
        }
      }
      return new Res(r.getSimpleName().toString(), fields);
    }

    private Type type(TypeMirror t) {
      String shown = t.toString().replaceAll("\\b(?:[a-z_][\\w]*\\.)+", "");
      switch (t.getKind()) {
        case VOID:
          return Type.of(Type.Kind.VOID, shown);
        case BOOLEAN:
          return Type.of(Type.Kind.BOOLEAN, shown);
        case INT:
          return Type.of(Type.Kind.INTEGER, shown);
        case LONG:
          return Type.of(Type.Kind.LONG, shown);
        case DOUBLE:
          return Type.of(Type.Kind.DOUBLE, shown);
        case DECLARED:
          break;
        default:
          return Type.of(Type.Kind.OTHER, shown);
      }
      DeclaredType declared = (DeclaredType) t;
      TypeElement e = (TypeElement) declared.asElement();
      List<? extends TypeMirror> args = declared.getTypeArguments();
      switch (e.getQualifiedName().toString()) {
        case "java.lang.String":
          return Type.of(Type.Kind.STRING, shown);
        case "java.lang.Boolean":
          return Type.of(Type.Kind.BOOLEAN, shown);
        case "java.lang.Integer":
          return Type.of(Type.Kind.INTEGER, shown);
        case "java.lang.Long":
          return Type.of(Type.Kind.LONG, shown);
        case "java.lang.Double":
          return Type.of(Type.Kind.DOUBLE, shown);
        case "java.lang.Void":
          return Type.of(Type.Kind.VOID, shown);
        case "java.time.Instant":
          return Type.of(Type.Kind.INSTANT, shown);
        case "dev.tinychat.json.JsonValue":
          return Type.of(Type.Kind.JSON, shown);
        case "java.util.concurrent.CompletableFuture":
          return type(args.get(0));
        case "java.util.List":
          return new Type(Type.Kind.LIST, shown, List.of(), type(args.get(0)));
        case "java.util.Map":
          return new Type(Type.Kind.MAP, shown, List.of(), type(args.get(1)));
        default:
          break;
      }
      if (e.getKind() == ElementKind.ENUM) {
        List<String> values = new ArrayList<>();
        for (Element c : e.getEnclosedElements()) {
          if (c.getKind() == ElementKind.ENUM_CONSTANT && c.getAnnotation(Unrecognized.class) == null) {
            values.add(c.getSimpleName().toString());
          }
        }
        return new Type(Type.Kind.ENUM, shown, values, null);
      }
      if (e.getAnnotation(Resource.class) != null) {
        return Type.of(Type.Kind.RESOURCE, e.getSimpleName().toString());
      }
      return Type.of(Type.Kind.OTHER, shown);
    }
  }
}
