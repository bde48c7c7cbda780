package cn.juesuan.disclosure.workbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.diag.Severity;
import cn.juesuan.disclosure.export.TablesWorkbook;
import cn.juesuan.disclosure.load.DisclosureLoader;
import cn.juesuan.disclosure.pipeline.DocumentAssembler;
import cn.juesuan.disclosure.pipeline.OutputFiles;
import cn.juesuan.disclosure.pipeline.Pipeline;
import cn.juesuan.disclosure.testing.Example;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/** The example's tables exported to a workbook and read back: the same model, the same PDF. */
class WorkbookRoundTripTest {
  @TempDir
  Path dir;

  /**
   * Every bundled dataset (with and without 三公, 基金, 结转, long lists of 科目), of every
   * format: Gansu's numbered lines and one code column, 普陀区's forms without 行次, its
   * 类 | 款 | 项 columns (财政局) and joined codes (规划资源局), totals at the bottom, 公开06 in
   * column groups.
   */
  static Stream<Path> datasets() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("data"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void exportedTablesReadBackGiveTheSamePdfBytes(Path dataset) throws Exception {
    DisclosureLoader.Result original = DisclosureLoader.load(dataset);
    assertTrue(original.ok(), () -> original.findings().all().toString());
    Files.write(dir.resolve("决算报表.xlsx"), TablesWorkbook.of(original.disclosure()));
    Path yaml = Workbooks.yamlWithWorkbook(dataset, dir, "决算报表.xlsx");
    DisclosureLoader.Result fromWorkbook = DisclosureLoader.load(yaml);
    assertTrue(fromWorkbook.ok(), () -> fromWorkbook.findings().all().toString());
    assertEquals(original.disclosure().tables(), fromWorkbook.disclosure().tables());
    assertEquals(List.of(), fromWorkbook.findings().of(Severity.NOTE), "a workbook in 万元 needs no conversion");

    byte[] expected = Pipeline.render(Pipeline.analyse(original), new DocumentAssembler.Options(null, false, null));
    byte[] actual = Pipeline.render(Pipeline.analyse(yaml), new DocumentAssembler.Options(null, false, null));
    assertEquals(OutputFiles.sha256(expected), OutputFiles.sha256(actual));
  }

  /**
   * The 普陀区财政局 (类 | 款 | 项 in three columns, thousands grouped, forms without 行次,
   * totals at the bottom) through the commands a finance office runs: {@code export-xlsx},
   * then the YAML naming the workbook gives the PDF of the YAML.
   */
  @Test
  void thePutuoWorkbookOfExportXlsxGivesThePdfOfItsYaml() throws Exception {
    Path dataset = Path.of("data/putuo-caizhengju-2024.yaml");
    Path xlsx = dir.resolve("普陀区财政局决算报表.xlsx");
    var out = new java.io.StringWriter();
    int exit = cn.juesuan.disclosure.cli.Main.run(new java.io.PrintWriter(out, true), new java.io.PrintWriter(out, true),
        "export-xlsx", dataset.toString(), "-o", xlsx.toString());
    assertEquals(0, exit, out.toString());
    Path yaml = Workbooks.yamlWithWorkbook(dataset, dir, xlsx.getFileName().toString());
    DisclosureLoader.Result fromWorkbook = DisclosureLoader.load(yaml);
    assertTrue(fromWorkbook.ok(), () -> fromWorkbook.findings().all().toString());
    assertTrue(fromWorkbook.disclosure().source().locations().get("tables.gk05.total.total").toString()
        .contains("普陀区财政局决算报表.xlsx!一般公共预算财政拨款支出决算表!E25"), "the 合计 at the bottom");
    byte[] expected = Pipeline.render(Pipeline.analyse(dataset), new DocumentAssembler.Options(null, false, null));
    byte[] actual = Pipeline.render(Pipeline.analyse(yaml), new DocumentAssembler.Options(null, false, null));
    assertEquals(OutputFiles.sha256(expected), OutputFiles.sha256(actual));
  }

  @Test
  void theSameTablesGiveTheSameWorkbookBytes() throws Exception {
    byte[] first = TablesWorkbook.of(Example.disclosure());
    Thread.sleep(1100); // a clock in the bytes would show
    assertArrayEquals(first, TablesWorkbook.of(Example.disclosure()));
  }
}
