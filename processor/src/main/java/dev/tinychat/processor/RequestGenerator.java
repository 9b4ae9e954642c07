package dev.tinychat.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Predicate;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Generates the request class of a method with combinations: an abstract sealed class with one
 * static factory per combination, each returning a nested final class with setters for the
 * allowed fields only, and the static {@code check} every call runs before any I/O.
 */
final class RequestGenerator {
  private static final ClassName PROBLEM = CodecGenerator.INVALID_REQUEST;
  private static final TypeName PROBLEMS = ParameterizedTypeName.get(ClassName.get(List.class), PROBLEM);

  private final MethodModel method;
  private final Function<ClassName, ResourceModel> resources;
  private final Predicate<ClassName> checked;
  private final ClassName self;

  private RequestGenerator(MethodModel method, Function<ClassName, ResourceModel> resources, Predicate<ClassName> checked) {
    this.method = method;
    this.resources = resources;
    this.checked = checked;
    this.self = method.requestClass();
  }

  /**
   * @param resources the model of each resource a path goes through (all were read and are valid)
   * @param checked the resources whose codecs check limits
   */
  static JavaFile generate(MethodModel method, ApiModel api, Function<ClassName, ResourceModel> resources,
      Predicate<ClassName> checked) {
    RequestGenerator generator = new RequestGenerator(method, resources, checked);
    return JavaFile.builder(method.requestClass().packageName(), generator.requestClass(api)).build();
  }

  /** A node of the tree of paths one combination names. */
  private static final class Node {
    final String name;
    final TypeModel type;
    final FieldModel field;
    final ParamModel param;
    final Map<String, Node> children = new LinkedHashMap<>();
    String role;
    FieldPath path;
    CodeBlock fixed;
    CombinationModel.Count count;
    String stored;

    Node(String name, TypeModel type, FieldModel field, ParamModel param) {
      this.name = name;
      this.type = type;
      this.field = field;
      this.param = param;
    }

    boolean covers() {
      return role != null && !role.equals("forbidden");
    }

    boolean holdsFixed() {
      return fixed != null || children.values().stream().anyMatch(Node::holdsFixed);
    }

    List<Node> storedBelow() {
      List<Node> result = new ArrayList<>();
      if (stored != null) {
        result.add(this);
      }
      for (Node child : children.values()) {
        result.addAll(child.storedBelow());
      }
      return result;
    }
  }

  private Node tree(CombinationModel combination) {
    Node root = new Node("", null, null, null);
    for (CombinationModel.Fixed fixed : combination.fixed()) {
      Node node = insert(root, fixed.path(), "fixed");
      node.fixed = fixed.literal();
    }
    combination.required().forEach(p -> insert(root, p, "required"));
    combination.allowed().forEach(p -> insert(root, p, "allowed"));
    combination.forbidden().forEach(p -> insert(root, p, "forbidden"));
    for (CombinationModel.Count count : combination.counts()) {
      find(root, count.path()).count = count;
    }
    return root;
  }

  private static Node insert(Node root, FieldPath path, String role) {
    Node node = find(root, path);
    node.role = role;
    node.path = path;
    return node;
  }

  private static Node find(Node root, FieldPath path) {
    ParamModel param = path.param();
    Node node = root.children.computeIfAbsent(param.name(), k -> new Node(param.name(), param.type(), null, param));
    for (FieldModel field : path.fields()) {
      node = node.children.computeIfAbsent(field.name(), k -> new Node(field.name(), field.type(), field, null));
    }
    return node;
  }

