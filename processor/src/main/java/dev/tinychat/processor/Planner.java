package dev.tinychat.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javax.lang.model.type.TypeKind;

/**
 * Turns clean models into {@link Plan}s: resolves the resource graph an API uses, which
 * combinations apply to which method (async twins share their synchronous twin's), the names of
 * every generated member, and for each combination the tree of fixed, required, allowed and
 * forbidden paths, built once. An API that reaches a resource with errors gets no plan: those
 * errors are reported on the resource, and nothing half-checked is generated.
 */
final class Planner {
  private final Function<ClassName, ResourceModel> resources;
  private final Map<ClassName, Boolean> checked = new HashMap<>();

  /** @param resources the model of a resource that was read and is valid, else null */
  Planner(Function<ClassName, ResourceModel> resources) {
    this.resources = resources;
  }

  // ---- resources ----

  Plan.Resource resource(ResourceModel model) {
    List<Plan.Field> fields = new ArrayList<>();
    for (FieldModel field : model.fields()) {
      fields.add(new Plan.Field(field.name(), field.jsonName(), field.type(), field.outputOnly(), field.inputOnly(),
          field.maxLength(), field.namePattern(), field.oneOf() == null ? null : field.oneOf().group(),
          field.oneOf() != null && field.oneOf().required(), javadoc(field.javadoc(), model.name()),
          deprecated(field)));
    }
    return new Plan.Resource(model.name(), List.copyOf(fields), model.javadoc());
  }

  private static boolean deprecated(FieldModel field) {
    return field.element().getAnnotation(Deprecated.class) != null;
  }

  private static Plan.Javadoc javadoc(String text, ClassName owner) {
    return text.isEmpty() ? Plan.Javadoc.NONE : new Plan.Javadoc(text, owner);
  }

  private static TypeModel elementType(TypeModel type) {
    return type instanceof TypeModel.ListOf list ? list.element() : type;
  }

  /** Whether the codec of a resource checks limits: its own fields', or a nested resource's. */
  boolean checked(ClassName name) {
    return checked(name, new HashSet<>());
  }

  private boolean checked(ClassName name, Set<ClassName> visited) {
    Boolean known = checked.get(name);
    if (known != null) {
      return known;
    }
    ResourceModel model = visited.add(name) ? resources.apply(name) : null;
    if (model == null) {
      return false;
    }
    boolean result = false;
    for (FieldModel field : model.fields()) {
      if (!field.outputOnly() && (field.hasOwnCheck()
          || elementType(field.type()) instanceof TypeModel.ResourceRef ref && checked(ref.name(), visited))) {
        result = true;
        break;
      }
    }
    if (visited.size() == 1) {
      checked.put(name, result); // only a root's answer is complete when the graph has cycles
    }
    return result;
  }

  /** Whether every resource reachable from the types is valid. */
  private boolean resolved(List<TypeModel> roots) {
    Set<ClassName> seen = new HashSet<>();
    List<TypeModel> pending = new ArrayList<>(roots);
    while (!pending.isEmpty()) {
      TypeModel type = elementType(pending.remove(pending.size() - 1));
      if (type instanceof TypeModel.ResourceRef ref && seen.add(ref.name())) {
        ResourceModel model = resources.apply(ref.name());
        if (model == null) {
          return false;
        }
        model.fields().forEach(f -> pending.add(f.type()));
      }
    }
    return true;
  }

  // ---- APIs ----

