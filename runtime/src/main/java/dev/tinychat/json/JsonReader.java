package dev.tinychat.json;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A strict RFC 8259 pull reader over a complete UTF-8 document held in memory.
 *
 * <p>Every failure is a {@link JsonException} naming line, column and JSON path
 * ({@code $.space.spaceDetails.description}); malformed input and a value of the wrong shape
 * ({@code Expected a string but was NUMBER at line 3 column 12 path $.sender.name}) are told
 * apart by {@link JsonException#kind()}. Depth, size and the number of values are limited: at
 * most one value (object, array, string, number, literal) per 16 bytes of the size limit, so that
 * what a document decodes to costs at most a few times that limit in memory, however small its
 * values.
 *
 * <p>After a {@link JsonException.Kind#SYNTAX SYNTAX} error (malformed input or a limit) the
 * reader is poisoned: every later call that reads throws that same exception. After a {@link
 * JsonException.Kind#SHAPE SHAPE} error nothing was consumed: the value is still next, so the
 * caller may read it another way or {@link #skipValue()} it.
 *
 * <p>Decisions: a number is not a string ({@link #nextString()} on a NUMBER is a SHAPE error);
 * ints and longs may be written {@code 1.0} or {@code 1e2} if exactly integral, or as a string
 * holding such a number (text over 100 characters is out of range, to bound the work); an
 * escaped lone surrogate ({@code "\ud800"}) is a SYNTAX error, so every string read is valid
 * Unicode; timestamps accept {@code T}/{@code Z} in either case and any offset up to 18 hours.
 * An error points at the offending character (an unterminated string at its opening quote);
 * line and column are 1-based and count code points; a line ends at LF, CRLF or a lone CR.
 */
public final class JsonReader {
  private static final String[] SHARED = new String[512];

  /** Default most nesting of arrays and objects. */
  public static final int DEFAULT_MAX_DEPTH = 64;
  /** Default most bytes of input. */
  public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

  private static final int EMPTY_DOCUMENT = 0;
  private static final int NONEMPTY_DOCUMENT = 1;
  private static final int EMPTY_ARRAY = 2;
  private static final int NONEMPTY_ARRAY = 3;
  private static final int EMPTY_OBJECT = 4;
  private static final int NONEMPTY_OBJECT = 5;
  private static final int DANGLING_NAME = 6;

  private final byte[] b;
  private final int limit;
  private final int maxDepth;
  private int maxValues;
  private int values;
  /** The position of a lone surrogate of a String input, replaced by an invalid byte; or -1. */
  private final int lone;
  private int pos;
  private int depth;
  private int[] scopes = new int[16];
  private int[] indices = new int[16];
  private String[] names = new String[16];
  /** The token {@link #peek()} found, or null. */
  private JsonToken peeked;
  /** Where the peeked token starts, and where a NUMBER, BOOLEAN or NULL token ends. */
  private int tokStart;
  private int tokEnd;
  private boolean bool;
  /** Where the last string scanned ends (after its closing quote). */
  private int strEnd;
  private JsonException failed;

  private JsonReader(byte[] b, int limit, int maxDepth, int lone) {
    this.b = b;
    this.limit = limit;
    this.maxDepth = maxDepth;
    this.lone = lone;
  }

  /** A reader of UTF-8 bytes with the default limits; the array is read in place, not copied. */
  public static JsonReader of(byte[] utf8) {
    return of(utf8, DEFAULT_MAX_DEPTH, DEFAULT_MAX_BYTES);
  }

  /**
   * A reader of text with the default limits. A lone surrogate in the text is a SYNTAX error
   * where it stands.
   */
  public static JsonReader of(String json) {
    int i = loneSurrogate(json);
    if (i >= 0) {
      // Keep what precedes it and end with a byte that is never valid UTF-8, reported there.
      byte[] head = json.substring(0, i).getBytes(UTF_8);
      byte[] b = Arrays.copyOf(head, head.length + 1);
      b[head.length] = (byte) 0xFF;
      return create(b, DEFAULT_MAX_DEPTH, DEFAULT_MAX_BYTES, head.length);
    }
    return of(json.getBytes(UTF_8));
  }

  /** The index of the first lone surrogate in {@code s}, or -1 when it has none. */
  static int loneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** {@code text} if it is an RFC 8259 number, else an {@link IllegalArgumentException}. */
  static String number(String text) {
    if (!isNumber(text)) {
      throw new IllegalArgumentException("Not a JSON number: \"" + text + "\"");
    }
    return text;
  }

  /**
   * A reader with explicit limits: at most {@code maxDepth} nested arrays and objects, and input
   * of at most {@code maxBytes} (else a SYNTAX error, thrown here).
   */
  public static JsonReader of(byte[] utf8, int maxDepth, int maxBytes) {
    return create(utf8, maxDepth, maxBytes, -1);
  }

  private static JsonReader create(byte[] b, int maxDepth, int maxBytes, int lone) {
    if (maxDepth < 1 || maxBytes < 0) {
      throw new IllegalArgumentException("maxDepth " + maxDepth + ", maxBytes " + maxBytes);
    }
    JsonReader r = new JsonReader(b, b.length, maxDepth, lone);
    r.maxValues = maxBytes / 16 + 16;
    if (b.length > maxBytes) {
      throw r.syntaxAt("Input too large: " + b.length + " bytes, limit " + maxBytes, 0);
    }
    return r;
  }

  /** What the next read will find. */
  public JsonToken peek() {
    if (failed != null) {
      throw failed;
    }
    if (peeked == null) {
      peeked = doPeek();
    }
    return peeked;
  }

  private JsonToken doPeek() {
    int c = ws();
    switch (scopes[depth]) {
      case EMPTY_ARRAY:
        scopes[depth] = NONEMPTY_ARRAY;
        if (c == ']') {
          return at(JsonToken.END_ARRAY);
        }
        break;
      case NONEMPTY_ARRAY:
        if (c == ']') {
          return at(JsonToken.END_ARRAY);
        }
        if (c != ',') {
          throw expected("',' or ']'", pos);
        }
        pos++;
        c = ws();
        break;
      case EMPTY_OBJECT:
      case NONEMPTY_OBJECT:
        if (c == '}') {
          return at(JsonToken.END_OBJECT);
        }
        if (scopes[depth] == NONEMPTY_OBJECT) {
          if (c != ',') {
            throw expected("',' or '}'", pos);
          }
          pos++;
          c = ws();
        }
        if (c != '"') {
          throw expected(scopes[depth] == EMPTY_OBJECT ? "a name or '}'" : "a name", pos);
        }
        scopes[depth] = DANGLING_NAME;
        return at(JsonToken.NAME);
      case DANGLING_NAME:
        if (c != ':') {
          throw expected("':'", pos);
        }
        pos++;
        c = ws();
        scopes[depth] = NONEMPTY_OBJECT;
        break;
      case EMPTY_DOCUMENT:
        scopes[depth] = NONEMPTY_DOCUMENT;
        break;
      default:
        if (c < 0) {
          return at(JsonToken.END_DOCUMENT);
        }
        throw expected("end of input", pos);
    }
    tokStart = pos;
    if (++values > maxValues) {
      throw syntaxAt("Too many values: more than " + maxValues, pos);
    }
    switch (c) {
      case '{':
        return JsonToken.BEGIN_OBJECT;
      case '[':
        return JsonToken.BEGIN_ARRAY;
      case '"':
        return JsonToken.STRING;
      case 't':
      case 'f':
        bool = c == 't';
        return literal(bool ? "true" : "false", JsonToken.BOOLEAN);
      case 'n':
        return literal("null", JsonToken.NULL);
      default:
        if (c == '-' || isDigit(c)) {
          int e = numberEnd(b, pos, limit);
          if (e < 0) {
            e = ~e;
            throw e < limit && isDigit(b[e]) ? syntaxAt("Invalid number: leading zero", e)
                : expected("a digit", e);
          }
          tokEnd = e;
          return JsonToken.NUMBER;
        }
        throw expected("a value", pos);
    }
  }

  private JsonToken at(JsonToken t) {
    tokStart = pos;
    tokEnd = pos + 1;
    return t;
  }

  private JsonToken literal(String word, JsonToken t) {
    int e = pos + word.length();
    for (int i = 0; i < word.length(); i++) {
      if (pos + i >= limit || b[pos + i] != word.charAt(i)) {
        throw expected("a value", pos);
      }
    }
    if (e < limit && isAlnum(b[e])) {
      throw expected("a value", pos);
    }
    tokEnd = e;
    return t;
  }

  /** Skips whitespace; the byte now at {@code pos}, or -1 at the end. */
  private int ws() {
    while (pos < limit) {
      int c = b[pos];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return c & 0xFF;
      }
      pos++;
    }
    return -1;
  }

  /**
   * The end of the RFC 8259 number starting at {@code p}, or the complement ({@code ~i}) of the
   * index of the first byte that breaks it.
   */
  static int numberEnd(byte[] b, int p, int limit) {
    if (p < limit && b[p] == '-') {
      p++;
    }
    if (p < limit && b[p] == '0') {
      p++;
      if (p < limit && isDigit(b[p])) {
        return ~p;
      }
    } else {
      p = digits(b, p, limit);
      if (p < 0) {
        return p;
      }
    }
    if (p < limit && b[p] == '.') {
      p = digits(b, p + 1, limit);
      if (p < 0) {
        return p;
      }
    }
    if (p < limit && (b[p] | 0x20) == 'e') {
      p++;
      if (p < limit && (b[p] == '+' || b[p] == '-')) {
        p++;
      }
      p = digits(b, p, limit);
    }
    return p;
  }

  /** The end of one or more digits at {@code p}, or {@code ~p} if there is none. */
  private static int digits(byte[] b, int p, int limit) {
    if (p >= limit || !isDigit(b[p])) {
      return ~p;
    }
    while (p < limit && isDigit(b[p])) {
      p++;
    }
    return p;
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAlnum(int c) {
    return isDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  }

  /**
   * Scans the string whose opening quote is at {@code tokStart}, validating escapes and UTF-8,
   * and sets {@link #strEnd}; the decoded text if {@code build}, else null. Does not move
   * {@code pos}.
   */
  private String string(boolean build) {
    int p = tokStart + 1;
    int from = p;
    StringBuilder sb = null;
    while (true) {
      if (p >= limit) {
        throw syntaxAt("Unterminated string", tokStart);
      }
      int c = b[p] & 0xFF;
      if (c == '"') {
        break;
      } else if (c == '\\') {
        if (build && sb == null) {
          sb = new StringBuilder();
        }
        if (sb != null) {
          sb.append(new String(b, from, p - from, UTF_8));
        }
        p = escape(p, sb);
        from = p;
      } else if (c < 0x20) {
        throw syntaxAt("Unescaped control character " + hex(c) + " in string", p);
      } else if (c < 0x80) {
        p++;
      } else {
        p = utf8(p);
      }
    }
    strEnd = p + 1;
    if (!build) {
      return null;
    }
    if (sb == null && p - from <= 32) {
      return shared(from, p - from);
    }
    String tail = new String(b, from, p - from, UTF_8);
    return sb == null ? tail : sb.append(tail).toString();
  }

  /**
   * The short string of {@code len} bytes at {@code from}, taken from a small table of the ASCII
   * ones seen lately when it is there: member names and enum texts repeat in every response, so
   * most need no new String. Strings are immutable, so threads may share the table without locks.
   */
  private String shared(int from, int len) {
    int h = len;
    for (int i = from; i < from + len; i++) {
      h = 31 * h + b[i];
    }
    int slot = (h ^ h >>> 9) & (SHARED.length - 1);
    String s = SHARED[slot];
    if (s != null && s.length() == len) {
      int i = 0;
      while (i < len && s.charAt(i) == b[from + i]) {
        i++;
      }
      if (i == len) {
        return s;
      }
    }
    s = new String(b, from, len, UTF_8);
    if (s.length() == len) {
      SHARED[slot] = s;
    }
    return s;
  }

  /** Decodes the escape at {@code p} into {@code sb} (if not null); the index after it. */
  private int escape(int p, StringBuilder sb) {
    if (p + 1 >= limit) {
      throw syntaxAt("Unterminated string", tokStart);
    }
    int k = "\"\\/bfnrtu".indexOf(b[p + 1]);
    if (k < 0) {
      throw invalidEscape(p);
    }
    if (k < 8) {
      if (sb != null) {
        sb.append("\"\\/\b\f\n\r\t".charAt(k));
      }
      return p + 2;
    }
    char c = (char) hex4(p);
    if (Character.isSurrogate(c)) {
      int low = Character.isHighSurrogate(c) && p + 7 < limit && b[p + 6] == '\\'
          && b[p + 7] == 'u' ? hex4(p + 6) : -1;
      if (low < 0 || !Character.isLowSurrogate((char) low)) {
        throw syntaxAt("Lone surrogate " + new String(b, p, 6, ISO_8859_1), p);
      }
      if (sb != null) {
        sb.append(c);
      }
      c = (char) low;
      p += 6;
    }
    if (sb != null) {
      sb.append(c);
    }
    return p + 6;
  }

  /** The 4 hex digits of the {@code \}{@code u} escape at {@code p}. */
  private int hex4(int p) {
    int v = 0;
    for (int i = p + 2; i < p + 6; i++) {
      int d = i < limit ? Character.digit(b[i], 16) : -1;
      if (d < 0) {
        throw invalidEscape(p);
      }
      v = v << 4 | d;
    }
    return v;
  }

  private JsonException invalidEscape(int p) {
    int e = p + 1;
    // The escape letter, and after a u up to 4 more printable characters
    while (e < limit && e < p + 6 && b[e] > 0x20 && b[e] < 0x7F
        && (e == p + 1 || b[p + 1] == 'u')) {
      e++;
    }
    return syntaxAt("Invalid escape " + (e > p + 1 ? new String(b, p, e - p, ISO_8859_1)
        : "\\ before " + describe(e)), p);
  }

  /** Validates the UTF-8 sequence at {@code p}; the index after it. */
  private int utf8(int p) {
    int c = b[p] & 0xFF;
    int n = c < 0xC2 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : c < 0xF5 ? 3 : 0;
    // The second byte's range excludes overlong forms, surrogates and code points over U+10FFFF.
    int lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
    int hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    boolean ok = n > 0 && p + n < limit;
    for (int i = 1; ok && i <= n; i++) {
      int d = b[p + i] & 0xFF;
      ok = i == 1 ? d >= lo && d <= hi : (d & 0xC0) == 0x80;
    }
    if (!ok) {
      throw syntaxAt(p == lone ? "Lone surrogate" : "Invalid UTF-8 starting at byte " + hex(c), p);
    }
    return p + n + 1;
  }

  /** Enters the next value, which must be an object. */
  public void beginObject() {
    expect(JsonToken.BEGIN_OBJECT, "an object");
    push(EMPTY_OBJECT);
  }

  /** Leaves the current object, which must have no more members. */
  public void endObject() {
    expect(JsonToken.END_OBJECT, "the end of an object");
    pop();
  }

  /** Enters the next value, which must be an array. */
  public void beginArray() {
    expect(JsonToken.BEGIN_ARRAY, "an array");
    push(EMPTY_ARRAY);
  }

  /** Leaves the current array, which must have no more elements. */
  public void endArray() {
    expect(JsonToken.END_ARRAY, "the end of an array");
    pop();
  }

  private void push(int scope) {
    if (depth == maxDepth) {
      throw syntaxAt("Nesting too deep: more than " + maxDepth + " levels", tokStart);
    }
    if (++depth == scopes.length) {
      int n = depth * 2;
      scopes = Arrays.copyOf(scopes, n);
      indices = Arrays.copyOf(indices, n);
      names = Arrays.copyOf(names, n);
    }
    scopes[depth] = scope;
    indices[depth] = 0;
    names[depth] = null;
    pos = tokStart + 1;
    peeked = null;
  }

  private void pop() {
    depth--;
    consumed(tokEnd);
  }

  private void consumed(int end) {
    pos = end;
    peeked = null;
    indices[depth]++;
  }

  /** True while the current object or array has another member or element. */
  public boolean hasNext() {
    JsonToken t = peek();
    return t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY && t != JsonToken.END_DOCUMENT;
  }

  /** The name of the next object member; its value comes next. */
  public String nextName() {
    expect(JsonToken.NAME, "a name");
    names[depth] = string(true);
    pos = strEnd;
    peeked = null;
    return names[depth];
  }

  /** A JSON string; a number is not a string (SHAPE error). */
  public String nextString() {
    expect(JsonToken.STRING, "a string");
    String s = string(true);
    consumed(strEnd);
    return s;
  }

  /** The next value, which must be {@code true} or {@code false}. */
  public boolean nextBoolean() {
    expect(JsonToken.BOOLEAN, "a boolean");
    consumed(tokEnd);
    return bool;
  }

  /** Consumes the next value, which must be {@code null}. */
  public void nextNull() {
    expect(JsonToken.NULL, "null");
    consumed(tokEnd);
  }

  /**
   * An int from a JSON number (exact: {@code 1.0} and {@code 1e2} are fine, a fraction or
   * overflow is a SHAPE error) or a string holding such a number.
   */
  public int nextInt() {
    return (int) integral(Integer.MIN_VALUE, Integer.MAX_VALUE, "an int");
  }

  /** A long from a JSON number or, as proto3 JSON sends int64, a numeric string (both exact). */
  public long nextLong() {
    return integral(Long.MIN_VALUE, Long.MAX_VALUE, "a long");
  }

  private long integral(long min, long max, String what) {
    String text = numberOrString(what);
    if (peeked == JsonToken.STRING && !isNumber(text)) {
      throw unexpected(what, text, "");
    }
    long v = max;
    boolean inRange = text.length() <= 100; // longer text would be slow to parse
    if (text.length() < 19 && text.indexOf('.') < 0 && text.indexOf('e') < 0
        && text.indexOf('E') < 0) {
      v = Long.parseLong(text);
    } else if (inRange) {
      try {
        BigDecimal d = new BigDecimal(text).stripTrailingZeros();
        if (d.scale() > 0) {
          throw unexpected(what, text, ", which has a fraction");
        }
        // Checked first so that 1e999999999 is never expanded.
        inRange = (long) d.precision() - d.scale() <= 19;
        v = inRange ? d.longValueExact() : v;
      } catch (ArithmeticException | NumberFormatException e) {
        inRange = false; // over a long, or an exponent over an int
      }
    }
    if (!inRange || v < min || v > max) {
      throw unexpected(what, text, ", which is out of range");
    }
    consumed(peeked == JsonToken.NUMBER ? tokEnd : strEnd);
    return v;
  }

  /** The text of the next NUMBER or STRING (consuming nothing); a SHAPE error otherwise. */
  private String numberOrString(String what) {
    JsonToken t = peek();
    if (t == JsonToken.NUMBER) {
      return new String(b, tokStart, tokEnd - tokStart, ISO_8859_1);
    }
    if (t != JsonToken.STRING) {
      throw shapeError("Expected " + what + " but was " + t);
    }
    return string(true);
  }

  static boolean isNumber(String s) {
    byte[] a = s.getBytes(ISO_8859_1);
    return numberEnd(a, 0, a.length) == a.length;
  }

  /** The next JSON number's text exactly as written, e.g. {@code -1.50e3}; not a string. */
  public String nextNumber() {
    expect(JsonToken.NUMBER, "a number");
    String text = new String(b, tokStart, tokEnd - tokStart, ISO_8859_1);
    consumed(tokEnd);
    return text;
  }

  /** A double from a JSON number or a string holding one, "NaN", "Infinity" or "-Infinity". */
  public double nextDouble() {
    String text = numberOrString("a double");
    double v;
    if (peeked == JsonToken.STRING && !isNumber(text)) {
      if (text.equals("NaN")) {
        v = Double.NaN;
      } else if (text.equals("Infinity")) {
        v = Double.POSITIVE_INFINITY;
      } else if (text.equals("-Infinity")) {
        v = Double.NEGATIVE_INFINITY;
      } else {
        throw unexpected("a double", text, "");
      }
    } else {
      v = Double.parseDouble(text);
      if (Double.isInfinite(v)) {
        throw unexpected("a double", text, ", which is out of range");
      }
    }
    consumed(peeked == JsonToken.NUMBER ? tokEnd : strEnd);
    return v;
  }

  /**
   * An RFC 3339 timestamp string: {@code 2026-11-22T10:00:00Z}, 0 to 9 fraction digits, {@code Z}
   * or an offset such as {@code +01:00}.
   */
  public Instant nextTimestamp() {
    expect(JsonToken.STRING, "a timestamp");
    String s = string(true);
    Instant t = timestamp(s);
    if (t == null) {
      throw unexpected("an RFC 3339 timestamp", s, "");
    }
    consumed(strEnd);
    return t;
  }

  /** The instant {@code s} names, or null if it is not an RFC 3339 date-time. */
  static Instant timestamp(String s) {
    int n = s.length();
    if (!matches(s, 0, "0000-00-00T00:00:00")) {
      return null;
    }
    int p = 19;
    int nanos = 0;
    if (p < n && s.charAt(p) == '.') {
      int start = ++p;
      while (p < n && isDigit(s.charAt(p))) {
        p++;
      }
      if (p == start || p - start > 9) {
        return null;
      }
      nanos = num(s, start, p);
      for (int i = p - start; i < 9; i++) {
        nanos *= 10;
      }
    }
    int offset = 0;
    char c = p < n ? s.charAt(p) : ' ';
    if ((c == '+' || c == '-') && p + 6 == n && matches(s, p + 1, "00:00")) {
      int hours = num(s, p + 1, p + 3);
      int minutes = num(s, p + 4, p + 6);
      if (hours > 18 || minutes > 59) {
        return null;
      }
      offset = (c == '-' ? -60 : 60) * (hours * 60 + minutes);
    } else if ((c | 0x20) != 'z' || p + 1 != n) {
      return null;
    }
    int hour = num(s, 11, 13);
    int minute = num(s, 14, 16);
    int second = num(s, 17, 19);
    if (hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    try {
      long day = LocalDate.of(num(s, 0, 4), num(s, 5, 7), num(s, 8, 10)).toEpochDay();
      long seconds = day * 86400 + hour * 3600 + minute * 60 + second - offset;
      return Instant.ofEpochSecond(seconds, nanos);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Whether {@code s} holds {@code pattern} at {@code from}, where '0' in the pattern stands for
   * any digit and letters match in either case.
   */
  private static boolean matches(String s, int from, String pattern) {
    if (from + pattern.length() > s.length()) {
      return false;
    }
    for (int i = 0; i < pattern.length(); i++) {
      char c = s.charAt(from + i);
      char t = pattern.charAt(i);
      if (t == '0' ? !isDigit(c) : (c | 0x20) != (t | 0x20)) {
        return false;
      }
    }
    return true;
  }

  /** The decimal number of the digits in {@code s[from, to)}. */
  private static int num(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + s.charAt(i) - '0';
    }
    return v;
  }

  /** Skips the next value of any shape, however nested (within the depth limit). */
  public void skipValue() {
    int level = 0;
    do {
      JsonToken t = peek();
      if (t == JsonToken.BEGIN_ARRAY || t == JsonToken.BEGIN_OBJECT) {
        push(t == JsonToken.BEGIN_ARRAY ? EMPTY_ARRAY : EMPTY_OBJECT);
        level++;
      } else if (level == 0 && (t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT
          || t == JsonToken.NAME || t == JsonToken.END_DOCUMENT)) {
        throw shapeError("Expected a value but was " + t);
      } else if (t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) {
        level--;
        pop();
      } else if (t == JsonToken.NAME) {
        nextName();
      } else if (t == JsonToken.STRING) {
        string(false);
        consumed(strEnd);
      } else {
        consumed(tokEnd);
      }
    } while (level > 0);
  }

  /** Requires that nothing but whitespace follows the top-level value. */
  public void endDocument() {
    expect(JsonToken.END_DOCUMENT, "the end of the document");
  }

  /** The JSON path of the current position, e.g. {@code $.memberships[1].member.name}. */
  public String path() {
    StringBuilder sb = new StringBuilder("$");
    for (int i = 1; i <= depth; i++) {
      if (scopes[i] == EMPTY_ARRAY || scopes[i] == NONEMPTY_ARRAY) {
        sb.append('[').append(indices[i]).append(']');
      } else if (names[i] != null) {
        sb.append('.').append(names[i]);
      }
    }
    return sb.toString();
  }

  /**
   * A {@link JsonException} of kind SHAPE at the current position (the next token if peeked),
   * for codecs; returned, not thrown.
   */
  public JsonException shapeError(String message) {
    return error(JsonException.Kind.SHAPE, message, peeked != null ? tokStart : pos);
  }

  private void expect(JsonToken t, String what) {
    JsonToken found = peek();
    if (found != t) {
      throw shapeError("Expected " + what + " but was " + found);
    }
  }

  private JsonException expected(String what, int p) {
    return syntaxAt("Expected " + what + " but was " + describe(p), p);
  }

  /** A SYNTAX error at byte {@code p}, which poisons this reader. */
  private JsonException syntaxAt(String message, int p) {
    peeked = null;
    return failed = error(JsonException.Kind.SYNTAX, message, p);
  }

  private JsonException error(JsonException.Kind kind, String message, int p) {
    int line = 1;
    int start = 0;
    for (int i = 0; i < p; i++) {
      if (b[i] == '\n' || (b[i] == '\r' && (i + 1 == limit || b[i + 1] != '\n'))) {
        line++;
        start = i + 1;
      }
    }
    int column = 1;
    for (int i = start; i < p; i++) {
      column += (b[i] & 0xC0) == 0x80 ? 0 : 1;
    }
    return new JsonException(kind, message, line, column, path());
  }

  /** What was found at {@code p}, for a message. */
  private String describe(int p) {
    if (p >= limit) {
      return "end of input";
    }
    if (p == lone) {
      return "a lone surrogate";
    }
    int c = b[p] & 0xFF;
    int e = p + 1;
    while (isAlnum(c) && e < limit && e - p < 20 && isAlnum(b[e])) {
      e++;
    }
    return c > 0x20 && c < 0x7F ? "'" + new String(b, p, e - p, ISO_8859_1) + "'"
        : "byte " + hex(c);
  }

  private static String hex(int c) {
    return String.format("0x%02X", c);
  }

  /**
   * The SHAPE error for the peeked NUMBER or STRING {@code text}, which is not {@code what}: the
   * text shown (a STRING quoted, cut short if long), then {@code why}.
   */
  private JsonException unexpected(String what, String text, String why) {
    String q = peeked == JsonToken.STRING ? "\"" : "";
    return shapeError("Expected " + what + " but was " + q
        + (text.length() > 40 ? text.substring(0, 37) + "..." : text) + q + why);
  }
}
