package cn.juesuan.disclosure.load;

import cn.juesuan.disclosure.catalogue.Catalogue;
import cn.juesuan.disclosure.catalogue.Column;
import cn.juesuan.disclosure.catalogue.FormSpec;
import cn.juesuan.disclosure.catalogue.FormatException;
import cn.juesuan.disclosure.catalogue.GridColumn;
import cn.juesuan.disclosure.catalogue.HeaderCell;
import cn.juesuan.disclosure.catalogue.LineSpec;
import cn.juesuan.disclosure.catalogue.NumberStyle;
import cn.juesuan.disclosure.catalogue.TotalSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a format's catalogue ({@code format.yaml}) into a {@link Catalogue}. The file is written
 * by whoever maintains the format, not by a department, but it may come from outside the jar
 * ({@code --format-dir}), so it is read with the safe constructor and every field is checked:
 * a mistake names the file and the field path, in Chinese and English.
 */
final class CatalogueLoader {
  private static final Set<String> TOP = Set.of("format", "title", "outline", "pages", "numbers",
      "defaults", "forms", "requires", "variants", "wording", "sections");
  private static final Set<String> FORM = Set.of("name", "title", "label", "layout", "font",
      "unitLine", "grid", "widths", "header", "total", "columns", "sides", "lines", "groups", "row",
      "totals", "notePrefix", "notes", "noteLines", "noData", "texts", "explanations",
      "lineNumbers", "codes", "totalRow", "blocks", "omit", "noDataLine");

  private final String file;

  private CatalogueLoader(String file) {
    this.file = file;
  }

  /** Parses {@code text} (the content of {@code file}); templates are found at {@code source}. */
  static Catalogue parse(String text, String file, Catalogue.TemplateSource source) {
    return new CatalogueLoader(file).catalogue(yaml(text, file), source);
  }

