package example;

import dev.tinychat.auth.Credentials;
import dev.tinychat.json.JsonReader;

/**
 * Uses what the processor generated ({@code NotesClient}, {@code NoteBuilder}, {@code NoteJson}):
 * this file compiles only if the processor ran from the annotation processor path.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Note note = NoteJson.read(JsonReader.of(
        "{\"name\":\"notes/1\",\"text\":\"hello\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    Note built = new NoteBuilder().text("hello").build();
    if (!note.text().equals(built.text()) || !"notes/1".equals(note.name())) {
      throw new AssertionError("decoded " + note + ", built " + built);
    }
    try (NotesClient client = NotesClient.builder().credentials(Credentials.ofToken("t")).build()) {
      System.out.println("consumer OK: " + note + " " + client.getClass().getSimpleName());
    }
  }
}
