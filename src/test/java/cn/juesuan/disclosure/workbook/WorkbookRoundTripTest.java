package cn.juesuan.disclosure.workbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Severity;
import cn.juesuan.disclosure.export.TablesWorkbook;
import cn.juesuan.disclosure.load.DisclosureLoader;
import cn.juesuan.disclosure.pipeline.DocumentAssembler;
import cn.juesuan.disclosure.pipeline.OutputFiles;
import cn.juesuan.disclosure.pipeline.Pipeline;
import cn.juesuan.disclosure.testing.Example;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example's tables exported to a workbook and read back: the same model, the same PDF. */
class WorkbookRoundTripTest {
  @TempDir
  Path dir;

  @Test
  void exportedTablesReadBackGiveTheSamePdfBytes() throws Exception {
    Files.write(dir.resolve("决算报表.xlsx"), TablesWorkbook.of(Example.disclosure()));
    Path yaml = Workbooks.yamlWithWorkbook(dir, "决算报表.xlsx");
    DisclosureLoader.Result fromWorkbook = DisclosureLoader.load(yaml);
    assertTrue(fromWorkbook.ok(), () -> fromWorkbook.findings().all().toString());
    assertEquals(Example.disclosure().tables(), fromWorkbook.disclosure().tables());

    byte[] expected = Pipeline.render(Example.analysis(), new DocumentAssembler.Options(null, false, null));
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
