package cn.juesuan.disclosure.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

/** One mapping from a file-system failure to words, in both languages, without class names. */
class IoFailureTest {

  @Test
  void theSystemsReasonsBecomeWords() {
    assertEquals(new IoFailure("磁盘已满", "disk full"), IoFailure.of(new IOException("No space left on device")));
    assertEquals(new IoFailure("磁盘已满", "disk full"),
        IoFailure.of(new FileSystemException("/out/a.pdf", null, "No space left on device")));
    assertEquals("只读文件系统", IoFailure.of(new FileSystemException("/out", null, "Read-only file system")).zh());
    assertEquals("文件名过长", IoFailure.of(new FileSystemException("/out/x", null, "File name too long")).zh());
    assertEquals("超出磁盘配额", IoFailure.of(new IOException("Disk quota exceeded")).zh());
    assertEquals("没有权限", IoFailure.of(new AccessDeniedException("/out/a.pdf")).zh());
    assertEquals("文件不存在", IoFailure.of(new NoSuchFileException("/in/a.yaml")).zh());
    assertEquals("not found", IoFailure.of(new UncheckedIOException(new NoSuchFileException("/in/a.yaml"))).en());
    assertEquals("不是文件夹", IoFailure.of(new NotDirectoryException("/out")).zh());
    assertTrue(IoFailure.of(new InvalidPathException("临夏", "Malformed input")).zh().contains("区域设置"));
  }

  @Test
  void describeNamesThePathAndTheCauseInBothLanguages() {
    String s = IoFailure.describe("无法写入", "cannot write", "/out/a.pdf", new IOException("No space left on device"));
    assertEquals("无法写入 /out/a.pdf：磁盘已满 (cannot write /out/a.pdf: disk full)", s);
    assertFalse(IoFailure.describe("x", "x", "p", new IOException("weird")).contains("IOException"));
  }

  @Test
  void aFailureWithoutItsFileGetsTheFileNamed() {
    IoFailure.Explained x = IoFailure.Explained.of("无法写入", "cannot write", "/out/a.pdf", new IOException("No space left on device"));
    assertEquals("无法写入 /out/a.pdf：磁盘已满 (cannot write /out/a.pdf: disk full)", x.getMessage());
    assertEquals(x, IoFailure.Explained.of("无法写入", "cannot write", "/elsewhere", x), "explained once");
  }

  @Test
  void anExplainedFailureKeepsItsOwnWords() {
    IoFailure f = IoFailure.of(new IoFailure.Explained("不覆盖", "not replaced"));
    assertEquals(new IoFailure("不覆盖", "not replaced"), f);
    assertTrue(IoFailure.isIo(new IoFailure.Explained("a", "b")));
    assertFalse(IoFailure.isIo(new IllegalStateException()));
  }
}
