package dev.tinychat.sample.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The AIP-160 subset shared by the list and search methods' filters. */
class FilterTest {
  private static String render(List<List<Filter.Comparison>> filter) {
    StringBuilder out = new StringBuilder();
    for (List<Filter.Comparison> group : filter) {
      out.append(out.length() == 0 ? "" : " AND ").append('(');
      for (int i = 0; i < group.size(); i++) {
        Filter.Comparison c = group.get(i);
        out.append(i == 0 ? "" : " OR ").append(c.field()).append(c.op()).append(c.value());
      }
      out.append(')');
    }
    return out.toString();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a = \"x\"                         | (a=x)",
        "spaceType = \"SPACE\" OR space_type = \"GROUP_CHAT\" | (space_type=SPACE OR space_type=GROUP_CHAT)",
        "a = 1 OR a = 2 AND b = 3          | (a=1 OR a=2) AND (b=3)",
        "(a = 1 OR a = 2) AND b != \"c d\"  | (a=1 OR a=2) AND (b!=c d)",
        "t >= \"2020-01-01T00:00:00Z\" AND t < x | (t>=2020-01-01T00:00:00Z) AND (t<x)",
        "display_name:\"Fun Eve\"          | (display_name:Fun Eve)",
        "thread.name = spaces/A/threads/B  | (thread.name=spaces/A/threads/B)",
      })
  void parsesComparisonsGroupedByOrThenAnd(String text, String expected) {
    assertEquals(expected, render(Filter.parse("filter", text)));
  }

  @Test
  void blankIsNoCondition() {
    assertEquals(List.of(), Filter.parse("filter", null));
    assertEquals(List.of(), Filter.parse("filter", "  "));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a                    | Invalid filter: expected an operator (= != < > <= >= :) after a at character 2, but found the end.",
        "= 1                  | Invalid filter: expected a field name at character 1, but found \"=\".",
        "a = \"x              | Invalid filter: the value at character 5 has no closing quote.",
        "a = 1 b = 2          | Invalid filter: expected AND at character 7, but found \"b\".",
        "(a = 1 AND b = 2)    | Invalid filter: expected OR or ) at character 8, but found \"AND\".",
        "a =                  | Invalid filter: expected a value after a = at character 4, but found the end.",
      })
  void syntaxErrorsNameWhatAndWhere(String text, String message) {
    ApiError error = assertThrows(ApiError.class, () -> Filter.parse("filter", text));

    assertEquals(message, error.getMessage());
    assertEquals(400, error.httpStatus());
    assertEquals("filter", error.violations().get(0).field());
  }
}
