package cn.juesuan.disclosure.authoring;

import cn.juesuan.disclosure.load.Shape;
import cn.juesuan.disclosure.model.StandardLists;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON Schema (2020-12) of a department's YAML, for editors (yaml-language-server: completion,
 * hover, errors while typing). Generated from {@link Shape#ofLoader}, the loader's own reads, so
 * every key, required field, kind and enumeration is the loader's; only the descriptions come
 * from {@code schema/descriptions.tsv} (a key there that the loader does not read fails a test).
 */
public final class JsonSchema {
  /** The file name the bundled datasets point at, checked in under {@code src/main/resources/schema/}. */
  public static final String FILE_NAME = "disclosure.schema.json";

  private final Map<String, String[]> descriptions;
  private final StandardLists codes;

  private JsonSchema(Map<String, String[]> descriptions, StandardLists codes) {
    this.descriptions = descriptions;
    this.codes = codes;
  }

  /** The schema text: same loader, same bytes (keys in the loader's reading order, LF line ends). */
  public static String generate() {
    return generate(null);
  }

  /** The schema of a file of {@code format} (null: the default): a format decides which parts are required. */
  public static String generate(String format) {
    StandardLists codes = codes();
    return new JsonSchema(readDescriptions(), codes).render(Shape.ofLoader(candidateKeys(codes), format));
  }

  /** The code lists the schema offers: the newest year's (a file of an earlier year is checked by validate). */
  static StandardLists codes() {
    return StandardLists.forYear(Integer.MAX_VALUE);
  }

  /** Every code the standard lists know: where the loader walks a mapping's keys, it keeps those it accepts. */
  static Set<String> candidateKeys(StandardLists codes) {
    Set<String> keys = new LinkedHashSet<>();
    codes.expenditureClasses().forEach(c -> keys.add(c.code()));
    codes.economicClasses().forEach(c -> keys.add(c.code()));
    return keys;
  }

  /** Every field path of the shape ({@code a.b[].c}), in reading order. */
  public static List<String> paths(Shape shape) {
    List<String> out = new ArrayList<>();
    collect(shape, "", out);
    return out;
  }

  private static void collect(Shape s, String path, List<String> out) {
    if (s.kind == Shape.Kind.MAP) {
      for (Map.Entry<String, Shape> e : s.properties().entrySet()) {
        String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        out.add(p);
        collect(e.getValue(), p, out);
      }
    } else if (s.kind == Shape.Kind.LIST) {
      collect(s.items(), path + "[]", out);
    }
  }

  /** The descriptions file's keys (for the test that each names a field the loader reads). */
  public static Set<String> describedPaths() {
    return readDescriptions().keySet();
  }

  private String render(Shape root) {
    Json j = new Json();
    j.open();
    j.field("$schema", "https://json-schema.org/draft/2020-12/schema");
    j.field("title", "部门决算公开 YAML（schema 1） / departmental final-accounts disclosure YAML");
    j.field("description", "由程序的读取规则生成（disclosure schema），请勿手改。 / Generated from the loader's reads "
        + "(disclosure schema); do not edit by hand.");
    body(j, root, "");
    j.key("$defs");
    j.open();
    // the ceiling is the 元 one (附件2); the loader holds 万元 amounts to 9999999999.99
    def(j, "amount", "金额：万元（附件2 自评表为元），最多两位小数，不带千位分隔符和单位；留空或 ~ 为空单元格。",
        "amount: 万元 (元 in 附件2's self-assessment), at most two decimals, no thousands separators, no unit; "
        + "left out or ~ is an empty cell.",
        "\"type\": [\"number\", \"string\", \"null\"], \"minimum\": 0, \"maximum\": 99999999999999.99, "
        + "\"pattern\": \"^\\\\d{1,14}(\\\\.\\\\d{1,2})?$\"");
    def(j, "count", "不小于 0 的整数。", "a whole number ≥ 0.",
        "\"type\": [\"integer\", \"string\", \"null\"], \"minimum\": 0, \"pattern\": \"^\\\\d{1,9}$\"");
    def(j, "text", "部门自己的文字，原样印刷。", "the department's own words, printed as typed.",
        "\"type\": [\"string\", \"number\", \"boolean\", \"null\"]");
    def(j, "flag", "true 或 false。", "true or false.", "\"enum\": [true, false, \"true\", \"false\"]");
    def(j, "date", "日期 YYYY-MM-DD。", "a date YYYY-MM-DD.",
        "\"type\": \"string\", \"pattern\": \"^\\\\d{4}-\\\\d{2}-\\\\d{2}$\"");
    j.close();
    j.close();
    return j.text();
  }

  private void def(Json j, String name, String zh, String en, String rawBody) {
    j.key(name);
    j.raw("{\"description\": " + Json.quote(zh + " / " + en) + ", " + rawBody + "}");
  }

  /** The keywords of one shape, inside an open object. */
  private void body(Json j, Shape s, String path) {
    switch (s.kind) {
      case AMOUNT, COUNT, TEXT, FLAG, DATE -> j.field("$ref", "#/$defs/" + s.kind.name().toLowerCase(java.util.Locale.ROOT));
      case CODE -> {
        j.key("type");
        j.raw("[\"string\", \"integer\"]");
        j.field("pattern", "^(?:" + s.pattern + ")$");
      }
      case CHOICE -> {
        j.key("enum");
        j.raw(s.choices.stream().map(Json::quote).reduce((a, b) -> a + ", " + b).map(x -> "[" + x + "]").orElse("[]"));
      }
      case LIST -> {
        j.field("type", "array");
        j.key("items");
        j.open();
        describe(j, path + "[]", s.items());
        body(j, s.items(), path + "[]");
        j.close();
      }
      case MAP -> {
        j.field("type", "object");
        if (!s.properties().isEmpty()) {
          j.key("properties");
          j.open();
          for (Map.Entry<String, Shape> e : s.properties().entrySet()) {
            String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            j.key(e.getKey());
            j.open();
            describe(j, p, e.getValue());
            body(j, e.getValue(), p);
            j.close();
          }
          j.close();
        }
        if (!s.required().isEmpty()) {
          j.key("required");
          j.raw(s.required().stream().map(Json::quote).reduce((a, b) -> a + ", " + b).map(x -> "[" + x + "]").orElse("[]"));
        }
        j.key("additionalProperties");
        if (s.additional() == null) {
          j.raw("false");
        } else {
          j.open();
          body(j, s.additional(), path + ".*");
          j.close();
        }
      }
      default -> throw new IllegalStateException("kind " + s.kind);
    }
  }

  /** The description of a field: its own line in descriptions.tsv, else its key's, else the code's name. */
  private void describe(Json j, String path, Shape s) {
    String key = path.substring(path.lastIndexOf('.') + 1);
    String[] d = descriptions.get(path);
    if (d == null) {
      d = descriptions.get("*." + key);
    }
    String name = d == null ? codeName(key).orElse(null) : null;
    if (d != null) {
      j.field("description", d[0] + " / " + d[1]);
    } else if (name != null) {
      j.field("description", key + " " + name);
    }
  }

  private Optional<String> codeName(String key) {
    if (!key.matches("\\d{3}|\\d{5}|\\d{7}")) {
      return Optional.empty();
    }
    return codes.economicClass(key).map(StandardLists.EconomicClass::name).or(() -> codes.subjectName(key));
  }

  private static Map<String, String[]> readDescriptions() {
    Map<String, String[]> out = new LinkedHashMap<>();
    try (InputStream in = JsonSchema.class.getClassLoader().getResourceAsStream("schema/descriptions.tsv")) {
      if (in == null) {
        throw new IllegalStateException("schema/descriptions.tsv is not among the resources");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 3) {
          throw new IllegalStateException("schema/descriptions.tsv: 3 columns expected: " + line);
        }
        out.put(f[0], new String[] {f[1], f[2]});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** A JSON string literal (the tests' YAML → JSON conversion quotes with it too). */
  static String quote(String s) {
    return Json.quote(s);
  }

  /** A small pretty-printing JSON writer: two-space indents, one key per line, deterministic. */
  private static final class Json {
    private final StringBuilder b = new StringBuilder();
    private int depth;
    private boolean first = true;
    private boolean afterKey;

    void open() {
      separate();
      b.append('{');
      depth++;
      first = true;
    }

    void close() {
      depth--;
      if (!first) {
        newline();
      }
      b.append('}');
      first = false;
    }

    void key(String k) {
      separate();
      b.append(quote(k)).append(": ");
      afterKey = true;
    }

    void field(String k, String v) {
      key(k);
      raw(quote(v));
    }

    void raw(String v) {
      separate();
      b.append(v);
    }

    private void separate() {
      if (afterKey) {
        afterKey = false;
        return;
      }
      if (depth > 0) {
        if (!first) {
          b.append(',');
        }
        newline();
      }
      first = false;
    }

    private void newline() {
      b.append('\n').append("  ".repeat(depth));
    }

    String text() {
      return b.append('\n').toString();
    }

    static String quote(String s) {
      StringBuilder q = new StringBuilder("\"");
      for (char c : s.toCharArray()) {
        switch (c) {
          case '"' -> q.append("\\\"");
          case '\\' -> q.append("\\\\");
          case '\n' -> q.append("\\n");
          default -> {
            if (c < 0x20) {
              q.append(String.format("\\u%04x", (int) c));
            } else {
              q.append(c);
            }
          }
        }
      }
      return q.append('"').toString();
    }
  }
}