  private TypeSpec requestClass(ApiModel api) {
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addAnnotation(SourceWriter.GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT, Modifier.SEALED)
        .addJavadoc("A request of {@link $T#$L}, made by one factory per way to call it: each takes the\n",
            api.name(), method.name())
        .addJavadoc("required fields and offers setters for the allowed ones only.\n")
        .addMethod(MethodSpec.constructorBuilder().build());
    for (ParamModel param : method.params()) {
      MethodSpec.Builder accessor = MethodSpec.methodBuilder(param.name())
          .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
          .returns(param.type().typeName())
          .addJavadoc("The {@code $L} argument of {@link $T#$L}; {@code null} when not set.\n",
              param.name(), api.name(), method.name());
      type.addMethod(accessor.build());
    }
    for (CombinationModel combination : method.combinations()) {
      ClassName nested = self.nestedClass(Names.capitalize(combination.name()));
      type.addPermittedSubclass(nested);
      Node root = tree(combination);
      assignStoredNames(root, combination);
      type.addMethod(factory(combination, nested, root));
      type.addType(nestedClass(combination, nested, root));
    }
    type.addMethod(check());
    for (CombinationModel combination : method.combinations()) {
      type.addMethod(problems(combination));
    }
    type.addMethod(throwIfNoneFits());
    if (method.combinations().stream().anyMatch(c -> !c.fixed().isEmpty())) {
      type.addMethod(unexpected());
    }
    return type.addOriginatingElement(api.element()).build();
  }

  /** Names the fields (and setters) of the stored paths: the last segment, the full path on a clash. */
  private void assignStoredNames(Node root, CombinationModel combination) {
    List<FieldPath> stored = new ArrayList<>();
    method.params().stream()
        .filter(p -> p.binding() == ParamModel.Binding.PATH
            && combination.required().stream().noneMatch(r -> r.param() == p && r.fields().isEmpty()))
        .forEach(p -> stored.add(new FieldPath(p.name(), p, List.of(), null)));
    stored.addAll(combination.required());
    stored.addAll(combination.allowed());
    method.idempotencyKey().ifPresent(k -> stored.add(new FieldPath(k.name(), k, List.of(), null)));
    Map<String, Integer> counts = new LinkedHashMap<>();
    stored.forEach(p -> counts.merge(p.lastName(), 1, Integer::sum));
    NameAllocator names = new NameAllocator();
    for (FieldPath path : stored) {
      Node node = find(root, path);
      if (node.role == null) {
        node.role = "allowed";
        node.path = path;
      }
      node.stored = names.newName(counts.get(path.lastName()) > 1 ? path.camelName() : path.lastName(), node);
    }
  }

  private List<Node> requiredNodes(Node root, CombinationModel combination) {
    List<Node> result = new ArrayList<>();
    for (ParamModel param : method.params()) {
      Node node = root.children.get(param.name());
      if (param.binding() == ParamModel.Binding.PATH && node != null && node.stored != null
          && combination.required().stream().noneMatch(r -> r.param() == param && r.fields().isEmpty())) {
        result.add(node);
      }
    }
    for (FieldPath path : combination.required()) {
      result.add(find(root, path));
    }
    return result;
  }