  /** The plan of a validated API, or empty when a resource it reaches has errors. */
  Optional<Plan.Api> api(ApiModel api) {
    List<TypeModel> roots = new ArrayList<>();
    for (MethodModel method : api.methods()) {
      method.params().forEach(p -> roots.add(p.type()));
      if (method.response() != null) {
        roots.add(method.response());
      }
    }
    if (!resolved(roots)) {
      return Optional.empty();
    }
    NameAllocator members = new NameAllocator();
    for (String reserved : List.of("DEFAULT_BASE_URL", "transport", "builder", "Builder", "close")) {
      members.newName(reserved);
    }
    api.methods().forEach(m -> members.newName(m.name(), m));
    Map<MethodModel, Plan.Request> requests = new HashMap<>();
    Map<MethodModel, String> senders = new HashMap<>();
    for (MethodModel method : api.methods()) {
      if (sender(api, method) == method) {
        senders.put(method, members.newName(method.name() + "Request"));
      }
      if (!method.combinations().isEmpty()) {
        requests.put(method, request(api, method, members));
      }
    }
    List<Plan.Method> methods = new ArrayList<>();
    for (MethodModel method : api.methods()) {
      MethodModel sender = sender(api, method);
      MethodModel withCombinations = combinationsOf(api, method);
      Plan.Method planned = method(method, senders.get(sender), sender == method,
          withCombinations == null ? null : requests.get(withCombinations));
      String async = api.methods().stream().filter(m -> m.async() && sender(api, m) == method && m != method)
          .map(MethodModel::name).findFirst().orElse(null);
      boolean derive = !method.async() && async == null
          && api.methods().stream().noneMatch(m -> m.name().equals(method.name() + "Async"));
      methods.add(withCall(planned, method, Plan.Resource.generated(api.name(), "Client")));
      if (derive) {
        methods.add(asyncTwin(planned));
      }
    }
    return Optional.of(new Plan.Api(api.name(), api.baseUrl(), javadoc(api.javadoc(), api.name()),
        List.copyOf(methods)));
  }

  private Plan.Method method(MethodModel method, String sender, boolean ownsSender, Plan.Request request) {
    List<Plan.Param> params = new ArrayList<>();
    for (ParamModel param : method.params()) {
      params.add(param(method, param));
    }
    List<Plan.PathField> pathFields = new ArrayList<>();
    for (PathTemplate.Variable variable : method.template().variables()) {
      if (variable.name().contains(".")) {
        List<FieldModel> fields = ApiValidator.bodyField(method, variable.name(), resources);
        pathFields.add(new Plan.PathField(variable.name(), variable.name().substring(0, variable.name().indexOf('.')),
            fields.stream().map(FieldModel::name).toList(),
            variable.pattern() == null ? null : variable.pattern().source()));
      }
    }
    TypeModel response = method.response();
    ClassName codec = null;
    ClassName empty = null;
    if (response instanceof TypeModel.ResourceRef ref && resources.apply(ref.name()).fields().isEmpty()) {
      empty = ref.builderName();
    } else if (response instanceof TypeModel.ResourceRef ref) {
      codec = ref.jsonName();
    }
    return new Plan.Method(method.name(), method.verb(), method.template().expanded(),
        TypeName.get(method.element().getReturnType()),
        method.element().getReturnType().getKind() == TypeKind.VOID, method.async(), codec, empty,
        response == null ? ClassName.get(Void.class) : response.typeName(), List.copyOf(params),
        List.copyOf(pathFields), sender,
        ownsSender, request, javadoc(method.javadoc(), null),
        method.element().getAnnotation(Deprecated.class) != null, false, null);
  }

  /**
   * {@code xAsync}, derived for a synchronous method {@code x} the definition gives no twin:
   * the same call through {@code sendAsync}, answering a {@code CompletableFuture}.
   */
  private static Plan.Method asyncTwin(Plan.Method method) {
    TypeName future = ParameterizedTypeName.get(ClassName.get(CompletableFuture.class),
        method.returnsVoid() ? ClassName.get(Void.class) : method.returnType());
    return new Plan.Method(method.name() + "Async", method.verb(), method.path(), future, false, true,
        method.responseCodec(), method.emptyResponse(), method.responseType(), method.params(), method.pathFields(),
        method.sender(), false, method.request(),
        new Plan.Javadoc("{@link #" + method.name() + "} without blocking.", null), method.deprecated(), true, null);
  }

