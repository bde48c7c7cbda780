package cn.juesuan.disclosure.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Departments derived from the example for the benchmark, each consistent (every identity
 * still holds): all amounts scaled by a whole factor (exact in cents, so sums and rates stay
 * as they were); every third with more 科目 rows (extra classes of project expenditure, added to
 * every table that carries them); every fourth with 三公 spending; every other one with long
 * narratives. Deterministic: department i is the same in every run.
 */
@SuppressWarnings("unchecked") // a YAML tree is untyped: maps and lists of Object
public final class SyntheticDepartments {
  private static final String EXAMPLE_NAME = "临夏市总工会";
  private static final List<String> CITIES = List.of("临夏市", "兰州市", "天水市", "武威市", "张掖市", "酒泉市", "定西市", "陇南市");
  private static final List<String> UNITS = List.of("总工会", "团市委", "妇联", "科协", "文联", "残联", "工商联", "侨联",
      "红十字会", "档案馆", "财政局", "教育局", "民政局", "司法局", "农业农村局", "自然资源局", "住建局", "交通运输局",
      "水务局", "商务局", "文旅局", "卫健委", "审计局", "统计局", "林业局");
  /** Extra 类 with their 款 and two 项 (names given where the standard list has none). */
  private static final List<String[]> EXTRA_CLASSES = List.of(
      new String[] {"207", "20701", "2070101", "2070199", "其他文化和旅游支出"},
      new String[] {"212", "21201", "2120101", "2120199", "其他城乡社区管理事务支出"},
      new String[] {"213", "21301", "2130101", "2130199", "其他农业农村支出"});
  private static final Set<String> NOT_AMOUNTS = Set.of("physical", "assets", "pinnedRate");

  private final Yaml yaml = yaml();
  private final Map<String, Object> example;

  public SyntheticDepartments(Path exampleFile) throws IOException {
    this.example = yaml.load(Files.readString(exampleFile, StandardCharsets.UTF_8));
  }

  /** {@code SyntheticDepartments DIR COUNT}: writes a synthetic batch (to try {@code batch} by hand). */
  public static void main(String[] args) throws IOException {
    int count = Integer.parseInt(args[1]);
    new SyntheticDepartments(Path.of("data/linxia-zonggonghui-2024.yaml")).write(Path.of(args[0]), count);
    System.out.println(count + " departments in " + args[0]);
  }