  private MethodSpec factory(CombinationModel combination, ClassName nested, Node root) {
    MethodSpec.Builder factory = MethodSpec.methodBuilder(combination.name())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(nested);
    if (!combination.description().isEmpty()) {
      factory.addJavadoc("$L\n", combination.description());
    }
    if (!combination.fixed().isEmpty()) {
      List<String> fixed = combination.fixed().stream()
          .map(f -> "{@code " + f.path().source() + "} = {@code " + f.text() + "}").toList();
      factory.addJavadoc("\n<p>Sets $L.\n", String.join(", ", fixed));
    }
    if (!combination.scopes().isEmpty()) {
      factory.addJavadoc("\n<p>Scopes: $L.\n", String.join(", ",
          combination.scopes().stream().map(s -> "{@code " + s + "}").toList()));
    }
    NameAllocator names = new NameAllocator();
    List<CodeBlock> arguments = new ArrayList<>();
    CodeBlock.Builder body = CodeBlock.builder();
    for (Node node : requiredNodes(root, combination)) {
      if (node.type instanceof TypeModel.ListOf list) {
        CombinationModel.Count count = node.count;
        int min = count == null ? 1 : count.min();
        int max = count == null ? Integer.MAX_VALUE : count.max();
        String singular = singular(node.stored);
        List<String> ones = new ArrayList<>();
        for (int i = 1; i <= min; i++) {
          String name = names.newName(min == 1 ? singular : singular + i);
          ones.add(name);
          factory.addParameter(list.element().typeName(), name);
        }
        String more = null;
        if (max > min) {
          more = names.newName(min == 0 ? node.stored : "more" + Names.capitalize(node.stored));
          factory.addParameter(ParameterSpec.builder(
              com.palantir.javapoet.ArrayTypeName.of(list.element().typeName()), more).build());
          factory.varargs(true);
        }
        String local = names.newName(node.stored);
        if (more == null) {
          body.addStatement("$T $L = $T.asList($L)", node.type.typeName(), local, Arrays.class, String.join(", ", ones));
        } else if (ones.isEmpty()) {
          body.addStatement("$T $L = $L == null ? $T.of() : $T.asList($L)", node.type.typeName(), local, more,
              List.class, Arrays.class, more);
        } else {
          body.addStatement("$T $L = new $T<>($T.asList($L))", node.type.typeName(), local,
                  ArrayList.class, Arrays.class, String.join(", ", ones))
              .beginControlFlow("if ($L != null)", more)
              .addStatement("$L.addAll($T.asList($L))", local, Arrays.class, more)
              .endControlFlow();
        }
        arguments.add(CodeBlock.of("$L", local));
      } else {
        String name = names.newName(node.stored);
        factory.addParameter(node.type.typeName(), name);
        arguments.add(CodeBlock.of("$L", name));
      }
    }
    return factory.addCode(body.build())
        .addStatement("return new $T($L)", nested, CodeBlock.join(arguments, ", "))
        .build();
  }

  private static String singular(String plural) {
    if (plural.endsWith("ies") && plural.length() > 3) {
      return plural.substring(0, plural.length() - 3) + "y";
    }
    if (plural.endsWith("s") && !plural.endsWith("ss") && plural.length() > 1) {
      return plural.substring(0, plural.length() - 1);
    }
    return plural + "Element";
  }

  private TypeSpec nestedClass(CombinationModel combination, ClassName nested, Node root) {
    TypeSpec.Builder type = TypeSpec.classBuilder(nested)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(self)
        .addJavadoc("The {@link #$L} request$L\n", combination.name(),
            combination.description().isEmpty() ? "." : ": " + combination.descriptionClause() + ".");
    List<Node> required = requiredNodes(root, combination);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
    for (Node node : root.storedBelow()) {
      boolean isRequired = required.contains(node);
      type.addField(node.type.typeName(), node.stored,
          isRequired ? new Modifier[] {Modifier.PRIVATE, Modifier.FINAL} : new Modifier[] {Modifier.PRIVATE});
      if (isRequired) {
        constructor.addParameter(node.type.typeName(), node.stored);
        if (node.type instanceof TypeModel.ListOf) {
          constructor.addStatement("this.$L = $T.unmodifiableList($L)", node.stored, Collections.class, node.stored);
        } else {
          constructor.addStatement("this.$L = $L", node.stored, node.stored);
        }
      }
    }
    type.addMethod(constructor.build());
    for (Node node : root.storedBelow()) {
      if (!required.contains(node)) {
        setters(type, nested, node);
      }
    }
    NameAllocator helpers = new NameAllocator();
    method.params().forEach(p -> helpers.newName(p.name()));
    root.storedBelow().forEach(n -> helpers.newName(n.stored));
    for (ParamModel param : method.params()) {
      Node node = root.children.get(param.name());
      MethodSpec.Builder accessor = MethodSpec.methodBuilder(param.name())
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(param.type().typeName());
      if (node == null || (node.stored == null && !node.holdsFixed() && node.storedBelow().isEmpty())) {
        accessor.addStatement("return null");
      } else if (node.stored != null) {
        accessor.addStatement("return $L", node.stored);
      } else if (node.fixed != null) {
        accessor.addStatement("return $L", node.fixed);
      } else {
        accessor.addCode(assemble(node, type, helpers));
      }
      type.addMethod(accessor.build());
    }
    return type.build();
  }