  /**
   * The method with its call builder, when it is synchronous, has no combinations nor body, and
   * two optional query parameters or more; it pages (the runtime's {@code PagedCall}) when its
   * answer has a {@code nextPageToken} and one list, and no optional String parameter is named
   * {@code request}.
   */
  private Plan.Method withCall(Plan.Method method, MethodModel model, ClassName client) {
    List<Plan.Param> optional = method.bound(ParamModel.Binding.QUERY).stream()
        .filter(p -> !p.idempotencyKey() && !p.required()).toList();
    List<Plan.Param> required = method.params().stream()
        .filter(p -> p.binding() == ParamModel.Binding.PATH || p.required()).toList();
    boolean body = !method.bound(ParamModel.Binding.BODY).isEmpty()
        || !method.bound(ParamModel.Binding.BODY_FIELD).isEmpty();
    if (method.async() || method.request() != null || body || optional.size() < 2) {
      return method;
    }
    Plan.Paging paging = null;
    Plan.Param token = optional.stream()
        .filter(p -> p.wireName().equals("pageToken") && p.type().typeName().equals(ClassName.get(String.class)))
        .findFirst().orElse(null);
    // a setter request(String) would clash with PagedCall's request(String pageToken): no paging then
    boolean clash = optional.stream()
        .anyMatch(p -> p.name().equals("request") && p.type().typeName().equals(ClassName.get(String.class)));
    if (token != null && !clash && model.response() instanceof TypeModel.ResourceRef ref) {
      List<FieldModel> fields = resources.apply(ref.name()).fields();
      boolean next = fields.stream().anyMatch(f -> f.name().equals("nextPageToken")
          && f.type() instanceof TypeModel.Scalar s && s.kind() == ScalarKind.STRING);
      List<FieldModel> lists = fields.stream().filter(f -> f.type() instanceof TypeModel.ListOf).toList();
      if (next && lists.size() == 1) {
        paging = new Plan.Paging(token.name(), ref.name(),
            ((TypeModel.ListOf) lists.get(0).type()).element().typeName(), lists.get(0).name());
      }
    }
    Plan.Call call = new Plan.Call(client.nestedClass(Names.capitalize(method.name()) + "Call"),
        required, optional, paging);
    return new Plan.Method(method.name(), method.verb(), method.path(), method.returnType(), method.returnsVoid(),
        method.async(), method.responseCodec(), method.emptyResponse(), method.responseType(), method.params(),
        method.pathFields(), method.sender(), method.ownsSender(), method.request(), method.javadoc(),
        method.deprecated(), method.derived(), call);
  }

  private Plan.Param param(MethodModel method, ParamModel param) {
    ClassName codec = null;
    // a partial update's body holds only the fields to change, so resource-wide rules (a required
    // @OneOf group) do not apply to it; the server checks the values
    boolean partial = method.mask() != null && method.mask().body() == param;
    if (elementType(param.type()) instanceof TypeModel.ResourceRef ref && checked(ref.name()) && !partial) {
      codec = ref.jsonName();
    }
    NamePattern declared = param.pattern();
    if (param.binding() == ParamModel.Binding.PATH) {
      declared = method.template().variables().stream()
          .filter(v -> v.name().equals(param.wireName())).findFirst().orElseThrow().pattern();
    }
    return new Plan.Param(param.name(), param.binding(), param.wireName(), param.idempotencyKey(), param.type(),
        codec, declared == null ? null : declared.source(), method.isMask(param), param.required());
  }

  /** The method whose private request method sends {@code method}: itself, or its synchronous twin. */
  private static MethodModel sender(ApiModel api, MethodModel method) {
    if (method.async()) {
      for (MethodModel other : api.methods()) {
        if (!other.async() && other.sameCall(method) && java.util.Objects.equals(
            other.response() == null ? null : other.response().typeName(),
            method.response() == null ? null : method.response().typeName())) {
          return other;
        }
      }
    }
    return method;
  }

  /** The method whose combinations {@code method} uses: its own, or its synchronous twin's. */
  private static MethodModel combinationsOf(ApiModel api, MethodModel method) {
    if (!method.combinations().isEmpty()) {
      return method;
    }
    if (method.async()) {
      for (MethodModel other : api.methods()) {
        if (!other.async() && !other.combinations().isEmpty() && other.sameCall(method)) {
          return other;
        }
      }
    }
    return null;
  }

