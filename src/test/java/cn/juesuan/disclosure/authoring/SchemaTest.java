package cn.juesuan.disclosure.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.load.DisclosureLoader;
import cn.juesuan.disclosure.load.Shape;
import cn.juesuan.disclosure.model.StandardLists;
import cn.juesuan.disclosure.testing.Cli;
import cn.juesuan.disclosure.testing.Example;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The editors' schema is the loader's shape: the checked-in file is what {@code schema}
 * prints, every bundled dataset declares it and passes a real JSON Schema 2020-12 validator,
 * and a file the loader rejects for its shape is rejected by the schema too.
 */
class SchemaTest {
  private static final Path CHECKED_IN = Path.of("src/main/resources/schema/" + JsonSchema.FILE_NAME);
  /** A format other than the default requires its own parts, so it has a schema of its own. */
  private static final String SHANGHAI = "shanghai-putuo-2024";
  private static final Path CHECKED_IN_SHANGHAI = Path.of("src/main/resources/schema/" + SHANGHAI + ".schema.json");
  private static final String MODELINE = "# yaml-language-server: $schema=";

  /** The format a dataset names (format: …), or null for the default. */
  private static String formatOf(String yaml) {
    return yaml.lines().filter(l -> l.startsWith("format:")).map(l -> l.substring(7).replaceAll("#.*", "").strip())
        .findFirst().orElse(null);
  }

  private static Schema schema() {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(JsonSchema.generate(), InputFormat.JSON);
  }

  private static List<Error> errors(String yaml) {
    return schema().validate(YamlJson.of(yaml), InputFormat.JSON);
  }

  @Test
  void theCheckedInFileIsWhatTheCommandPrints() throws IOException {
    Cli cli = Cli.run("schema");
    assertEquals(0, cli.exitCode(), cli.all());
    assertEquals(Files.readString(CHECKED_IN, StandardCharsets.UTF_8), cli.out(),
        "regenerate: target/disclosure schema > " + CHECKED_IN);
  }

  @Test
  void theCheckedInSchemaOfTheDistrictFormatIsWhatTheCommandPrints() throws IOException {
    Cli cli = Cli.run("schema", "--format", SHANGHAI);
    assertEquals(0, cli.exitCode(), cli.all());
    assertEquals(Files.readString(CHECKED_IN_SHANGHAI, StandardCharsets.UTF_8), cli.out(),
        "regenerate: target/disclosure schema --format " + SHANGHAI + " > " + CHECKED_IN_SHANGHAI);
  }

