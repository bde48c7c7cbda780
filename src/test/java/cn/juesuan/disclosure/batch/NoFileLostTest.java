package cn.juesuan.disclosure.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.narrative.Narrator;
import cn.juesuan.disclosure.testing.Example;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The four ways the program used to lose a user's file (issue: "Never lose a file"). Each test
 * failed on the code before the fix: the first wrote two PDFs over three departments and
 * exited 0; the second deleted docs/manual.pdf; the third deleted the good PDF of an earlier
 * run after an I/O failure; the fourth replaced a mode-444 PDF. The checks assert on the files'
 * bytes, not on messages, so they hold as root too (CI), where mode 444 does not stop a write.
 */
class NoFileLostTest {

  @Test
  void departmentsThatWouldWriteTheSamePdfAreRefusedBeforeAnythingIsRendered(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in");
    BatchFolder.put(in.resolve("b.yaml"), BatchFolder.renamed("临夏市甲局"));
    BatchFolder.put(in.resolve("b.yml"), BatchFolder.renamed("临夏市乙局"));
    BatchFolder.put(in.resolve("b.yaml.yaml"), BatchFolder.renamed("临夏市丙局"));
    Cli run = Cli.run("batch", in.toString(), "-o", dir.resolve("out").toString());
    assertEquals(1, run.exit(), run.out() + run.err());
    assertTrue(run.out().contains("b.yaml.pdf") && run.out().contains("b.yaml.yaml") && run.out().contains("同一个"), run.out());
    assertFalse(Files.exists(dir.resolve("out")) && files(dir.resolve("out")).stream().anyMatch(f -> f.endsWith(".pdf")),
        "nothing rendered");
  }

  @Test
  void aBatchIntoItsOwnInputFolderNeverDeletesTheUsersOwnPdf(@TempDir Path dir) throws IOException {
    Path docs = dir.resolve("docs");
    BatchFolder.put(docs.resolve("dept.yaml"), Example.text());
    BatchFolder.put(docs.resolve("manual.yaml"), "title: 使用手册\nchapters: 3\n");
    byte[] manual = "%PDF-1.4 the user's own manual".getBytes();
    Files.write(docs.resolve("manual.pdf"), manual);
    Cli run = Cli.run("batch", docs.toString(), "-o", docs.toString());
    assertEquals(1, run.exit(), run.out());
    assertArrayEquals(manual, Files.readAllBytes(docs.resolve("manual.pdf")), "the user's PDF is untouched");
    assertTrue(run.out().contains("不是本程序生成的") && !run.out().contains("已删除"), run.out());
    assertTrue(Files.isRegularFile(docs.resolve("dept.pdf")));
  }

  @Test
  void aYamlThatCannotBeReadNowNeverCostsTheGoodPdfOfAnEarlierRun(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in");
    Path out = dir.resolve("out");
    Files.createDirectories(in);
    Files.createDirectories(out);
    Files.write(out.resolve("gone.pdf"), BatchFolder.ourPdf());
    // found by the scan, then removed (or unmounted) before its turn came
    JobResult r = new DepartmentJob(in, out, Narrator.bundled())
        .run(new DepartmentFile(Path.of("gone.yaml"), Path.of("gone.pdf")));
    assertFalse(r.ok());
    assertEquals(JobResult.Outcome.IO, r.outcome());
    assertArrayEquals(BatchFolder.ourPdf(), Files.readAllBytes(out.resolve("gone.pdf")), "the earlier PDF is kept");
    assertTrue(String.join("\n", r.problems()).contains("文件不存在"), r.problems().toString());
  }

  @Test
  void aFullDiskNeverCostsTheGoodPdfOfAnEarlierRun(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in");
    Path out = dir.resolve("out");
    BatchFolder.put(in.resolve("a.yaml"), Example.text());
    Files.createDirectories(out);
    Files.write(out.resolve("a.pdf"), BatchFolder.ourPdf());
    DepartmentJob.Writer fullDisk = (target, pdf) -> {
      throw new IOException("No space left on device");
    };
    JobResult r = new DepartmentJob(in, out, Narrator.bundled(), fullDisk)
        .run(new DepartmentFile(Path.of("a.yaml"), Path.of("a.pdf")));
    assertEquals(JobResult.Outcome.IO, r.outcome());
    assertTrue(Files.exists(out.resolve("a.pdf")), "kept");
    String text = String.join("\n", r.problems());
    assertTrue(text.contains("磁盘已满") && text.contains("disk full") && !text.contains("IOException"), text);
  }