  // ---- requests ----

  private Plan.Request request(ApiModel api, MethodModel method, NameAllocator members) {
    List<Plan.Param> params = new ArrayList<>();
    for (ParamModel param : method.params()) {
      params.add(param(method, param));
    }
    List<String> checkedParams = method.params().stream()
        .filter(p -> !p.idempotencyKey() && p.binding() != ParamModel.Binding.PATH && !method.isMask(p))
        .map(ParamModel::name).toList();
    Map<String, ClassName> resourcesByPath = new LinkedHashMap<>();
    List<Plan.Combination> combinations = new ArrayList<>();
    for (CombinationModel combination : method.combinations()) {
      List<FieldPath> named = new ArrayList<>();
      combination.fixed().forEach(f -> named.add(f.path()));
      named.addAll(combination.required());
      named.addAll(combination.allowed());
      named.addAll(combination.forbidden());
      for (FieldPath path : named) {
        TypeModel type = path.param().type();
        String prefix = path.param().name();
        for (FieldModel field : path.fields()) {
          resourcesByPath.put(prefix, ((TypeModel.ResourceRef) elementType(type)).jsonName());
          prefix = prefix + "." + field.name();
          type = field.type();
        }
      }
      combinations.add(combination(method, combination));
    }
    return new Plan.Request(method.requestClass(), api.name(), method.name(),
        members.newName("check" + Names.capitalize(method.name())), List.copyOf(params), checkedParams,
        resourcesByPath, List.copyOf(combinations));
  }

  /** A node of the tree of paths one combination names. */
  private static final class Node {
    final String name;
    final TypeModel type;
    final FieldModel field;
    final ParamModel param;
    final ClassName owner;
    final String path;
    final Map<String, Node> children = new LinkedHashMap<>();
    Plan.Role role;
    CombinationModel.Count count;
    String stored;