  private void setters(TypeSpec.Builder type, ClassName nested, Node node) {
    MethodSpec.Builder setter = MethodSpec.methodBuilder(node.stored)
        .addModifiers(Modifier.PUBLIC)
        .returns(nested)
        .addParameter(node.type.typeName(), node.stored);
    String javadoc = node.field != null ? node.field.javadoc() : "";
    if (!javadoc.isEmpty()) {
      setter.addJavadoc("$L\n", javadoc);
    } else if (node.param != null && node.param.idempotencyKey()) {
      setter.addJavadoc("The idempotency key: the same key again returns the first result. A random UUID\n")
          .addJavadoc("when not set.\n");
    }
    if (node.type instanceof TypeModel.ListOf list) {
      setter.addStatement("this.$L = $L == null ? null : $T.unmodifiableList(new $T<>($L))",
          node.stored, node.stored, Collections.class, ArrayList.class, node.stored);
      type.addMethod(setter.addStatement("return this").build());
      MethodSpec.Builder varargs = MethodSpec.methodBuilder(node.stored)
          .addModifiers(Modifier.PUBLIC)
          .returns(nested)
          .addParameter(com.palantir.javapoet.ArrayTypeName.of(list.element().typeName()), node.stored)
          .varargs(true)
          .addStatement("return $L($L == null ? null : $T.asList($L))", node.stored, node.stored, Arrays.class, node.stored);
      if (!javadoc.isEmpty()) {
        varargs.addJavadoc("$L\n", javadoc);
      }
      type.addMethod(varargs.build());
    } else {
      setter.addStatement("this.$L = $L", node.stored, node.stored);
      type.addMethod(setter.addStatement("return this").build());
    }
  }

  /** Code that builds the resource of an intermediate node from its fixed and stored fields. */
  private CodeBlock assemble(Node node, TypeSpec.Builder type, NameAllocator helpers) {
    TypeModel.ResourceRef ref = (TypeModel.ResourceRef) node.type;
    ClassName builder = ResourceModel.generated(ref.name(), "Builder");
    CodeBlock.Builder code = CodeBlock.builder();
    if (!node.holdsFixed()) {
      List<CodeBlock> unset = node.storedBelow().stream().map(n -> CodeBlock.of("$L == null", n.stored)).toList();
      code.beginControlFlow("if ($L)", CodeBlock.join(unset, " && "))
          .addStatement("return null")
          .endControlFlow();
    }
    code.add("return new $T()", builder).indent().indent();
    for (Node child : node.children.values()) {
      if (child.fixed != null) {
        code.add("\n.$L($L)", child.name, child.fixed);
      } else if (child.stored != null) {
        code.add("\n.$L($L)", child.name, child.stored);
      } else if (!child.storedBelow().isEmpty() || child.holdsFixed()) {
        String helper = helpers.newName(child.name);
        code.add("\n.$L($L())", child.name, helper);
        type.addMethod(MethodSpec.methodBuilder(helper)
            .addModifiers(Modifier.PRIVATE)
            .returns(child.type.typeName())
            .addCode(assemble(child, type, helpers))
            .build());
      }
    }
    return code.add("\n.build();\n").unindent().unindent().build();
  }

  // ---- check ----

  private List<ParameterSpec> parameters() {
    return method.params().stream().map(p -> ParameterSpec.builder(p.type().typeName(), p.name()).build()).toList();
  }

  private CodeBlock arguments() {
    return CodeBlock.join(method.params().stream().map(p -> CodeBlock.of("$L", p.name())).toList(), ", ");
  }

  private static String problemsName(CombinationModel combination) {
    return combination.name() + "Problems";
  }