  @Test
  void aWriteProtectedPdfIsNeverReplaced(@TempDir Path dir) throws IOException {
    Path pdf = dir.resolve("out/临夏市总工会-2024年度部门决算.pdf");
    Files.createDirectories(pdf.getParent());
    byte[] approved = BatchFolder.ourPdf().clone();
    approved[approved.length - 2] = ' '; // the approved file differs from what would be written now
    Files.write(pdf, approved);
    Files.setPosixFilePermissions(pdf, PosixFilePermissions.fromString("r--r--r--"));
    Cli run = Cli.run("generate", Example.FILE.toString(), "-o", dir.resolve("out").toString());
    assertEquals(3, run.exit(), run.out() + run.err());
    assertArrayEquals(approved, Files.readAllBytes(pdf), "not replaced");
    assertTrue(run.err().contains("只读") && run.err().contains("write-protected") && run.err().contains(pdf.toString()), run.err());
    assertEquals(List.of(pdf), files(pdf.getParent()), "no temporary file left");
  }

  @Test
  void aPdfTheUserMadeIsNeverReplacedByGenerate(@TempDir Path dir) throws IOException {
    Path pdf = dir.resolve("report.pdf");
    byte[] theirs = "%PDF-1.7 made in Word".getBytes();
    Files.write(pdf, theirs);
    Cli run = Cli.run("generate", Example.FILE.toString(), "-o", pdf.toString());
    assertEquals(3, run.exit(), run.out() + run.err());
    assertArrayEquals(theirs, Files.readAllBytes(pdf));
    assertTrue(run.err().contains("不是本程序生成的"), run.err());
  }

  @Test
  void aPdfOfOursIsReplacedAndAWriteProtectedOneOfABrokenDepartmentIsKept(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in");
    Path out = dir.resolve("out");
    BatchFolder.put(in.resolve("good.yaml"), Example.text());
    BatchFolder.put(in.resolve("broken.yaml"), BatchFolder.identity());
    Files.createDirectories(out);
    byte[] older = BatchFolder.ourPdf().clone();
    older[older.length - 2] = ' ';
    Files.write(out.resolve("good.pdf"), older);
    Files.write(out.resolve("broken.pdf"), older);
    Files.setPosixFilePermissions(out.resolve("broken.pdf"), PosixFilePermissions.fromString("r--r--r--"));
    Cli run = Cli.run("batch", in.toString(), "-o", out.toString());
    assertEquals(1, run.exit(), run.out());
    assertArrayEquals(BatchFolder.ourPdf(), Files.readAllBytes(out.resolve("good.pdf")), "ours, writable: updated");
    assertArrayEquals(older, Files.readAllBytes(out.resolve("broken.pdf")), "write-protected: kept");
    assertTrue(run.out().contains("写保护"), run.out());
  }

  @Test
  void aPdfOfOursThatSomeoneEditedSinceIsTheirsNow(@TempDir Path dir) throws Exception {
    Path pdf = dir.resolve("out/临夏市总工会-2024年度部门决算.pdf");
    Files.createDirectories(pdf.getParent());
    // an editor's save: same /Creator, a new /ModDate (and a new second half of /ID)
    com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(BatchFolder.ourPdf());
    try (var out = Files.newOutputStream(pdf)) {
      com.lowagie.text.pdf.PdfStamper stamper = new com.lowagie.text.pdf.PdfStamper(reader, out);
      java.util.HashMap<String, String> info = new java.util.HashMap<>();
      info.put("ModDate", "D:20250701120000+08'00'");
      stamper.setInfoDictionary(info);
      stamper.close();
    }
    byte[] edited = Files.readAllBytes(pdf);
    assertTrue(cn.juesuan.disclosure.pipeline.OutputFiles.writtenByUs(writeOurs(dir.resolve("ours.pdf"))), "ours as written");
    assertFalse(cn.juesuan.disclosure.pipeline.OutputFiles.writtenByUs(pdf));
    Cli run = Cli.run("generate", Example.FILE.toString(), "-o", pdf.getParent().toString());
    assertEquals(3, run.exit(), run.out() + run.err());
    assertArrayEquals(edited, Files.readAllBytes(pdf));
  }

  private static Path writeOurs(Path file) throws IOException {
    Files.write(file, BatchFolder.ourPdf());
    return file;
  }

  static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
