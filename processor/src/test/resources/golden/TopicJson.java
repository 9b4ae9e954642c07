package test;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.Shape;
import dev.tinychat.internal.Struct;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonValue;
import dev.tinychat.json.JsonWriter;

/**
 * The immutable {@link Topic} values that {@link TopicBuilder} builds and {@link #read} reads,
 * and their JSON, the proto3 way: unset fields are left out, members this client does not
 * know kept and written back, enum values it does not know kept as sent.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class TopicJson extends Struct implements Topic {
  /**
   * Not API: the fields of {@link Topic}, for generated code and the runtime.
   */
  public static final Shape<Topic> SHAPE = new Shape<>(new TopicJson(null), "Topic", 2);

  static {
    SHAPE.field("text", Shape.STRING);
    SHAPE.field("votes", Shape.LONG);
  }

  TopicJson(Object[] values) {
    super(SHAPE, values);
  }

  /**
   * Reads one {@link Topic} object; {@code null} leaves a field unset, members this client
   * does not know are kept ({@link #unknownFields}).
   */
  public static Topic read(JsonReader reader) {
    return SHAPE.read(reader);
  }

  /**
   * Writes every set field of {@code value}, output-only ones included, and the members
   * it keeps unknown: to print or store a resource.
   */
  public static void write(JsonWriter writer, Topic value) {
    SHAPE.write(writer, value);
  }

  /**
   * The members of {@code value} this client does not know, as read (an object; empty
   * when none, or when {@code value} was not read); {@code write} sends them back.
   */
  public static JsonValue unknownFields(Topic value) {
    return SHAPE.unknownFields(value);
  }

  @Override
  protected Struct newValue(Object[] values) {
    return new TopicJson(values);
  }

  @Override
  protected Object[] valuesOf(Object value) {
    return value instanceof Topic topic ? new Object[] {topic.text(), topic.votes(), null} : null;
  }

  @Override
  public String text() {
    return (String) values[0];
  }

  @Override
  public Long votes() {
    return (Long) values[1];
  }
}