  private MethodSpec check() {
    NameAllocator names = new NameAllocator();
    method.params().forEach(p -> names.newName(p.name(), p.name()));
    List<String> fixedPaths = new ArrayList<>();
    Map<String, FieldPath> pathsBySource = new LinkedHashMap<>();
    for (CombinationModel combination : method.combinations()) {
      for (CombinationModel.Fixed fixed : combination.fixed()) {
        if (!fixedPaths.contains(fixed.path().source())) {
          fixedPaths.add(fixed.path().source());
          pathsBySource.put(fixed.path().source(), fixed.path());
        }
      }
    }
    CodeBlock.Builder code = CodeBlock.builder();
    Map<String, String> locals = new LinkedHashMap<>();
    for (String source : fixedPaths) {
      local(pathsBySource.get(source), locals, names, code);
    }
    decide(code, method.combinations(), fixedPaths, 0, locals);
    code.add(ValueChecks.of(method.params(), checked));
    return MethodSpec.methodBuilder("check")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Checks a call of {@code $L} before any I/O: that it matches one combination, chosen by\n",
            method.name())
        .addJavadoc("the fields each fixes, and that every field is within its declared limits. The client\n")
        .addJavadoc("runs it on every call, also for requests made without the factories.\n\n")
        .addJavadoc("@throws $T naming the field and the rule it breaks\n", PROBLEM)
        .addParameters(parameters())
        .addCode(code.build())
        .build();
  }

  /** Declares null-safe locals along a fixed path; returns the local holding its value. */
  private String local(FieldPath path, Map<String, String> locals, NameAllocator names, CodeBlock.Builder code) {
    String previous = path.param().name();
    String prefix = path.param().name();
    for (FieldModel field : path.fields()) {
      prefix = prefix + "." + field.name();
      String existing = locals.get(prefix);
      if (existing == null) {
        existing = names.newName(field.name(), prefix);
        code.addStatement("$T $L = $L == null ? null : $L.$L()", field.type().typeName(), existing, previous,
            previous, field.name());
        locals.put(prefix, existing);
      }
      previous = existing;
    }
    locals.put(path.source(), previous);
    return previous;
  }

  private void decide(CodeBlock.Builder code, List<CombinationModel> candidates, List<String> paths, int index,
      Map<String, String> locals) {
    if (index == paths.size()) {
      int most = candidates.stream().mapToInt(c -> c.fixed().size()).max().orElse(0);
      List<CodeBlock> calls = candidates.stream().filter(c -> c.fixed().size() == most)
          .map(c -> CodeBlock.of("$L($L)", problemsName(c), arguments())).toList();
      code.addStatement("throwIfNoneFits($T.of($L))", List.class, CodeBlock.join(calls, ", "));
      return;
    }
    String path = paths.get(index);
    List<CombinationModel> fixing = candidates.stream().filter(c -> c.fixed(path) != null).toList();
    if (fixing.isEmpty()) {
      decide(code, candidates, paths, index + 1, locals);
      return;
    }
    List<CombinationModel> others = candidates.stream().filter(c -> c.fixed(path) == null).toList();
    Map<String, List<CombinationModel>> byValue = new LinkedHashMap<>();
    fixing.forEach(c -> byValue.computeIfAbsent(c.fixed(path).text(), k -> new ArrayList<>()).add(c));
    String local = locals.get(path);
    boolean first = true;
    for (List<CombinationModel> group : byValue.values()) {
      CombinationModel.Fixed fixed = group.get(0).fixed(path);
      CodeBlock condition = fixed.path().type() instanceof TypeModel.EnumRef
          ? CodeBlock.of("$L == $L", local, fixed.literal())
          : CodeBlock.of("$L.equals($L)", fixed.literal(), local);
      if (first) {
        code.beginControlFlow("if ($L)", condition);
        first = false;
      } else {
        code.nextControlFlow("else if ($L)", condition);
      }
      List<CombinationModel> next = candidates.stream().filter(c -> group.contains(c) || others.contains(c)).toList();
      decide(code, next, paths, index + 1, locals);
    }
    code.nextControlFlow("else");
    if (others.isEmpty()) {
      List<String> expected = new ArrayList<>();
      byValue.forEach((value, group) -> expected.add(value + " ("
          + String.join(", ", group.stream().map(CombinationModel::name).toList()) + ")"));
      code.addStatement("throw unexpected($S, $L, $S)", path, local, String.join(", ", expected));
    } else {
      decide(code, others, paths, index + 1, locals);
    }
    code.endControlFlow();
  }

  private MethodSpec throwIfNoneFits() {
    TypeName listOfProblems = ParameterizedTypeName.get(ClassName.get(List.class), PROBLEMS);
    return MethodSpec.methodBuilder("throwIfNoneFits")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("Passes if one candidate combination has no problem, else throws the first problem\n")
        .addJavadoc("of the candidate with the fewest.\n")
        .addParameter(listOfProblems, "candidates")
        .addStatement("$T closest = candidates.get(0)", PROBLEMS)
        .beginControlFlow("for ($T problems : candidates)", PROBLEMS)
        .beginControlFlow("if (problems.isEmpty())")
        .addStatement("return")
        .endControlFlow()
        .beginControlFlow("if (problems.size() < closest.size())")
        .addStatement("closest = problems")
        .endControlFlow()
        .endControlFlow()
        .addStatement("throw closest.get(0)")
        .build();
  }

  private MethodSpec unexpected() {
    return MethodSpec.methodBuilder("unexpected")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(PROBLEM)
        .addParameter(String.class, "field")
        .addParameter(Object.class, "value")
        .addParameter(String.class, "expected")
        .addStatement("String found = value == null ? $S : $S + value", "not set",
            "no combination of " + method.name() + " fixes ")
        .addStatement("return new $T(field, found + $S + expected)", PROBLEM, "; expected one of ")
        .build();
  }

  private MethodSpec problems(CombinationModel combination) {
    Node root = tree(combination);
    NameAllocator names = new NameAllocator();
    method.params().forEach(p -> names.newName(p.name()));
    String problems = names.newName("problems");
    CodeBlock.Builder code = CodeBlock.builder()
        .addStatement("$T $L = new $T<>()", PROBLEMS, problems, ArrayList.class);
    for (ParamModel param : method.params()) {
      if (param.idempotencyKey() || param.binding() == ParamModel.Binding.PATH) {
        continue;
      }
      Node node = root.children.get(param.name());
      checkNode(code, combination, node, param.type(), CodeBlock.of("$L", param.name()), PathExpr.of(param.name()),
          false, problems, names);
    }
    return MethodSpec.methodBuilder(problemsName(combination))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("What keeps the arguments from being a {@link #$L} request, in field order.\n", combination.name())
        .returns(PROBLEMS)
        .addParameters(parameters())
        .addCode(code.build())
        .addStatement("return $L", problems)
        .build();
  }

  /** Checks one field (or parameter) against the node the combination has for it, if any. */
  private void checkNode(CodeBlock.Builder code, CombinationModel combination, Node node, TypeModel type,
      CodeBlock value, PathExpr path, boolean parentCovers, String problems, NameAllocator names) {
    CodeBlock present = type instanceof TypeModel.ListOf
        ? CodeBlock.of("$L != null && !$L.isEmpty()", value, value)
        : CodeBlock.of("$L != null", value);
    if (node == null) {
      if (!parentCovers) {
        addProblemIf(code, present, path, "not allowed in " + combination.name(), problems);
      }
      return;
    }
    if (node.role != null) {
      switch (node.role) {
        case "forbidden":
          String description = combination.descriptionClause();
          addProblemIf(code, present, path, "forbidden in " + combination.name()
              + (description.isEmpty() ? "" : " (" + description + ")"), problems);
          return;
        case "fixed":
          return;
        case "required":
        case "allowed":
          CombinationModel.Count count = node.count;
          if (count != null) {
            CodeBlock outside = count.min() == count.max()
                ? CodeBlock.of("$L.size() != $L", value, count.min())
                : count.max() == Integer.MAX_VALUE
                ? CodeBlock.of("$L.size() < $L", value, count.min())
                : count.min() == 0
                    ? CodeBlock.of("$L.size() > $L", value, count.max())
                    : CodeBlock.of("$L.size() < $L || $L.size() > $L", value, count.min(), value, count.max());
            if (node.role.equals("required")) {
              requiredProblems(code, combination, type, value, path, problems);
              code.nextControlFlow("else if ($L)", outside);
            } else {
              code.beginControlFlow("if ($L != null && ($L))", value, outside);
            }
            code.addStatement("$L.add(new $T($L, $S + $L.size()))", problems, PROBLEM, path.code(),
                    combination.name() + " takes " + range(count) + ", got ", value)
                .endControlFlow();
          } else if (node.role.equals("required")) {
            requiredProblems(code, combination, type, value, path, problems);
            code.endControlFlow();
          }
          break;
        default:
          throw new AssertionError(node.role);
      }
    }
    if (node.children.isEmpty()) {
      return;
    }
    boolean covers = node.covers();
    CodeBlock.Builder inner = CodeBlock.builder();
    if (type instanceof TypeModel.ListOf list) {
      NameAllocator scoped = names.clone();
      String i = scoped.newName("i");
      String element = scoped.newName(ResourceGenerator.decapitalize(((TypeModel.ResourceRef) list.element()).name().simpleName()));
      checkFields(inner, combination, node, (TypeModel.ResourceRef) list.element(), CodeBlock.of("$L", element),
          path.index(i), covers, problems, scoped);
      if (!inner.isEmpty()) {
        code.beginControlFlow("if ($L != null)", value)
            .beginControlFlow("for (int $L = 0; $L < $L.size(); $L++)", i, i, value, i)
            .addStatement("$T $L = $L.get($L)", list.element().typeName(), element, value, i)
            .beginControlFlow("if ($L != null)", element)
            .add(inner.build())
            .endControlFlow()
            .endControlFlow()
            .endControlFlow();
      }
    } else {
      checkFields(inner, combination, node, (TypeModel.ResourceRef) type, value, path, covers, problems, names);
      if (!inner.isEmpty()) {
        code.beginControlFlow("if ($L != null)", value).add(inner.build()).endControlFlow();
      }
    }
  }

  /**
   * Opens the checks of a required field: unset, or empty when it is a String or a list (which
   * proto3 sends as unset); the caller adds any further {@code else if} and closes the chain.
   */
  private static void requiredProblems(CodeBlock.Builder code, CombinationModel combination, TypeModel type,
      CodeBlock value, PathExpr path, String problems) {
    String message = "required by " + combination.name();
    code.beginControlFlow("if ($L == null)", value)
        .addStatement("$L.add(new $T($L, $S))", problems, PROBLEM, path.code(), message);
    boolean canBeEmpty = type instanceof TypeModel.ListOf
        || (type instanceof TypeModel.Scalar scalar && scalar.kind() == ScalarKind.STRING);
    if (canBeEmpty) {
      code.nextControlFlow("else if ($L.isEmpty())", value)
          .addStatement("$L.add(new $T($L, $S))", problems, PROBLEM, path.code(), message + ", and empty");
    }
  }

  private void checkFields(CodeBlock.Builder code, CombinationModel combination, Node node, TypeModel.ResourceRef ref,
      CodeBlock value, PathExpr path, boolean covers, String problems, NameAllocator names) {
    ResourceModel resource = resources.apply(ref.name());
    for (FieldModel field : resource.fields()) {
      if (field.outputOnly()) {
        continue;
      }
      checkNode(code, combination, node.children.get(field.name()), field.type(),
          CodeBlock.of("$L.$L()", value, field.name()), path.dot(field.name()), covers, problems, names);
    }
  }

  private static void addProblemIf(CodeBlock.Builder code, CodeBlock condition, PathExpr path, String message,
      String problems) {
    code.beginControlFlow("if ($L)", condition)
        .addStatement("$L.add(new $T($L, $S))", problems, PROBLEM, path.code(), message)
        .endControlFlow();
  }

  private static String range(CombinationModel.Count count) {
    if (count.min() == count.max()) {
      return "exactly " + count.min();
    } else if (count.max() == Integer.MAX_VALUE) {
      return "at least " + count.min();
    } else if (count.min() == 0) {
      return "at most " + count.max();
    }
    return count.min() + " to " + count.max();
  }
}
