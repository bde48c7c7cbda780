package cn.juesuan.disclosure.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.diag.IoFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write rule: temporary file beside the target, never replace what is not ours or protected. */
class OutputFilesTest {
  private static final String HEADER = "file,department";

  @Test
  void aNewFileIsWrittenWholeAndReadableByAll(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("a/summary.csv");
    OutputFiles.writeText(target, HEADER + "\r\nx,y\r\n", HEADER);
    assertEquals(HEADER + "\r\nx,y\r\n", Files.readString(target));
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    assertEquals(List.of(target), files(dir), "no temporary file left");
  }

  @Test
  void ourFileIsReplacedAUsersFileIsNot(@TempDir Path dir) throws IOException {
    Path ours = dir.resolve("summary.csv");
    OutputFiles.writeText(ours, HEADER + "\r\n1\r\n", HEADER);
    OutputFiles.writeText(ours, HEADER + "\r\n2\r\n", HEADER);
    assertTrue(Files.readString(ours).endsWith("2\r\n"));
    Path theirs = Files.writeString(dir.resolve("notes.csv"), "my notes");
    IoFailure.Explained r = assertThrows(IoFailure.Explained.class, () -> OutputFiles.writeText(theirs, HEADER + "\r\n", HEADER));
    assertTrue(r.getMessage().contains("不是本程序生成的") && r.getMessage().contains(theirs.toString()), r.getMessage());
    assertEquals("my notes", Files.readString(theirs));
  }

  @Test
  void aWriteProtectedFileOfOursIsNotReplacedEvenByRoot(@TempDir Path dir) throws IOException {
    Path ours = dir.resolve("summary.csv");
    OutputFiles.writeText(ours, HEADER + "\r\n1\r\n", HEADER);
    Files.setPosixFilePermissions(ours, PosixFilePermissions.fromString("r--r--r--"));
    assertFalse(OutputFiles.mayWrite(ours), "the mode bits decide, whoever runs the program");
    assertThrows(IoFailure.Explained.class, () -> OutputFiles.writeText(ours, HEADER + "\r\n2\r\n", HEADER));
    assertTrue(Files.readString(ours).endsWith("1\r\n"));
  }

  @Test
  void aSymbolicLinkOrAFolderAtTheTargetIsRefused(@TempDir Path dir) throws IOException {
    Path elsewhere = Files.writeString(dir.resolve("elsewhere.csv"), HEADER + "\r\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), elsewhere);
    assertThrows(IoFailure.Explained.class, () -> OutputFiles.writeText(link, HEADER + "\r\nnew\r\n", HEADER));
    Path folder = Files.createDirectories(dir.resolve("folder.csv"));
    assertThrows(IoFailure.Explained.class, () -> OutputFiles.writeText(folder, HEADER + "\r\n", HEADER));
    assertEquals(HEADER + "\r\n", Files.readString(elsewhere));
  }

  @Test
  void temporaryNamesFitAFileNameWhateverTheTarget() {
    String longest = "临".repeat(77) + "-2024年度部门决算.pdf"; // 254 bytes
    String tmp = OutputFiles.temporaryName(longest);
    assertTrue(tmp.getBytes(StandardCharsets.UTF_8).length <= 255, tmp);
    assertTrue(tmp.startsWith(".临") && tmp.endsWith(".part"), tmp);
  }

  @Test
  void onlyTemporaryFilesOfProcessesThatAreGoneAreRemoved(@TempDir Path dir) throws IOException {
    String mine = OutputFiles.temporaryName("a.pdf");
    String host = mine.substring(mine.indexOf(".pdf.") + 5, mine.indexOf('-'));
    Path running = Files.writeString(dir.resolve(mine), "in flight");
    Path dead = Files.writeString(dir.resolve(".b.pdf." + host + "-" + deadPid() + "-1.part"), "left by kill -9");
    Path otherHost = Files.writeString(dir.resolve(".c.pdf.0badc0de-1-1.part"), "another machine's, fresh");
    Path legacy = Files.writeString(dir.resolve(".d.pdf.123456789.part"), "an earlier version's");
    Path user = Files.writeString(dir.resolve("notes.part"), "the user's");
    List<Path> removed = OutputFiles.removeStaleTemporaryFiles(dir, false);
    assertEquals(List.of(dead, legacy).stream().sorted().toList(), removed.stream().sorted().toList());
    assertTrue(Files.exists(running) && Files.exists(otherHost) && Files.exists(user));
  }

  /** A pid no process has (pids stay below 2^22 on Linux). */
  private static long deadPid() {
    long pid = 4_194_000;
    while (ProcessHandle.of(pid).isPresent()) {
      pid++;
    }
    return pid;
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