  static Stream<Path> datasets() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("data"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void everyDatasetDeclaresTheSchemaOnItsFirstLine(Path dataset) throws IOException {
    String first = Files.readAllLines(dataset, StandardCharsets.UTF_8).get(0);
    assertTrue(first.startsWith(MODELINE), first);
    Path target = dataset.getParent().resolve(first.substring(MODELINE.length()).strip()).normalize();
    boolean district = SHANGHAI.equals(formatOf(Files.readString(dataset, StandardCharsets.UTF_8)));
    assertEquals((district ? CHECKED_IN_SHANGHAI : CHECKED_IN).normalize(), target,
        "the modeline points at the checked-in schema of the dataset's format");
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void everyDatasetPassesTheSchema(Path dataset) throws IOException {
    String yaml = Files.readString(dataset, StandardCharsets.UTF_8);
    assertTrue(DisclosureLoader.load(dataset).ok(), "the loader accepts it");
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(JsonSchema.generate(formatOf(yaml)), InputFormat.JSON);
    assertEquals(List.of(), schema.validate(YamlJson.of(yaml), InputFormat.JSON).stream().map(Error::toString).toList());
  }

  /** Files the loader rejects for their shape: each must be rejected by the schema too. */
  static Stream<Arguments> shapeErrors() {
    return Stream.of(
        Arguments.of("unknown key", Example.mutated("  fundingType: 全额拨款", "  fundingTyp: 全额拨款"), "load.unknown-key"),
        Arguments.of("unknown key in a table", Example.mutated("personnelTotal: 126.04", "personelTotal: 126.04"),
            "load.unknown-key"),
        Arguments.of("list for map", Example.mutated("  staffing: {total: 9, civilServant: 4, institution: 5}",
            "  staffing: [9, 4, 5]"), "load.type"),
        Arguments.of("map for list", Example.mutated("internalOffices: [办公室, 业务综合办公室, 经费审查委员会办公室（副科级）]",
            "internalOffices: {a: 办公室}"), "load.type"),
        Arguments.of("missing required field", Example.text().replaceFirst("\n  fundingType: [^\n]*", ""), "load.missing"),
        Arguments.of("missing required section", Example.text().replaceFirst("(?s)\nperformance:.*?\nreport:", "\nreport:"),
            "load.missing"),
        Arguments.of("text for amount", Example.mutated("personnelTotal: 126.04", "personnelTotal: 很多"), "load.amount"),
        Arguments.of("list for amount", Example.mutated("personnelTotal: 126.04", "personnelTotal: [126.04]"), "load.type"),
        Arguments.of("three decimals", Example.mutated("personnelTotal: 126.04", "personnelTotal: \"126.045\""),
            "load.amount"),
        Arguments.of("word not among the choices", Example.mutated("  fundingType: 全额拨款", "  fundingType: 全额"),
            "load.choice"),
        Arguments.of("attachment kind not among the kinds", Example.mutated("kind: selfAssessment}", "kind: table}"),
            "load.choice"),
        Arguments.of("not a class code", Example.mutated("byClass: {\"201\": 455.79,", "byClass: {\"299x\": 455.79,"),
            "load.class-code"),
        Arguments.of("count with decimals", Example.mutated("largeEquipment: 0", "largeEquipment: 1.5"), "load.count"),
        Arguments.of("flag not true or false", Example.mutated("civilServantManaged: true", "civilServantManaged: 是"),
            "load.flag"),
        Arguments.of("subject code of 4 digits", Example.mutated("{code: \"20129\", total: 455.79, fiscalGrant",
            "{code: \"2012\", total: 455.79, fiscalGrant"), "load.subject-code"),
        Arguments.of("date not a date", Example.mutated("date: 2025-09-30", "date: 2025年9月30日"), "load.date"),
        Arguments.of("the placeholder of new --from", Example.mutated("personnelTotal: 126.04", "personnelTotal: 待填"),
            "load.to-fill"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapeErrors")
  void whatTheLoaderRejectsForShapeTheSchemaRejects(String name, String yaml, String loaderId) {
    var loaded = DisclosureLoader.load(yaml.getBytes(StandardCharsets.UTF_8), "bad.yaml");
    assertTrue(loaded.findings().all().stream().anyMatch(f -> f.id().equals(loaderId)),
        () -> "the loader reports " + loaderId + ": " + loaded.findings().all());
    assertFalse(errors(yaml).isEmpty(), "the schema rejects it too");
  }

  @Test
  void enumerationsComeFromTheLoader() {
    String s = JsonSchema.generate();
    assertTrue(s.contains("\"enum\": [\"全额拨款\", \"差额拨款\", \"自收自支\"]"), "经费形式");
    assertTrue(s.contains("\"enum\": [\"report\", \"selfAssessment\"]"), "attachment kinds");
    // every 功能分类 class is a key of 公开01 byClass, and nothing else is
    Shape byClass = shape().properties().get("tables").properties().get("gk01").properties().get("expenditure")
        .properties().get("byClass");
    Set<String> classes = JsonSchema.codes().expenditureClasses().stream().map(c -> c.code())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(classes, new TreeSet<>(byClass.properties().keySet()));
    assertTrue(s.contains("\"description\": \"201 一般公共服务支出\""), "a class code's name as its description");
  }

  @Test
  void requiredAndOptionalAsTheLoaderReadsThem() {
    Shape root = shape();
    assertTrue(root.required().containsAll(List.of("schema", "department", "profile", "tables", "explanations",
        "performance")));
    assertFalse(root.required().contains("report"), "附件 are optional");
    Shape staffing = root.properties().get("profile").properties().get("staffing");
    assertFalse(root.properties().get("profile").required().contains("staffing"));
    assertEquals(Set.of("total", "civilServant", "institution"), staffing.required(), "required once given");
    assertEquals(Shape.Kind.CODE, root.properties().get("tables").properties().get("gk02").properties().get("rows")
        .items().properties().get("code").kind);
    assertEquals(Shape.Kind.AMOUNT, root.properties().get("pins").additional().kind, "pins: any figure path");
  }

  @Test
  void everyDescriptionNamesAFieldTheLoaderReads() {
    List<String> paths = JsonSchema.paths(shape());
    Set<String> keys = paths.stream().map(p -> p.substring(p.lastIndexOf('.') + 1)).collect(Collectors.toSet());
    for (String described : JsonSchema.describedPaths()) {
      boolean known = described.startsWith("*.") ? keys.contains(described.substring(2)) : paths.contains(described);
      assertTrue(known, "descriptions.tsv names a field the loader does not read: " + described);
    }
  }

  private static Shape shape() {
    return Shape.ofLoader(JsonSchema.candidateKeys(JsonSchema.codes()));
  }
}