  /** Writes departments 0..count-1 as DIR/&lt;city&gt;/&lt;nnnn&gt;.yaml; returns the files. */
  public List<Path> write(Path dir, int count) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Path file = dir.resolve(String.format("d%02d/%04d.yaml", i % CITIES.size(), i));
      Files.createDirectories(file.getParent());
      Files.writeString(file, yaml(i), StandardCharsets.UTF_8);
      files.add(file);
    }
    return files;
  }

  public String yaml(int i) {
    Map<String, Object> d = deepCopy(example);
    String name = name(i);
    d = (Map<String, Object>) replaceText(d, EXAMPLE_NAME, name);
    int factor = 1 + i % 7;
    for (String section : List.of("tables", "explanations")) {
      d.put(section, scale(d.get(section), factor));
    }
    Map<String, Object> sa = map(d, "selfAssessment");
    sa.put("funds", scale(sa.get("funds"), factor));
    closeRoundingGaps(map(map(map(d, "tables"), "gk06"), "amounts"));
    if (i % 3 == 0) {
      for (int c = 0; c <= i / 3 % EXTRA_CLASSES.size(); c++) {
        addProjectClass(d, EXTRA_CLASSES.get(c), new BigDecimal(12 + 7 * c + i % 50 + ".37"));
      }
    }
    if (i % 4 == 1) {
      addThreePublic(d, factor);
    }
    if (i % 2 == 1) {
      lengthenNarratives(d, name);
    }
    return yaml.dump(d);
  }

  static String name(int i) {
    String base = CITIES.get(i % CITIES.size()) + UNITS.get(i / CITIES.size() % UNITS.size());
    int round = i / (CITIES.size() * UNITS.size());
    return round == 0 ? base : base + "（" + (round + 1) + "）";
  }

  // ---- amounts ------------------------------------------------------------------------------

  private static Object scale(Object node, int factor) {
    if (node instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put((String) k, NOT_AMOUNTS.contains(k) ? v : scale(v, factor)));
      return out;
    } else if (node instanceof List<?> l) {
      return l.stream().map(v -> scale(v, factor)).toList();
    } else if (node instanceof BigDecimal b) {
      return b.multiply(BigDecimal.valueOf(factor));
    } else if (node instanceof Integer n) {
      return n * factor;
    } else if (node instanceof Long n) {
      return n * factor;
    }
    return node;
  }

  /**
   * The example's 公开06 has 尾数 gaps of 0.01 (a class total vs the sum of its items), within
   * tolerance; scaled by k they become 0.0k and may exceed it. The largest item absorbs the gap,
   * so every class total (and so every total above it) stays as scaled.
   */
  private static void closeRoundingGaps(Map<String, Object> amounts) {
    for (String cls : List.copyOf(amounts.keySet())) {
      if (cls.length() != 3 || !(amounts.get(cls) instanceof BigDecimal total)) {
        continue;
      }
      List<String> items = amounts.keySet().stream()
          .filter(k -> k.length() == 5 && k.startsWith(cls) && amounts.get(k) instanceof BigDecimal).toList();
      if (items.isEmpty()) {
        continue;
      }
      BigDecimal sum = items.stream().map(k -> (BigDecimal) amounts.get(k)).reduce(BigDecimal.ZERO, BigDecimal::add);
      String largest = items.stream().max(java.util.Comparator.comparing(k -> (BigDecimal) amounts.get(k))).orElseThrow();
      amounts.put(largest, ((BigDecimal) amounts.get(largest)).add(total.subtract(sum)));
    }
  }

  /** A class of project expenditure X (万元), split over two 项, in every table and 附件2. */
  private static void addProjectClass(Map<String, Object> d, String[] codes, BigDecimal x) {
    BigDecimal first = x.multiply(new BigDecimal("0.6")).setScale(2, java.math.RoundingMode.HALF_UP);
    BigDecimal second = x.subtract(first);
    Map<String, Object> t = map(d, "tables");
    Map<String, Object> gk01 = map(t, "gk01");
    add(map(gk01, "income"), x, "generalBudgetGrant", "total", "grandTotal");
    Map<String, Object> ex01 = map(gk01, "expenditure");
    map(ex01, "byClass").put(codes[0], x);
    add(ex01, x, "total", "grandTotal");
    for (String form : List.of("gk02", "gk03", "gk05")) {
      Map<String, Object> f = map(t, form);
      List<String> columns = form.equals("gk02") ? List.of("total", "fiscalGrant") : List.of("total", "project");
      add(map(f, "total"), x, columns.toArray(String[]::new));
      List<Object> rows = new ArrayList<>((List<Object>) f.get("rows"));
      rows.add(row(codes[0], null, columns, x));
      rows.add(row(codes[1], null, columns, x));
      rows.add(row(codes[2], null, columns, first));
      rows.add(row(codes[3], codes[4], columns, second));
      f.put("rows", rows);
    }
    Map<String, Object> gk04 = map(t, "gk04");
    add(map(gk04, "income"), x, "generalBudget", "total", "grandTotal");
    Map<String, Object> ex04 = map(gk04, "expenditure");
    Map<String, Object> cls = new LinkedHashMap<>();
    cls.put("total", x);
    cls.put("generalBudget", x);
    map(ex04, "byClass").put(codes[0], cls);
    add(map(ex04, "total"), x, "total", "generalBudget");
    add(map(ex04, "grandTotal"), x, "total", "generalBudget");
    Map<String, Object> gb = map(map(d, "explanations"), "generalBudget");
    List<Object> initial = new ArrayList<>((List<Object>) gb.get("initialBudget"));
    Map<String, Object> budget = new LinkedHashMap<>();
    budget.put("code", codes[0]);
    budget.put("amount", x);
    budget.put("reason", "项目按计划全部实施完毕");
    initial.add(budget);
    gb.put("initialBudget", initial);
    BigDecimal yuan = x.multiply(BigDecimal.valueOf(10000));
    Map<String, Object> funds = map(map(d, "selfAssessment"), "funds");
    for (String row : List.of("total", "project", "key")) {
      add(map(funds, row), yuan, "initial", "full", "actual");
    }
  }

  private static Map<String, Object> row(String code, String name, List<String> columns, BigDecimal amount) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("code", code);
    if (name != null) {
      r.put("name", name);
    }
    columns.forEach(c -> r.put(c, amount));
    return r;
  }

  /** 公开09 预算数 and 决算数 (sums kept), and the 九 prose that goes with them. */
  private static void addThreePublic(Map<String, Object> d, int factor) {
    BigDecimal k = BigDecimal.valueOf(factor);
    Map<String, Object> gk09 = map(map(d, "tables"), "gk09");
    gk09.put("budget", threePublic(new BigDecimal("3.00").multiply(k), new BigDecimal("0.00"),
        new BigDecimal("4.50").multiply(k), new BigDecimal("2.20").multiply(k)));
    gk09.put("actual", threePublic(new BigDecimal("2.64").multiply(k), new BigDecimal("0.00"),
        new BigDecimal("4.13").multiply(k), new BigDecimal("1.87").multiply(k)));
    Map<String, Object> tp = map(map(d, "explanations"), "threePublic");
    tp.put("intro", "本部门严格执行中央八项规定精神，厉行节约，“三公”经费支出控制在预算以内。");
    // last year's 决算 add up as this year's do (checks N10, N11)
    Map<String, BigDecimal> previous = Map.of("abroad", new BigDecimal("2.80"), "vehiclePurchase", BigDecimal.ZERO,
        "vehicleOperation", new BigDecimal("4.40"), "reception", new BigDecimal("2.10"),
        "vehicle", new BigDecimal("4.40"), "total", new BigDecimal("9.30"));
    for (String item : List.of("total", "abroad", "vehicle", "vehiclePurchase", "vehicleOperation", "reception")) {
      Map<String, Object> m = map(tp, item);
      m.put("previous", previous.get(item).multiply(k));
      m.put("budgetReason", "严格控制“三公”经费支出，压减非必要开支");
      m.put("changeReason", "公务活动次数减少");
    }
    Map<String, Object> physical = map(tp, "physical");
    physical.put("abroadGroups", 1);
    physical.put("abroadPersons", 3);
    physical.put("vehiclesHeld", 2);
    physical.put("receptionBatches", 14);
    physical.put("receptionPersons", 96);
    map(d, "report").put("threePublicText", "“三公”经费支出控制在年初预算以内");
  }

  private static Map<String, Object> threePublic(BigDecimal abroad, BigDecimal purchase, BigDecimal operation,
                                                 BigDecimal reception) {
    Map<String, Object> m = new LinkedHashMap<>();
    BigDecimal vehicles = purchase.add(operation);
    m.put("total", abroad.add(vehicles).add(reception));
    m.put("abroad", abroad);
    m.put("vehicleSubtotal", vehicles);
    m.put("vehiclePurchase", purchase);
    m.put("vehicleOperation", operation);
    m.put("reception", reception);
    return m;
  }

  // ---- text ---------------------------------------------------------------------------------

  private static final String PARAGRAPH = "围绕年度重点工作任务，{0}坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，"
      + "统筹推进各项业务工作，切实加强预算管理，严格执行财经纪律，不断完善内部控制制度，规范资金使用流程，"
      + "强化预算执行动态监控，提高财政资金使用效益；同时加强干部队伍建设，开展业务培训和调研活动，"
      + "推动各项工作提质增效，确保年度目标任务全面完成，为全市经济社会高质量发展作出了积极贡献。";

  private static void lengthenNarratives(Map<String, Object> d, String name) {
    String paragraph = PARAGRAPH.replace("{0}", name);
    Map<String, Object> duties = map(map(d, "profile"), "duties");
    List<Object> items = new ArrayList<>();
    for (Object item : (List<Object>) duties.get("items")) {
      items.add(item + paragraph);
    }
    items.add(paragraph + paragraph);
    duties.put("items", items);
    Map<String, Object> ex = map(d, "explanations");
    ex.put("other", List.of(paragraph, paragraph + paragraph, paragraph));
    Map<String, Object> overall = map(ex, "overall");
    overall.put("reason", overall.get("reason") + "；" + paragraph);
    Map<String, Object> report = map(d, "report");
    report.put("problems", List.of(paragraph, paragraph));
    report.put("measures", List.of(paragraph, paragraph, paragraph));
    report.put("reflection", report.get("reflection") + paragraph);
  }

  private static Object replaceText(Object node, String from, String to) {
    if (node instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put((String) k, replaceText(v, from, to)));
      return out;
    } else if (node instanceof List<?> l) {
      return l.stream().map(v -> replaceText(v, from, to)).toList();
    } else if (node instanceof String s) {
      return s.replace(from, to);
    }
    return node;
  }

  // ---- tree helpers -------------------------------------------------------------------------

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    Object v = parent.get(key);
    if (!(v instanceof Map)) {
      v = new LinkedHashMap<String, Object>();
      parent.put(key, v);
    } else if (!(v instanceof LinkedHashMap)) {
      v = new LinkedHashMap<>((Map<String, Object>) v);
      parent.put(key, v);
    }
    return (Map<String, Object>) v;
  }

  private static void add(Map<String, Object> m, BigDecimal x, String... keys) {
    for (String k : keys) {
      Object v = m.get(k);
      if (v instanceof BigDecimal b) {
        m.put(k, b.add(x));
      } else if (v instanceof Number n) {
        m.put(k, new BigDecimal(n.toString()).add(x));
      } else {
        m.put(k, x);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepCopy(Map<String, Object> m) {
    return (Map<String, Object>) replaceText(m, "\u0000", "\u0000");
  }

  /** Amounts as BigDecimal (never double), dates as LocalDate; both written back as plain scalars. */
  private static Yaml yaml() {
    LoaderOptions lo = new LoaderOptions();
    SafeConstructor constructor = new SafeConstructor(lo) {
      {
        yamlConstructors.put(Tag.FLOAT, new AbstractConstruct() {
          @Override
          public Object construct(Node node) {
            return new BigDecimal(((ScalarNode) node).getValue());
          }
        });
        yamlConstructors.put(Tag.TIMESTAMP, new AbstractConstruct() {
          @Override
          public Object construct(Node node) {
            return LocalDate.parse(((ScalarNode) node).getValue());
          }
        });
      }
    };
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setAllowUnicode(true);
    options.setSplitLines(false);
    Representer representer = new Representer(options) {
      {
        Represent plainDecimal = data -> representScalar(Tag.FLOAT, ((BigDecimal) data).toPlainString());
        Represent plainDate = data -> representScalar(Tag.TIMESTAMP, data.toString());
        representers.put(BigDecimal.class, plainDecimal);
        representers.put(LocalDate.class, plainDate);
      }
    };
    return new Yaml(constructor, representer, options, lo);
  }
}
