package dev.tinychat.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Map;

/**
 * What the generators generate from: a closed, immutable model between validation and
 * generation, made by {@link Planner} from clean definitions only. It holds no {@code Element}
 * and no type mirror: every name, type and decision (which combination a path belongs to, which
 * twin sends a call, which resource has checks) is resolved here once, so each generator is a
 * pure {@code plan -> JavaFile} function that tests can call without a compiler.
 */
sealed interface Plan {

  /** A {@code @Resource}: its fields in declaration order. */
  record Resource(ClassName name, List<Field> fields, String javadoc) implements Plan {
    ClassName builderName() {
      return generated(name, "Builder");
    }

    ClassName jsonName() {
      return generated(name, "Json");
    }

    /** Whether a field is deprecated. */
    boolean deprecated() {
      return fields.stream().anyMatch(Field::deprecated);
    }

    /**
     * The name of the members this client does not know, as read: of the builder's setter and of
     * the codec's static accessor: {@code unknownFields}, unless that clashes with a field.
     */
    String unknownName() {
      NameAllocator names = new NameAllocator();
      fields.forEach(f -> names.newName(f.name()));
      return names.newName("unknownFields");
    }

    /** {@code p.Space} -> {@code p.SpaceBuilder}; {@code p.Outer.Space} -> {@code p.OuterSpaceBuilder}. */
    static ClassName generated(ClassName definition, String suffix) {
      return ClassName.get(definition.packageName(), String.join("", definition.simpleNames()) + suffix);
    }
  }

  /**
   * One field of a resource. {@code maxLength} and {@code namePattern} are {@code null} when not
   * declared, {@code oneOf} when the field is in no group.
   */
  record Field(
      String name,
      String jsonName,
      TypeModel type,
      boolean outputOnly,
      boolean inputOnly,
      Integer maxLength,
      NamePattern namePattern,
      String oneOf,
      boolean oneOfRequired,
      Javadoc javadoc,
      boolean deprecated) implements Plan {}

  /**
   * Javadoc copied from a definition, with its {@code {@link #member}} references made to point
   * at the definition ({@code {@link Space#member}}), so that it stays valid in generated types.
   */
  record Javadoc(String text, ClassName owner) implements Plan {
    static final Javadoc NONE = new Javadoc("", null);

    boolean isEmpty() {
      return text.isEmpty();
    }

    /** The text with {@code #member} references qualified by the owner, one line break at the end. */
    CodeBlock code() {
      CodeBlock.Builder code = CodeBlock.builder();
      String rest = text;
      for (int hash = rest.indexOf("#"); hash >= 0 && owner != null; hash = rest.indexOf("#")) {
        boolean reference = hash > 0 && (rest.charAt(hash - 1) == ' ' || rest.charAt(hash - 1) == '\n');
        String before = rest.substring(0, hash).stripTrailing();
        if (reference && (before.endsWith("{@link") || before.endsWith("{@linkplain") || before.endsWith("@see"))) {
          code.add("$L$T#", rest.substring(0, hash), owner);
        } else {
          code.add("$L#", rest.substring(0, hash));
        }
        rest = rest.substring(hash + 1);
      }
      return code.add("$L\n", rest).build();
    }
  }

  /** A {@code @RestApi}: its client and its methods. */
  record Api(ClassName name, String baseUrl, Javadoc javadoc, List<Method> methods) implements Plan {
    ClassName clientName() {
      return Resource.generated(name, "Client");
    }
  }

  /**
   * One REST method. {@code responseCodec} reads its answer, unless it has none ({@code null},
   * for {@code void}) or the resource it answers has no field ({@code emptyResponse} names its
   * builder: the answer is empty or {@code {}}). {@code sender} is the name of the client's private method that checks the
   * arguments and builds the request: its own, or its synchronous twin's (then {@code ownsSender}
   * is false). {@code request} is the plan of the combinations that apply to it, its own or the
   * twin's, or {@code null}. A {@code derived} method is not declared by the definition: the
   * asynchronous twin the client adds to a synchronous method that has none.
   */
  record Method(
      String name,
      String verb,
      String path,
      TypeName returnType,
      boolean returnsVoid,
      boolean async,
      ClassName responseCodec,
      ClassName emptyResponse,
      TypeName responseType,
      List<Param> params,
      List<PathField> pathFields,
      String sender,
      boolean ownsSender,
      Request request,
      Javadoc javadoc,
      boolean deprecated,
      boolean derived,
      Call call) implements Plan {

    List<Param> bound(ParamModel.Binding binding) {
      return params.stream().filter(p -> p.binding() == binding).toList();
    }

    Param idempotencyKey() {
      return params.stream().filter(Param::idempotencyKey).findFirst().orElse(null);
    }
  }

