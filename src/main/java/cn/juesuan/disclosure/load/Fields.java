package cn.juesuan.disclosure.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one YAML mapping field by field, recording each field's location and reporting, in
 * Chinese and English, every wrong type, bad amount, missing field and unknown key. A getter
 * that meets a problem reports it and returns null (or an empty value), so one pass finds all.
 */
final class Fields {
  /** 万元 or 元 amounts: digits, optionally a point and one or two decimals (the size is the range's concern). */
  private static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d{1,2})?");
  private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");
  /** 1e10 万元 is far above any city's budget: larger is a typing slip. */
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");
  /** The same ceiling in 元 (附件2's self-assessment): a department at the 万元 ceiling must fit. */
  private static final BigDecimal MAX_YUAN = new BigDecimal("99999999999999.99");
  private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL,
      Tag.NULL, Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

  private final LoadContext ctx;
  private final String path;
  private final Node node;
  /**
   * False for the empty stand-in of a mapping that is absent or not a mapping: its absence (or
   * type) is reported once where it belongs, so the fields inside it are not reported again.
   */
  private final boolean present;
  private final Map<String, NodeTuple> byKey = new LinkedHashMap<>();
  private final Set<String> used = new TreeSet<>();
  /** Recording mode ({@link Shape#ofLoader}): the mapping's shape being recorded, else null. */
  private final Shape shape;
  private final Shape.Recording recording;
  /** Recording: the loader walked this mapping's own keys (see {@link #keys()}). */
  private boolean walkedKeys;
  /**
   * Amounts split by a thousands separator in a flow mapping ({@code {total: 2,452.66}} is
   * read by YAML as {@code total: 2} and a key {@code 452.66}): the key that got the first
   * digits → the amount as typed. The fragment keys are left out of the mapping.
   */
  private final Map<String, String> splitAmounts = new LinkedHashMap<>();
  private final Map<String, List<Node>> splitFragments = new LinkedHashMap<>();
  private final Set<String> splitReported = new TreeSet<>();

  private Fields(LoadContext ctx, String path, Node node) {
    this(ctx, path, node, true);
  }

  private Fields(LoadContext ctx, String path, Node node, boolean present) {
    this(ctx, path, node, present, null, null);
  }

  /** A mapping being recorded: empty, present (so what is required inside is recorded as such). */
  private Fields(LoadContext ctx, String path, Shape shape, Shape.Recording recording) {
    this(ctx, path, new MappingNode(Tag.MAP, List.of(), org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK), true,
        shape, recording);
  }

  private Fields(LoadContext ctx, String path, Node node, boolean present, Shape shape, Shape.Recording recording) {
    this.ctx = ctx;
    this.path = path;
    this.node = node;
    this.present = present;
    this.shape = shape;
    this.recording = recording;
    if (node instanceof MappingNode map) {
      String owner = null;
      for (NodeTuple t : map.getValue()) {
        if (owner != null && isSplitFragment(t)) {
          splitAmounts.merge(owner, "," + ((ScalarNode) t.getKeyNode()).getValue(), String::concat);
          splitFragments.get(owner).add(t.getKeyNode());
          continue;
        }
        owner = null;
        String key = keyOf(t.getKeyNode());
        if (key == null) {
          continue;
        }
        if (map.getFlowStyle() == org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW && t.getValueNode() instanceof ScalarNode v
            && v.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN && SPLIT_HEAD.matcher(v.getValue()).matches()
            && !byKey.containsKey(key)) {
          owner = key;
          splitAmounts.put(key, v.getValue());
          splitFragments.put(key, new ArrayList<>());
        }
        if (byKey.containsKey(key)) {
          var first = byKey.get(key).getKeyNode().getStartMark();
          String line = first == null ? "" : String.valueOf(first.getLine() + 1);
          ctx.error(t.getKeyNode(), child(key), "load.duplicate-key",
              "键 \"" + key + "\" 重复出现" + (line.isEmpty() ? "" : "（第一次在第 " + line + " 行），只能保留一个"),
              "duplicate key \"" + key + "\"" + (line.isEmpty() ? "" : " (first on line " + line + "); keep one"));
        } else {
          byKey.put(key, t);
        }
      }
      // an owner is split only when a fragment followed it
      splitFragments.values().removeIf(List::isEmpty);
      splitAmounts.keySet().retainAll(splitFragments.keySet());
    }
  }

  /** The root mapping of a document (in recording mode, see {@link Shape#ofLoader}, an empty stand-in). */
  static Fields root(LoadContext ctx, Node node) {
    ctx.locate(node, "");
    Shape.Recording r = Shape.ACTIVE.get();
    return r == null ? new Fields(ctx, "", node) : new Fields(ctx, "", r.root(), r);
  }

  /** The first digits of a split amount: 1–3 digits, as typed before a thousands comma. */
  private static final Pattern SPLIT_HEAD = Pattern.compile("[-+]?\\d{1,3}");
  /** A fragment: three digits (the last with decimals) as a key without value. */
  private static final Pattern SPLIT_TAIL = Pattern.compile("\\d{3}(\\.\\d*)?");

  private static boolean isSplitFragment(NodeTuple t) {
    return t.getKeyNode() instanceof ScalarNode k && k.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN
        && SPLIT_TAIL.matcher(k.getValue()).matches() && isNull(t.getValueNode());
  }

  /** Records {@code key} (recording mode only) and returns its recorded shape. */
  private Shape record(String key, Shape s, boolean required) {
    // a key offered by keys() is the file's own choice: "required" there only means "not blank"
    if (shape == null) {
      return s;
    }
    boolean offered = walkedKeys && recording.candidateKeys().contains(key);
    return shape.put(key, s, required && !offered);
  }

  String path() {
    return path;
  }

  /** Whether this mapping is in the file (an absent optional section reads as empty and absent). */
  boolean present() {
    return present;
  }

  /** While recording, the format the recorded file is of (null: the default or not recording). */
  String recordedFormat() {
    return recording == null ? null : recording.format();
  }

  /** Whether this mapping is an empty stand-in recording the loader's reads (see {@link Shape#ofLoader}). */
  boolean recording() {
    return shape != null;
  }

  String child(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  boolean has(String key) {
    NodeTuple t = byKey.get(key);
    return t != null && !isNull(t.getValueNode());
  }

  /** The keys present; while recording, the candidate keys (the loader keeps those it accepts). */
  Set<String> keys() {
    walkedKeys = true;
    return recording != null ? new LinkedHashSet<>(recording.candidateKeys()) : byKey.keySet();
  }

  // ---- scalars ------------------------------------------------------------------------------

  /** A text; required texts must be present and non-empty. */
  String text(String key, boolean required) {
    record(key, Shape.of(Shape.Kind.TEXT), required);
    String raw = scalar(key, required, "文字", "text");
    if (raw != null) {
      ctx.texts.put(child(key), raw);
    }
    if (raw != null && required && raw.isBlank()) {
      Node v = value(key);
      ctx.error(v, child(key), "load.empty", "不能为空", "must not be empty");
      return null;
    }
    return raw;
  }

  /** An amount (万元 or 元): at most two decimals, no separators, not negative. Blank → null. */
  BigDecimal amount(String key, boolean required) {
    return amount(key, required, MAX_AMOUNT, "万元");
  }

  /** An amount in 元 (附件2 自评表): the same rules, a ceiling 10 000 times higher. */
  BigDecimal yuanAmount(String key, boolean required) {
    return amount(key, required, MAX_YUAN, "元");
  }

  private BigDecimal amount(String key, boolean required, BigDecimal max, String unit) {
    record(key, Shape.of(Shape.Kind.AMOUNT), required);
    if (splitAmounts.containsKey(key) && !isNull(value(key))) {
      splitAmount(key);
      return null;
    }
    String raw = scalar(key, required, "金额", "amount");
    return raw == null ? null : parseAmount(value(key), child(key), raw, max, unit);
  }

  /** A whole count (人, 个, 辆). */
  Integer count(String key, boolean required) {
    record(key, Shape.of(Shape.Kind.COUNT), required);
    String raw = scalar(key, required, "整数", "whole number");
    if (raw == null) {
      return null;
    }
    if (!INTEGER.matcher(raw).matches()) {
      ctx.error(value(key), child(key), "load.count",
          "应为不小于 0 的整数，实为 \"" + raw + "\"",
          "expected a whole number ≥ 0, got \"" + raw + "\"");
      return null;
    }
    return Integer.valueOf(raw);
  }

  Boolean flag(String key, boolean required) {
    record(key, Shape.of(Shape.Kind.FLAG), required);
    String raw = scalar(key, required, "true 或 false", "true or false");
    if (raw == null) {
      return null;
    }
    if (!raw.equals("true") && !raw.equals("false")) {
      ctx.error(value(key), child(key), "load.flag",
          "应为 true 或 false，实为 \"" + raw + "\"", "expected true or false, got \"" + raw + "\"");
      return null;
    }
    return Boolean.valueOf(raw);
  }

  LocalDate date(String key, boolean required) {
    record(key, Shape.of(Shape.Kind.DATE), required);
    String raw = scalar(key, required, "日期", "date");
    if (raw == null) {
      return null;
    }
    try {
      return LocalDate.parse(raw);
    } catch (DateTimeParseException e) {
      String[] advice = dateAdvice(raw);
      ctx.error(value(key), child(key), "load.date",
          "应为日期 YYYY-MM-DD，实为 \"" + raw + "\"" + advice[0], "expected a date YYYY-MM-DD, got \"" + raw + "\"" + advice[1]);
      return null;
    }
  }

  /** A date as people write it: 2025/3/1, 2025.3.1, 2025-3-1, 2025年3月1日 (full-width digits too). */
  private static final java.util.regex.Pattern LOOSE_DATE = java.util.regex.Pattern.compile(
      "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

  /** How to write a date given another way: "（应写作 2025-03-01）", or that it does not exist. */
  static String[] dateAdvice(String raw) {
    String ascii = raw.strip().codePoints().map(c -> c >= '０' && c <= '９' ? c - '０' + '0' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    java.util.regex.Matcher m = LOOSE_DATE.matcher(ascii);
    if (!m.matches()) {
      return new String[] {"", ""};
    }
    try {
      LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      return new String[] {"：应写作 " + d, ": write " + d};
    } catch (java.time.DateTimeException e) {
      return new String[] {"：没有这一天", ": no such day"};
    }
  }

  /** One of the given words. */
  String choice(String key, boolean required, Collection<String> allowed) {
    record(key, Shape.choice(allowed), required);
    String raw = scalar(key, required, "取值", "value");
    if (raw != null && !allowed.contains(raw)) {
      ctx.error(value(key), child(key), "load.choice",
          "应为 " + String.join(" / ", allowed) + " 之一，实为 \"" + raw + "\"" + hint(raw, allowed),
          "expected one of " + String.join(", ", allowed) + ", got \"" + raw + "\"");
      return null;
    }
    return raw;
  }

  /** A code (科目代码): a text; {@code pattern} is the form the loader then checks it against. */
  String code(String key, boolean required, Pattern pattern) {
    record(key, Shape.code(pattern.pattern()), required);
    String raw = scalar(key, required, "文字", "text");
    if (raw != null) {
      ctx.texts.put(child(key), raw);
    }
    return raw;
  }

  // ---- structures ---------------------------------------------------------------------------

  /** A nested mapping; a missing optional one reads as empty (and not {@link #present()}). */
  Fields map(String key, boolean required) {
    if (shape != null) {
      return new Fields(ctx, child(key), record(key, Shape.of(Shape.Kind.MAP), required), recording);
    }
    Node v = value(key);
    if (v == null || isNull(v)) {
      if (required) {
        missing(key, "映射", "mapping");
      }
      return absent(key);
    }
    used.add(key);
    ctx.locate(v, child(key));
    if (!tagOk(v, child(key))) {
      return absent(key);
    }
    if (!(v instanceof MappingNode)) {
      wrongType(v, child(key), "映射（键: 值）", "a mapping (key: value)");
      return absent(key);
    }
    return new Fields(ctx, child(key), v);
  }

  /** The empty stand-in of a mapping that is not there; it reports nothing missing inside. */
  private Fields absent(String key) {
    return new Fields(ctx, child(key), new MappingNode(Tag.MAP, List.of(),
        org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK), false);
  }

  /** A list of mappings. */
  List<Fields> maps(String key, boolean required) {
    if (shape != null) {
      Shape list = record(key, Shape.listOf(Shape.of(Shape.Kind.MAP)), required);
      return List.of(new Fields(ctx, child(key) + "[]", list.items(), recording));
    }
    List<Fields> out = new ArrayList<>();
    forEachItem(key, required, (item, p) -> {
      if (item instanceof MappingNode) {
        out.add(new Fields(ctx, p, item));
      } else {
        wrongType(item, p, "映射（键: 值）", "a mapping (key: value)");
      }
    });
    return out;
  }

  /** A list of texts. */
  List<String> texts(String key, boolean required) {
    record(key, Shape.listOf(Shape.of(Shape.Kind.TEXT)), required);
    List<String> out = new ArrayList<>();
    forEachItem(key, required, (item, p) -> {
      if (!(item instanceof ScalarNode s)) {
        wrongType(item, p, "文字", "text");
      } else if (s.getValue().isBlank()) {
        ctx.error(item, p, "load.empty", "不能为空", "must not be empty");
      } else {
        out.add(s.getValue());
        ctx.texts.put(p, s.getValue());
      }
    });
    return out;
  }

  /** Visits each item of a list with its path ({@code key[i]}), located and tag-checked. */
  private void forEachItem(String key, boolean required, java.util.function.BiConsumer<Node, String> visit) {
    SequenceNode seq = sequence(key, required);
    if (seq == null) {
      return;
    }
    List<Node> items = seq.getValue();
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      String p = child(key) + "[" + i + "]";
      ctx.locate(item, p);
      if (tagOk(item, p)) {
        visit.accept(item, p);
      }
    }
  }

  /** A mapping of amounts whose keys must be among {@code allowed}; blank entries are left out. */
  Map<String, BigDecimal> amounts(String key, boolean required, Collection<String> allowed) {
    return entries(key, required, allowed, (f) -> f::amount);
  }

  /** A mapping of counts whose keys must be among {@code allowed}. */
  Map<String, Integer> counts(String key, boolean required, Collection<String> allowed) {
    return entries(key, required, allowed, (f) -> f::count);
  }

  /** This mapping's own entries read as amounts, keys checked against {@code allowed}. */
  /** Every key of this mapping as a text, whatever the keys (the choices a format offers: formatOptions). */
  Map<String, String> ownTexts() {
    Map<String, String> out = new LinkedHashMap<>();
    if (shape != null) {
      shape.allowAny(Shape.of(Shape.Kind.TEXT)); // recording: which keys is the format's matter
      return out;
    }
    for (String k : byKey.keySet()) {
      String v = text(k, true);
      if (v != null) {
        out.put(k, v);
      }
    }
    return out;
  }

  Map<String, BigDecimal> ownAmounts(Collection<String> allowed) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    if (shape != null && allowed == null) {
      shape.allowAny(Shape.of(Shape.Kind.AMOUNT));
    }
    for (String k : shape != null && allowed != null ? allowed : byKey.keySet()) {
      if (allowed != null && !allowed.contains(k)) {
        continue; // reported by end()
      }
      BigDecimal v = amount(k, false);
      if (v != null) {
        out.put(k, v);
      }
    }
    return out;
  }

  private <T> Map<String, T> entries(String key, boolean required, Collection<String> allowed,
                                     Function<Fields, java.util.function.BiFunction<String, Boolean, T>> getter) {
    Fields f = map(key, required);
    Map<String, T> out = new LinkedHashMap<>();
    // recording: every allowed key is read once, so each is recorded with the getter's kind
    for (String k : f.shape != null && allowed != null ? allowed : f.byKey.keySet()) {
      if (allowed != null && !allowed.contains(k)) {
        continue;
      }
      T v = getter.apply(f).apply(k, false);
      if (v != null) {
        out.put(k, v);
      }
    }
    f.end(allowed);
    return out;
  }

  /** Reports every key of this mapping that no getter read: unknown keys are errors. */
  void end() {
    end(null);
  }

  void end(Collection<String> allowed) {
    for (Map.Entry<String, List<Node>> e : splitFragments.entrySet()) {
      if (!splitReported.contains(e.getKey())) {
        for (Node k : e.getValue()) {
          String fragment = ((ScalarNode) k).getValue();
          ctx.error(k, child(fragment), "load.unknown-key", "未知字段 \"" + fragment + "\"",
              "unknown key \"" + fragment + "\"");
        }
      }
    }
    for (Map.Entry<String, NodeTuple> e : byKey.entrySet()) {
      String k = e.getKey();
      boolean known = allowed == null ? used.contains(k) : allowed.contains(k);
      java.util.regex.Matcher colon = FULL_WIDTH_COLON.matcher(k);
      if (!known && colon.matches()) {
        // {total：478.11} is one key to YAML: the colon typed with the Chinese input method.
        String fixed = colon.group(1) + ": " + colon.group(2);
        ctx.error(e.getValue().getKeyNode(), child(colon.group(1)), "load.full-width-colon",
            "\"" + k + "\" 中是全角冒号“：”，YAML 只认半角冒号加空格：请写作 \"" + fixed + "\"（切换到英文标点输入）",
            "\"" + k + "\" has a full-width colon \"：\"; YAML needs an ASCII colon and a space: write \"" + fixed + "\"");
      } else if (!known) {
        Collection<String> candidates = allowed == null ? used : allowed;
        ctx.error(e.getValue().getKeyNode(), child(k), "load.unknown-key",
            "未知字段 \"" + k + "\"" + hint(k, candidates),
            "unknown key \"" + k + "\"" + hintEn(k, candidates));
      }
    }
  }

  /** A key of ours, the full-width colon, and what was meant as its value. */
  private static final java.util.regex.Pattern FULL_WIDTH_COLON =
      java.util.regex.Pattern.compile("([A-Za-z][A-Za-z0-9_]*)\\s*：\\s*(.*)", java.util.regex.Pattern.DOTALL);

  /** Declares keys as known without reading them (e.g. read through {@link #keys()}). */
  void accept(String... keys) {
    used.addAll(List.of(keys));
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** The value node of a key; asking for a key makes it known (see {@link #end()}). */
  Node value(String key) {
    used.add(key);
    NodeTuple t = byKey.get(key);
    return t == null ? null : t.getValueNode();
  }

  private BigDecimal parseAmount(Node at, String p, String raw, BigDecimal max, String unit) {
    String s = raw.trim();
    boolean negative = s.startsWith("-");
    String digits = negative ? s.substring(1) : s;
    if (AMOUNT.matcher(digits).matches()) {
      if (negative) {
        AmountAdvice zero = AmountAdvice.negativeZero(raw);
        boolean isZero = new BigDecimal(digits).signum() == 0;
        ctx.error(at, p, "load.amount.negative", isZero ? "金额不能为负数：" + zero.zh() : "金额不能为负数，实为 \"" + raw + "\"",
            isZero ? "amount must not be negative: " + zero.en() : "amount must not be negative, got \"" + raw + "\"");
        return null;
      }
      BigDecimal v = new BigDecimal(digits);
      if (v.compareTo(max) > 0) {
        ctx.error(at, p, "load.amount.range", "金额过大（超过 " + max.toPlainString() + " " + unit + "），实为 \"" + raw + "\"",
            "amount too large (over " + max.toPlainString() + " " + unit + "), got \"" + raw + "\"");
        return null;
      }
      return v;
    }
    AmountAdvice advice = AmountAdvice.of(raw);
    ctx.error(at, p, "load.amount", "应为金额（" + advice.zh() + "），实为 \"" + raw + "\"",
        "expected an amount (" + advice.en() + "), got \"" + raw + "\"");
    return null;
  }

  /** An amount whose thousands comma split its flow mapping: one error at the amount, none for the fragments. */
  private void splitAmount(String key) {
    splitReported.add(key);
    String typed = splitAmounts.get(key);
    AmountAdvice advice = AmountAdvice.split(typed);
    ctx.error(value(key), child(key), "load.amount", "应为金额（" + advice.zh() + "）",
        "expected an amount (" + advice.en() + ")");
  }

  private SequenceNode sequence(String key, boolean required) {
    Node v = value(key);
    if (v == null || isNull(v)) {
      if (required) {
        missing(key, "列表", "list");
      }
      if (v != null) {
        used.add(key);
      }
      return null;
    }
    used.add(key);
    ctx.locate(v, child(key));
    if (!tagOk(v, child(key))) {
      return null;
    }
    if (!(v instanceof SequenceNode seq)) {
      wrongType(v, child(key), "列表（- 项）", "a list (- item)");
      return null;
    }
    return seq;
  }

  /** The raw text of a scalar field, or null if absent/blank (reported when required). */
  private String scalar(String key, boolean required, String whatZh, String whatEn) {
    Node v = value(key);
    if (v == null || isNull(v)) {
      if (v != null) {
        used.add(key);
        ctx.locate(v, child(key));
      }
      if (required && v != null && present) {
        // the key is there with nothing after it: point at it, not at its mapping
        ctx.error(v, child(key), "load.missing", "必填字段未填写（" + whatZh + "）", "required field left empty (" + whatEn + ")");
      } else if (required) {
        missing(key, whatZh, whatEn);
      }
      return null;
    }
    used.add(key);
    ctx.locate(v, child(key));
    if (!(v instanceof ScalarNode s)) {
      wrongType(v, child(key), whatZh, whatEn);
      return null;
    }
    if (s.getValue().strip().equals(Shape.TO_FILL)) {
      ctx.error(v, child(key), "load.to-fill", "待填写：本年的" + whatZh + "尚未填写（把 " + Shape.TO_FILL + " 换成数值）",
          "to fill in: this year's " + whatEn + " is not given yet (replace " + Shape.TO_FILL + " by the value)");
      return null;
    }
    return tagOk(s, child(key)) ? s.getValue() : null;
  }

  private boolean tagOk(Node n, String p) {
    if (!PLAIN_TAGS.contains(n.getTag())) {
      ctx.error(n, p, "load.tag", "不允许的 YAML 标签 " + n.getTag().getValue() + "（只接受普通的文字、数字、列表和映射）",
          "YAML tag not allowed: " + n.getTag().getValue());
      return false;
    }
    return true;
  }

  /**
   * A required field absent from this mapping, reported at the mapping (line:column of its
   * first key). Inside an absent mapping nothing is reported: the mapping itself was, if it is
   * required, and the fields of an optional section are required only when it is given.
   */
  private void missing(String key, String whatZh, String whatEn) {
    if (present) {
      ctx.error(node, child(key), "load.missing", "缺少必填字段（" + whatZh + "）",
          "missing required field (" + whatEn + ")");
    }
  }

  private void wrongType(Node v, String p, String whatZh, String whatEn) {
    String got = v instanceof MappingNode ? "映射" : v instanceof SequenceNode ? "列表" : "文字";
    String gotEn = v instanceof MappingNode ? "a mapping" : v instanceof SequenceNode ? "a list" : "a scalar";
    ctx.error(v, p, "load.type", "应为" + whatZh + "，实为" + got, "expected " + whatEn + ", got " + gotEn);
  }

  private static boolean isNull(Node n) {
    return n instanceof ScalarNode s && (n.getTag().equals(Tag.NULL) || s.getValue().isEmpty()
        && s.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN);
  }

  private String keyOf(Node k) {
    if (k instanceof ScalarNode s) {
      return s.getValue();
    }
    ctx.error(k, path, "load.key", "键应为文字", "a key must be a plain text");
    return null;
  }

  private static String hint(String key, Collection<String> candidates) {
    return cn.juesuan.disclosure.diag.Suggestion.hintZh(key, candidates);
  }

  private static String hintEn(String key, Collection<String> candidates) {
    return cn.juesuan.disclosure.diag.Suggestion.hintEn(key, candidates);
  }
}
