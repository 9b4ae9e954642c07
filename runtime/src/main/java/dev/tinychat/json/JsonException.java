package dev.tinychat.json;

/** Input that is not JSON, or JSON of the wrong shape, with where it was found. */
public final class JsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** Not valid JSON (RFC 8259), or over a limit. */
    SYNTAX,
    /** Valid JSON, but not the value the reader was asked for. */
    SHAPE
  }

  private final Kind kind;
  private final int line;
  private final int column;
  private final String path;

  public JsonException(Kind kind, String message, int line, int column, String path) {
    super(message + " at line " + line + " column " + column + " path " + path);
    this.kind = kind;
    this.line = line;
    this.column = column;
    this.path = path;
  }

  public Kind kind() { return kind; }
  public int line() { return line; }
  public int column() { return column; }
  public String path() { return path; }
}