  /**
   * One parameter. {@code codec} is the codec whose shape's {@code check} applies to it (to each
   * element of a list), or {@code null}; {@code pattern} is the pattern of a path
   * variable or a {@code @NamePattern} query parameter as written ({@code spaces/*},
   * {@code client-{id}}), or {@code null}; {@code updateMask} says
   * whether it carries the update mask, refused when null or empty; {@code required} whether it is
   * a required query parameter, refused when null or empty.
   */
  record Param(
      String name,
      ParamModel.Binding binding,
      String wireName,
      boolean idempotencyKey,
      TypeModel type,
      ClassName codec,
      String pattern,
      boolean updateMask,
      boolean required) implements Plan {}

  /**
   * A path variable bound to a field of the body ({@code {space.name=spaces/*}}): the parameter,
   * the getters from it, and the pattern the value must match before any I/O.
   */
  record PathField(String wireName, String param, List<String> getters, String pattern) implements Plan {}

  /**
   * The call builder of a method without combinations with optional query parameters
   * ({@code client.list(parent).pageSize(10).call()}): the class, the path and required query
   * parameters (the builder method's), the optional ones (its setters), and how to page, when the
   * method pages.
   */
  record Call(ClassName name, List<Param> required, List<Param> optional, Paging paging)
      implements Plan {}

  /**
   * A method with a {@code pageToken} query parameter whose answer has a {@code nextPageToken}
   * and one list of items: the token's parameter, the page and item types, and the list's getter.
   */
  record Paging(String tokenParam, ClassName page, TypeName item, String items) implements Plan {}

  /** What a combination says of a field. */
  enum Role {
    FIXED,
    REQUIRED,
    ALLOWED,
    FORBIDDEN
  }

  /**
   * The combinations of a method: the request class (which holds their rules), the client's public
   * check method, the parameters the rules walk (in call order), the codecs of the resources they
   * look into (by path), and each combination.
   */
  record Request(
      ClassName requestClass,
      ClassName api,
      String method,
      String checkMethod,
      List<Param> params,
      List<String> checkedParams,
      Map<String, ClassName> resources,
      List<Combination> combinations) implements Plan {}

  /**
   * One combination: its fixed and forbidden paths in declaration order, its counts, the factory
   * and builder class made for it, and the values that class holds, a slot each in this order (the
   * factory's parameters, then the setters', each in the order declared): these are its required
   * and allowed paths, for the rules and the request class both.
   */
  record Combination(
      String name,
      String description,
      String clause,
      List<String> scopes,
      List<Rule> rules,
      List<Count> counts,
      ClassName builder,
      List<Stored> stored) implements Plan {

    List<Rule> rules(Role role) {
      return rules.stream().filter(r -> r.role() == role).toList();
    }
  }

  /** A fixed or forbidden path; for a fixed one, the value as written and as a Java expression. */
  record Rule(String path, Role role, String text, CodeBlock literal) implements Plan {}

  /** Element-count bounds of a list. */
  record Count(String path, int min, int max) implements Plan {}

  /**
   * A value a builder holds: {@code required} ones are factory parameters (a list: {@code min}
   * single ones and varargs up to {@code max}), the others have setters. {@code mask} is the
   * declared update-mask path it falls under ({@code space_details}), added to the mask when it is
   * set, or {@code null}.
   */
  record Stored(String name, String path, TypeModel type, boolean required, int min, int max, Javadoc javadoc,
      boolean idempotencyKey, boolean deprecated, String mask, Wrap wrap) implements Plan {}

  /**
   * How a factory takes a required list of resources when its combination forbids every field but
   * one of a {@code @OneOf} group of the element: it takes values of that field's type ({@code
   * kind}) and makes each an element with only that field set ({@code new builder().field(x)}).
   */
  record Wrap(TypeName kind, ClassName builder, String field) implements Plan {}
}
