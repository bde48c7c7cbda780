package cn.juesuan.disclosure.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.testing.Cli;
import cn.juesuan.disclosure.testing.Example;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit codes the README documents: 0 ok, 1 errors found, 2 usage, 3 file or system, 4 internal. */
class ExitCodesTest {

  @Test
  void eachKindOfEndHasItsOwnCode(@TempDir Path dir) throws IOException {
    assertEquals(ExitCode.OK, Cli.run("validate", Example.FILE.toString()).exitCode());
    Path broken = Files.writeString(dir.resolve("broken.yaml"), "schema: 1\n");
    assertEquals(ExitCode.ERRORS_FOUND, Cli.run("validate", broken.toString()).exitCode());
    assertEquals(ExitCode.USAGE, Cli.run("validate").exitCode());
    assertEquals(ExitCode.USAGE, Cli.run("frobnicate").exitCode());
    assertEquals(ExitCode.IO, Cli.run("validate", dir.resolve("missing.yaml").toString()).exitCode());
  }

  @Test
  void theReadmeDocumentsEveryCode() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    for (int code : new int[] {ExitCode.OK, ExitCode.ERRORS_FOUND, ExitCode.USAGE, ExitCode.IO, ExitCode.INTERNAL,
        ExitCode.INTERRUPTED}) {
      assertTrue(readme.contains("| " + code + " |"), "README lacks exit code " + code);
    }
  }

  @Test
  void aDefectIsAnInternalErrorInWordsWithoutAClassName() {
    StringWriter err = new StringWriter();
    int code = Main.failure(new PrintWriter(err, true), new IllegalStateException("grid row 3 has 5 cells"));
    assertEquals(ExitCode.INTERNAL, code);
    assertTrue(err.toString().contains("内部错误 / internal error") && err.toString().contains("grid row 3 has 5 cells"), err.toString());
    assertFalse(err.toString().contains("IllegalStateException") || err.toString().contains("\tat "), err.toString());
  }

  @Test
  void aFileSystemFailureNamesThePathAndTheCause() {
    StringWriter err = new StringWriter();
    int code = Main.failure(new PrintWriter(err, true), new FileSystemException("/srv/out/a.pdf", null, "Read-only file system"));
    assertEquals(ExitCode.IO, code);
    assertEquals("文件读写错误 / file error: /srv/out/a.pdf：只读文件系统 (/srv/out/a.pdf: read-only file system)",
        err.toString().strip());
  }

  @Test
  void theBatchTakesTheWorstOutcome() {
    var ok = result(cn.juesuan.disclosure.batch.JobResult.Outcome.OK);
    var errors = result(cn.juesuan.disclosure.batch.JobResult.Outcome.ERRORS);
    var io = result(cn.juesuan.disclosure.batch.JobResult.Outcome.IO);
    var internal = result(cn.juesuan.disclosure.batch.JobResult.Outcome.INTERNAL);
    assertEquals(0, BatchCommand.exitCode(java.util.List.of(ok, ok)));
    assertEquals(1, BatchCommand.exitCode(java.util.List.of(ok, errors)));
    assertEquals(3, BatchCommand.exitCode(java.util.List.of(errors, io)));
    assertEquals(4, BatchCommand.exitCode(java.util.List.of(io, internal, errors)));
  }

  private static cn.juesuan.disclosure.batch.JobResult result(cn.juesuan.disclosure.batch.JobResult.Outcome o) {
    var file = new cn.juesuan.disclosure.batch.DepartmentFile(Path.of("a.yaml"), Path.of("a.pdf"));
    return new cn.juesuan.disclosure.batch.JobResult(file, "", 0, o, 0, 0, 0, 0, 0, 0, 0, java.util.List.of());
  }
}