  /**
   * The catalogue with the department's choices ({@code formatOptions}: option → value) applied:
   * each value's patch merged into the catalogue as written (mappings key by key, anything else
   * replaced), then read again. An option or value the catalogue does not offer is an error.
   */
  static Catalogue withOptions(Catalogue base, Map<String, String> options, String file) {
    if (options.isEmpty()) {
      return base;
    }
    Map<String, Object> merged = base.variants().source();
    for (Map.Entry<String, String> o : options.entrySet()) {
      Map<String, Map<String, Object>> values = base.variants().patches().get(o.getKey());
      if (values == null) {
        throw new FormatException("格式 " + base.id() + " 没有选项 " + o.getKey() + "（可用：" + base.variants().patches().keySet() + "）",
            "format " + base.id() + " has no option " + o.getKey() + " (known: " + base.variants().patches().keySet() + ")");
      }
      Map<String, Object> patch = values.get(o.getValue());
      if (patch == null) {
        throw new FormatException("格式 " + base.id() + " 的选项 " + o.getKey() + " 没有取值 " + o.getValue() + "（可用：" + values.keySet() + "）",
            "format " + base.id() + ": option " + o.getKey() + " has no value " + o.getValue() + " (known: " + values.keySet() + ")");
      }
      merged = merge(merged, patch);
    }
    return new CatalogueLoader(file).catalogue(merged, base.templates());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> patch) {
    Map<String, Object> out = new LinkedHashMap<>(base);
    patch.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> pm && out.get(k) instanceof Map<?, ?> bm
        ? merge((Map<String, Object>) bm, (Map<String, Object>) pm) : v));
    return out;
  }

  private static Map<String, Object> yaml(String text, String file) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(20);
    options.setNestingDepthLimit(40);
    try {
      Object root = new Yaml(new SafeConstructor(options)).load(text);
      if (!(root instanceof Map<?, ?> m)) {
        throw new FormatException(file + "：格式目录应为映射", file + ": a format catalogue is a mapping");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) m;
      return map;
    } catch (YAMLException e) {
      throw new FormatException(file + "：YAML 语法错误：" + e.getMessage(), file + ": YAML syntax error: " + e.getMessage());
    }
  }

  private Catalogue catalogue(Map<String, Object> root, Catalogue.TemplateSource source) {
    known(root, TOP, "");
    String id = string(root, "format", "", true);
    Map<String, Object> defaults = map(root, "defaults", "", false);
    Map<String, FormSpec> forms = new LinkedHashMap<>();
    Map<String, Object> formMap = map(root, "forms", "", true);
    for (Map.Entry<String, Object> e : formMap.entrySet()) {
      String path = "forms." + e.getKey();
      forms.put(e.getKey(), form(e.getKey(), asMap(e.getValue(), path), defaults, path));
    }
    List<List<String>> pages = each(list(root, "pages", "", false), "pages", (item, p) -> {
      List<String> page = strings(item, p);
      for (String formId : page) {
        if (!forms.containsKey(formId)) {
          throw error(p, "未定义的表 " + formId, "no form " + formId + " under forms");
        }
      }
      return page;
    });
    Map<String, Object> numbers = map(root, "numbers", "", false);
    boolean thousands = bool(numbers, "thousands", "numbers", false);
    String zero = string(numbers, "zero", "numbers", false);
    if (zero != null && !zero.equals("0.00") && !zero.equals("blank")) {
      throw error("numbers.zero", "应为 \"0.00\" 或 blank，实为 " + zero, "expected \"0.00\" or blank, got " + zero);
    }
    Map<String, Map<String, Map<String, Object>>> patches = new LinkedHashMap<>();
    map(root, "variants", "", false).forEach((option, values) -> {
      Map<String, Map<String, Object>> byValue = new LinkedHashMap<>();
      asMap(values, "variants." + option).forEach((value, patch) ->
          byValue.put(value, asMap(patch == null ? Map.of() : patch, "variants." + option + "." + value)));
      patches.put(option, byValue);
    });
    return new Catalogue(id, string(root, "title", "", false), string(root, "outline", "", true),
        pages, new NumberStyle(thousands, "blank".equals(zero)), forms, source,
        Set.copyOf(root.containsKey("requires") ? strings(root.get("requires"), "requires") : List.of()),
        new Catalogue.Variants(root, patches), wording(map(root, "wording", "", false)),
        sections(map(root, "sections", "", false)));
  }

  /** {@code sections: {threePublic: 七, …}}: only the keys messages cite. */
  private Map<String, String> sections(Map<String, Object> m) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    m.forEach((k, v) -> {
      if (!Catalogue.sectionKeys().contains(k)) {
        throw error("sections." + k, "未知的部分：" + k + "（可用：" + new java.util.TreeSet<>(Catalogue.sectionKeys()) + "）",
            "unknown section: " + k + " (known: " + new java.util.TreeSet<>(Catalogue.sectionKeys()) + ")");
      }
      out.put(k, scalar(v, "sections." + k));
    });
    return out;
  }

  private Map<String, String> wording(Map<String, Object> m) {
    Map<String, String> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, scalar(v, "wording." + k)));
    return out;
  }

  private FormSpec form(String id, Map<String, Object> m, Map<String, Object> defaults, String path) {
    known(m, FORM, path);
    String layoutName = string(m, "layout", path, true);
    FormSpec.Layout layout = FormSpec.Layout.of(layoutName).orElseThrow(() -> error(path + ".layout",
        "未知的版式 " + layoutName + "（可用：lines、subjects、economic、row、units、selfAssessment）",
        "unknown layout " + layoutName + " (known: lines, subjects, economic, row, units, selfAssessment)"));
    String codes = orElse(string(m, "codes", path, false), "joined");
    if (!codes.equals("joined") && !codes.equals("split")) {
      throw error(path + ".codes", "应为 joined 或 split，实为 " + codes, "expected joined or split, got " + codes);
    }
    String totalRow = orElse(string(m, "totalRow", path, false), "top");
    if (!totalRow.equals("top") && !totalRow.equals("bottom")) {
      throw error(path + ".totalRow", "应为 top 或 bottom，实为 " + totalRow, "expected top or bottom, got " + totalRow);
    }
    List<List<String>> blocks = each(list(m, "blocks", path, false), path + ".blocks", this::strings);
    Object font = m.containsKey("font") ? m.get("font") : defaults.get("font");
    Object unit = m.containsKey("unitLine") ? m.get("unitLine") : defaults.get("unitLine");
    Object prefix = m.containsKey("notePrefix") ? m.get("notePrefix") : defaults.get("notePrefix");
    List<List<LineSpec>> sides = each(list(m, "sides", path, false), path + ".sides",
        (item, p) -> lines(asList(item, p), p));
    Map<String, String> texts = new LinkedHashMap<>();
    map(m, "texts", path, false).forEach((k, v) -> texts.put(k, scalar(v, path + ".texts." + k)));
    return new FormSpec(id, string(m, "name", path, true), string(m, "title", path, true),
        orEmpty(string(m, "label", path, false)), layout,
        font == null ? 8.5f : number(font, path + ".font"),
        unit == null ? List.of() : strings(unit, path + ".unitLine"),
        grid(m, path),
        header(list(m, "header", path, false), path + ".header"),
        m.containsKey("total") ? cell(m.get("total"), path + ".total") : null,
        columns(list(m, "columns", path, false), path + ".columns"),
        sides, lines(list(m, "lines", path, false), path + ".lines"),
        columns(list(m, "groups", path, false), path + ".groups"),
        m.containsKey("row") ? strings(m.get("row"), path + ".row") : List.of(),
        totals(list(m, "totals", path, false), path + ".totals"),
        prefix == null ? "" : scalar(prefix, path + ".notePrefix"),
        m.containsKey("notes") ? strings(m.get("notes"), path + ".notes") : List.of(),
        m.containsKey("noteLines") ? strings(m.get("noteLines"), path + ".noteLines") : List.of(),
        string(m, "noData", path, false), texts,
        m.containsKey("explanations") ? strings(m.get("explanations"), path + ".explanations") : List.of(),
        new FormSpec.Shape(bool(m, "lineNumbers", path, true), codes.equals("split"), totalRow.equals("bottom"),
            blocks, m.containsKey("omit") ? strings(m.get("omit"), path + ".omit") : List.of(),
            string(m, "noDataLine", path, false)));
  }

  /**
   * {@code grid: ["name 50", "code 8", "amount 20", "label 12 2"]} (kind, width, for a label the
   * ideographs it keeps), or {@code widths: [50, 8, 20]} for fixed columns.
   */
  private List<GridColumn> grid(Map<String, Object> m, String path) {
    List<GridColumn> out = new ArrayList<>();
    if (!m.containsKey("grid")) {
      for (Object w : list(m, "widths", path, true)) {
        out.add(new GridColumn("fixed", number(w, path + ".widths"), 0));
      }
      return List.copyOf(out);
    }
    return each(list(m, "grid", path, true), path + ".grid", (item, p) -> {
      String[] parts = scalar(item, p).trim().split("\\s+");
      if (parts.length < 2 || parts.length > 3 || !GridColumn.KINDS.contains(parts[0])) {
        throw error(p, "应为 \"类型 宽度\"（类型：amount、code、name、label、fixed），如 \"name 50\"",
            "expected \"kind width\" (kind: amount, code, name, label, fixed), e.g. \"name 50\"");
      }
      try {
        float width = Float.parseFloat(parts[1]);
        float minChars = parts.length == 3 ? Float.parseFloat(parts[2]) : 0;
        if (!(width > 0) || minChars < 0) {
          throw new NumberFormatException();
        }
        return new GridColumn(parts[0], width, minChars);
      } catch (NumberFormatException e) {
        throw error(p, "宽度应为正数", "the width must be a positive number");
      }
    });
  }

  private List<List<HeaderCell>> header(List<Object> rows, String path) {
    return each(rows, path, (row, p) -> each(asList(row, p), p, this::cell));
  }

  private HeaderCell cell(Object o, String path) {
    if (!(o instanceof Map)) {
      return HeaderCell.of(scalar(o, path));
    }
    Map<String, Object> m = asMap(o, path);
    known(m, Set.of("text", "cols", "rows", "align", "count", "from"), path);
    String align = orElse(string(m, "align", path, false), "center");
    if (!Set.of("left", "center", "right").contains(align)) {
      throw error(path + ".align", "应为 left、center 或 right", "expected left, center or right");
    }
    int count = integer(m, "count", path, 0);
    return new HeaderCell(count > 0 ? "" : orEmpty(string(m, "text", path, true)),
        integer(m, "cols", path, 1), integer(m, "rows", path, 1), align, count, integer(m, "from", path, 1));
  }

  private List<Column> columns(List<Object> items, String path) {
    return each(items, path, (item, p) -> {
      Map<String, Object> m = asMap(item, p);
      known(m, Set.of("key", "name", "en"), p);
      String key = string(m, "key", p, true);
      return new Column(key, string(m, "name", p, true), orElse(string(m, "en", p, false), key));
    });
  }

  private List<TotalSpec> totals(List<Object> items, String path) {
    return each(items, path, (item, p) -> {
      Map<String, Object> m = asMap(item, p);
      known(m, Set.of("key", "text", "cols", "en"), p);
      String key = string(m, "key", p, true);
      return new TotalSpec(key, string(m, "text", p, true), integer(m, "cols", p, 1),
          orElse(string(m, "en", p, false), key));
    });
  }

  private List<LineSpec> lines(List<Object> items, String path) {
    return each(items, path, (item, p) -> {
      Map<String, Object> m = asMap(item, p);
      known(m, Set.of("number", "key", "text", "name", "en", "numbers", "classes"), p);
      if (m.containsKey("numbers")) {
        List<Object> range = asList(m.get("numbers"), p + ".numbers");
        if (range.size() != 2) {
          throw error(p + ".numbers", "应为 [起, 止]", "expected [from, to]");
        }
        return new LineSpec(LineSpec.Kind.NUMBERS, (int) number(range.get(0), p), (int) number(range.get(1), p),
            null, "", "", "");
      }
      if (m.containsKey("classes")) {
        return new LineSpec(LineSpec.Kind.CLASSES, integer(m, "number", p, 1), 0,
            scalar(m.get("classes"), p + ".classes"), "", "", "");
      }
      String key = string(m, "key", p, true);
      String text = string(m, "text", p, true);
      String name = orElse(string(m, "name", p, false), text);
      return new LineSpec(LineSpec.Kind.LINE, integer(m, "number", p, 0), 0, key, text, name,
          orElse(string(m, "en", p, false), key));
    });
  }

  // ---- typed access with the field path in every error -----------------------------------

  private void known(Map<String, Object> m, Set<String> keys, String path) {
    for (String k : m.keySet()) {
      if (!keys.contains(k)) {
        throw error(join(path, k), "未知的字段", "unknown field");
      }
    }
  }

  private String string(Map<String, Object> m, String key, String path, boolean required) {
    Object v = m.get(key);
    if (v == null) {
      if (required) {
        throw error(join(path, key), "缺少必填字段", "missing required field");
      }
      return null;
    }
    return scalar(v, join(path, key));
  }

  private String scalar(Object v, String path) {
    if (v instanceof Map || v instanceof List) {
      throw error(path, "应为文字", "expected a text");
    }
    return String.valueOf(v);
  }

  private boolean bool(Map<String, Object> m, String key, String path, boolean dflt) {
    Object v = m.get(key);
    if (v == null) {
      return dflt;
    }
    if (!(v instanceof Boolean b)) {
      throw error(join(path, key), "应为 true 或 false", "expected true or false");
    }
    return b;
  }

  private int integer(Map<String, Object> m, String key, String path, int dflt) {
    Object v = m.get(key);
    if (v == null) {
      return dflt;
    }
    if (!(v instanceof Integer i) || i < 0) {
      throw error(join(path, key), "应为非负整数", "expected a non-negative integer");
    }
    return i;
  }

  private float number(Object v, String path) {
    if (!(v instanceof Number n) || n.doubleValue() <= 0) {
      throw error(path, "应为正数", "expected a positive number");
    }
    return n.floatValue();
  }

  private Map<String, Object> map(Map<String, Object> m, String key, String path, boolean required) {
    Object v = m.get(key);
    if (v == null) {
      if (required) {
        throw error(join(path, key), "缺少必填字段", "missing required field");
      }
      return Map.of();
    }
    return asMap(v, join(path, key));
  }

  private List<Object> list(Map<String, Object> m, String key, String path, boolean required) {
    Object v = m.get(key);
    if (v == null) {
      if (required) {
        throw error(join(path, key), "缺少必填字段", "missing required field");
      }
      return List.of();
    }
    return asList(v, join(path, key));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> asMap(Object v, String path) {
    if (!(v instanceof Map)) {
      throw error(path, "应为映射", "expected a mapping");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    ((Map<Object, Object>) v).forEach((k, val) -> out.put(String.valueOf(k), val));
    return out;
  }

  @SuppressWarnings("unchecked")
  private List<Object> asList(Object v, String path) {
    if (!(v instanceof List)) {
      throw error(path, "应为列表", "expected a list");
    }
    return (List<Object>) v;
  }

  private List<String> strings(Object v, String path) {
    return each(asList(v, path), path, this::scalar);
  }

  /** Each item read at its own path ({@code path[i]}, the path every error names), in order. */
  private static <T> List<T> each(List<Object> items, String path,
                                  java.util.function.BiFunction<Object, String, T> read) {
    List<T> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.add(read.apply(items.get(i), path + "[" + i + "]"));
    }
    return List.copyOf(out);
  }

  private FormatException error(String path, String zh, String en) {
    return new FormatException(file + " " + path + "：" + zh, file + " " + path + ": " + en);
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String orElse(String s, String dflt) {
    return s == null ? dflt : s;
  }
}