    Node(String name, TypeModel type, FieldModel field, ParamModel param, ClassName owner, String path) {
      this.name = name;
      this.path = path;
      this.type = type;
      this.field = field;
      this.param = param;
      this.owner = owner;
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

  private static Node find(Node root, FieldPath path) {
    ParamModel param = path.param();
    Node node = root.children.computeIfAbsent(param.name(),
        k -> new Node(param.name(), param.type(), null, param, null, param.name()));
    for (FieldModel field : path.fields()) {
      ClassName owner = ((TypeModel.ResourceRef) elementType(node.type)).name();
      String below = node.path + "." + field.name();
      node = node.children.computeIfAbsent(field.name(), k -> new Node(field.name(), field.type(), field, null, owner, below));
    }
    return node;
  }

  private static Node insert(Node root, FieldPath path, Plan.Role role) {
    Node node = find(root, path);
    node.role = role;
    return node;
  }

  private Plan.Combination combination(MethodModel method, CombinationModel combination) {
    Node root = new Node("", null, null, null, null, "");
    List<Plan.Rule> rules = new ArrayList<>();
    for (CombinationModel.Fixed fixed : combination.fixed()) {
      CodeBlock literal = literal(fixed.path().type(), fixed.text());
      insert(root, fixed.path(), Plan.Role.FIXED);
      rules.add(new Plan.Rule(fixed.path().source(), Plan.Role.FIXED, fixed.text(), literal));
    }
    for (FieldPath path : combination.required()) {
      insert(root, path, Plan.Role.REQUIRED);
    }
    for (FieldPath path : combination.allowed()) {
      insert(root, path, Plan.Role.ALLOWED);
    }
    for (FieldPath path : combination.forbidden()) {
      insert(root, path, Plan.Role.FORBIDDEN);
      rules.add(new Plan.Rule(path.source(), Plan.Role.FORBIDDEN, null, null));
    }
    List<Plan.Count> counts = new ArrayList<>();
    for (CombinationModel.Count count : combination.counts()) {
      find(root, count.path()).count = count;
      counts.add(new Plan.Count(count.path().source(), count.min(), count.max()));
    }

    // The stored values (MethodModel.stored): the factory's parameters, then the setters' values.
    Map<FieldPath, String> stored = method.stored(combination);
    List<FieldPath> required = stored.keySet().stream()
        .filter(p -> !combination.allowed().contains(p) && !p.param().idempotencyKey()).toList();
    NameAllocator names = new NameAllocator();
    Map<Node, String> masked = new HashMap<>();
    for (Map.Entry<FieldPath, String> entry : stored.entrySet()) {
      FieldPath path = entry.getKey();
      Node node = find(root, path);
      if (node.role == null) {
        node.role = Plan.Role.ALLOWED;
      }
      node.stored = names.newName(entry.getValue(), node);
      MaskModel.MaskPath mask = method.mask() == null ? null : method.mask().covering(path);
      if (mask != null && !method.template().variableNames().contains(path.source())) {
        masked.put(node, mask.source());
      }
    }
    List<Node> requiredNodes = required.stream().map(p -> find(root, p)).toList();
    List<Plan.Stored> storedPlans = new ArrayList<>();
    for (Node node : root.storedBelow()) {
      boolean isRequired = requiredNodes.contains(node);
      storedPlans.add(new Plan.Stored(node.stored, node.path, node.type, isRequired,
          node.count == null ? 1 : node.count.min(), node.count == null ? Integer.MAX_VALUE : node.count.max(),
          node.field == null ? Plan.Javadoc.NONE : javadoc(node.field.javadoc(), node.owner),
          node.param != null && node.param.idempotencyKey(),
          node.field != null && deprecated(node.field), masked.get(node), isRequired ? wrap(node) : null));
    }
    // the slots: the factory's parameters, then the setters' values, each in the order declared
    // (MethodModel.stored), as the rules declare them (RulesGenerator)
    List<Plan.Stored> ordered = new ArrayList<>();
    for (boolean factory : new boolean[] {true, false}) {
      for (FieldPath path : stored.keySet()) {
        String name = find(root, path).stored;
        storedPlans.stream().filter(s -> s.name().equals(name) && s.required() == factory).forEach(ordered::add);
      }
    }

    return new Plan.Combination(combination.name(), combination.description(), combination.descriptionClause(),
        combination.scopes(), List.copyOf(rules), List.copyOf(counts),
        method.requestClass().nestedClass(Names.capitalize(combination.name())), List.copyOf(ordered));
  }

  /**
   * The wrap of a required list of resources whose combination forbids every field but one of a
   * {@code @OneOf} group of the element, and names nothing inside the one left (setup's group chat:
   * {@code memberships.groupMember} forbidden, so the factory takes the {@code member}s); else
   * {@code null}.
   */
  private Plan.Wrap wrap(Node node) {
    if (!(node.type instanceof TypeModel.ListOf list) || !(list.element() instanceof TypeModel.ResourceRef ref)) {
      return null;
    }
    for (ResourceModel.OneOfGroup group : resources.apply(ref.name()).oneOfGroups()) {
      List<FieldModel> open = group.fields().stream()
          .filter(f -> node.children.get(f.name()) == null || node.children.get(f.name()).role != Plan.Role.FORBIDDEN)
          .toList();
      if (group.fields().size() > 1 && open.size() == 1) {
        FieldModel only = open.get(0);
        Node inside = node.children.get(only.name());
        boolean named = inside != null && (inside.role != null || !inside.children.isEmpty());
        if (named || only.type() instanceof TypeModel.ListOf || only.outputOnly()) {
          return null;
        }
        return new Plan.Wrap(only.type().typeName(), ref.builderName(), only.name());
      }
    }
    return null;
  }

  /** The Java expression of a fixed value the validator accepted. */
  private static CodeBlock literal(TypeModel type, String text) {
    return type instanceof TypeModel.EnumRef enumRef
        ? CodeBlock.of("$T.$L", enumRef.name(), text)
        : ((TypeModel.Scalar) type).kind().literal(text);
  }
}
