package cn.juesuan.disclosure.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.testing.Cli;
import cn.juesuan.disclosure.testing.Example;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file copied to start another department whose name was not changed: two PDFs would carry
 * one department's name. Neither is published, both are named, the rest of the batch goes on.
 */
class SameDepartmentTest {

  @Test
  void twoFilesOfOneDepartmentAndYearGetNoPdfAndNameEachOther(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in");
    BatchFolder.put(in.resolve("zonggonghui.yaml"), Example.text());
    BatchFolder.put(in.resolve("jiaoyuju/jiaoyuju.yaml"), Example.text()); // copied, name not changed
    BatchFolder.put(in.resolve("fulian.yaml"), BatchFolder.renamed("临夏市妇联"));
    Path out = dir.resolve("out");

    Cli cli = Cli.run("batch", in.toString(), "-o", out.toString(), "--jobs", "2");

    assertEquals(1, cli.exitCode(), cli.all());
    assertTrue(Files.exists(out.resolve("fulian.pdf")), "the other departments go on");
    assertFalse(Files.exists(out.resolve("zonggonghui.pdf")), cli.all());
    assertFalse(Files.exists(out.resolve("jiaoyuju/jiaoyuju.pdf")), cli.all());
    assertTrue(cli.out().contains("zonggonghui.yaml: 错误/error [batch.same-department] 部门“临夏市总工会” 2024 年度也在 "
        + "jiaoyuju/jiaoyuju.yaml 中"), cli.all());
    assertTrue(cli.out().contains("jiaoyuju/jiaoyuju.yaml: 错误/error [batch.same-department] 部门“临夏市总工会” 2024 年度也在 "
        + "zonggonghui.yaml 中"), cli.all());
    assertTrue(cli.out().contains("(the department 临夏市总工会, 2024, is also in zonggonghui.yaml"), cli.all());
    String csv = Files.readString(out.resolve("summary.csv"), StandardCharsets.UTF_8);
    assertTrue(csv.contains("\nzonggonghui.yaml,临夏市总工会,2024,failed,1,"), csv);
    assertTrue(csv.contains("\njiaoyuju/jiaoyuju.yaml,临夏市总工会,2024,failed,1,"), csv);
    assertTrue(csv.contains("\nfulian.yaml,临夏市妇联,2024,ok,0,"), csv);
  }

  @Test
  void aBrokenCopyBesideTheGoodFileIsListedWithItsOwnErrorsOnly(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in");
    BatchFolder.put(in.resolve("zonggonghui.yaml"), Example.text());
    BatchFolder.put(in.resolve("old/zonggonghui.yaml"), BatchFolder.identity()); // no PDF: an identity fails
    Path out = dir.resolve("out");

    Cli cli = Cli.run("batch", in.toString(), "-o", out.toString(), "--jobs", "2");

    assertEquals(1, cli.exitCode(), cli.all());
    assertFalse(cli.out().contains("batch.same-department"), cli.all());
    assertTrue(Files.exists(out.resolve("zonggonghui.pdf")), cli.all());
  }

  @Test
  void theSameDepartmentInTwoYearsIsNoMistake(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in");
    BatchFolder.put(in.resolve("2024/zonggonghui.yaml"), Example.text());
    BatchFolder.put(in.resolve("2023/zonggonghui.yaml"), Example.text()
        .replace("  year: 2024", "  year: 2023").replace("date: 2025-09-30", "date: 2024-09-30"));
    Path out = dir.resolve("out");

    Cli cli = Cli.run("batch", in.toString(), "-o", out.toString(), "--jobs", "2");

    assertFalse(cli.out().contains("batch.same-department"), cli.all());
    assertTrue(Files.exists(out.resolve("2024/zonggonghui.pdf")), cli.all());
  }
}
