package cn.juesuan.disclosure.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryCsvTest {

  @Test
  void fieldsAreQuotedOnlyWhenTheyMustBe() {
    assertEquals("临夏市总工会", SummaryCsv.field("临夏市总工会"));
    assertEquals("\"a,b\"", SummaryCsv.field("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", SummaryCsv.field("say \"hi\""));
    assertEquals("\"two\nlines\"", SummaryCsv.field("two\nlines"));
    assertEquals("\" padded \"", SummaryCsv.field(" padded "));
    assertEquals("", SummaryCsv.field(""));
  }

  @Test
  void aCellASpreadsheetWouldRunAsAFormulaIsNeutralised() {
    for (String formula : List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1")) {
      String cell = SummaryCsv.field(formula);
      String unquoted = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
      assertEquals("'" + formula, unquoted, formula);
    }
    assertEquals("\"'=1,2\"", SummaryCsv.field("=1,2"), "still valid CSV: quoted when it holds a comma");
    assertEquals("临夏市=总工会", SummaryCsv.field("临夏市=总工会"), "only the first character matters");
    assertEquals("2024", SummaryCsv.field("2024"));
  }

  @Test
  void skippedEntriesGetARowOfTheirOwn() {
    String csv = SummaryCsv.render(List.of(), List.of(new DepartmentFiles.Skipped(Path.of("x.yaml"), "是文件夹", "a folder")));
    assertEquals("x.yaml,,,skipped,0,0,0,0,0,0", csv.lines().toList().get(1));
  }

  @Test
  void oneCrlfLinePerDepartment() {
    DepartmentFile file = new DepartmentFile(Path.of("a/b,c.yaml"), Path.of("a/b,c.pdf"));
    String csv = SummaryCsv.render(List.of(
        new JobResult(file, "某局", 2024, JobResult.Outcome.OK, 0, 2, 1, 3, 33, 245633, 812, List.of()),
        new JobResult(file, "", 0, JobResult.Outcome.ERRORS, 1, 0, 0, 0, 0, 0, 5, List.of("x"))));
    assertEquals("file,department,year,status,errors,warnings,pins,accepted,pages,bytes,milliseconds\r\n"
        + "\"a/b,c.yaml\",某局,2024,ok,0,2,1,3,33,245633,812\r\n"
        + "\"a/b,c.yaml\",,,failed,1,0,0,0,0,0,5\r\n", csv);
  }
}
