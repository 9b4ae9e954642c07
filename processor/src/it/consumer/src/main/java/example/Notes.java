package example;

import dev.tinychat.annotations.Get;
import dev.tinychat.annotations.Path;
import dev.tinychat.annotations.RestApi;

/** A one-method API: enough for the processor to generate a client. */
@RestApi(baseUrl = "https://notes.example.test")
public interface Notes {
  @Get("/v1/{name=notes/*}")
  Note get(@Path String name);
}
