package cn.juesuan.disclosure.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.testing.AcceptedExample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 出错说明 end to end: the file with an accepted deviation generates and says how many findings it
 * accepted; the same file without the acceptance does not; the draft lists the acceptance with
 * its reason; a batch counts it in its table and summary.csv.
 */
class AcceptedDeviationTest {
  private static final String PDF = "临夏市总工会-2024年度部门决算.pdf";

  private static Path write(Path dir, String name, String yaml) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void theAcceptedDeviationGeneratesAndTheSameFileWithoutItDoesNot(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("out");
    Cli refused = Cli.run("generate", write(tmp, "deviating.yaml", AcceptedExample.deviating()).toString(),
        "-o", out.toString());
    assertEquals(1, refused.exit(), refused.out() + refused.err());
    assertTrue(refused.out().contains("错误/error [T06b]"), refused.out());
    assertFalse(Files.exists(out.resolve(PDF)));

    Cli done = Cli.run("generate", write(tmp, "accepted.yaml", AcceptedExample.accepted()).toString(),
        "-o", out.toString());
    assertEquals(0, done.exit(), done.out() + done.err());
    assertTrue(done.out().contains("已说明/accepted [T06b]") && done.out().contains(AcceptedExample.REASON), done.out());
    assertTrue(done.out().contains("0 个错误 errors") && done.out().contains("1 个已说明 accepted"), done.out());
    // the final PDF prints the figures as given, and no finding
    String text = DraftPages.squeeze(String.join("", DraftPages.text(Files.readAllBytes(out.resolve(PDF)))));
    assertTrue(text.contains("30299其他商品和服务支出334.41"), "30299 as printed");
    assertFalse(text.contains(AcceptedExample.REASON), "the reason is for the reviewer, not the public");
  }

  @Test
  void theDraftListsTheAcceptanceAndItsReason(@TempDir Path tmp) throws IOException {
    Cli run = Cli.run("preview", write(tmp, "accepted.yaml", AcceptedExample.accepted()).toString(),
        "-o", tmp.resolve("draft.pdf").toString());
    assertEquals(0, run.exit(), run.out() + run.err());
    List<String> pages = DraftPages.text(Files.readAllBytes(tmp.resolve("draft.pdf")));
    String first = DraftPages.squeeze(pages.get(0) + pages.get(1));
    assertTrue(first.contains("错误0个") && first.contains("已说明1个"), first);
    assertTrue(first.contains("已说明/accepted[T06b]"), first);
    assertTrue(first.contains(DraftPages.squeeze(AcceptedExample.REASON)), first);
  }

  @Test
  void theBatchCountsAcceptedFindings(@TempDir Path tmp) throws IOException {
    Path in = tmp.resolve("in");
    write(in, "accepted.yaml", AcceptedExample.accepted());
    write(in, "deviating.yaml", AcceptedExample.deviating());
    Cli run = Cli.run("batch", in.toString(), "-o", tmp.resolve("out").toString(), "--jobs", "1");
    assertEquals(1, run.exit(), "one department fails: " + run.out());
    assertTrue(run.out().contains("已说明"), run.out());
    List<String> csv = Files.readAllLines(tmp.resolve("out/summary.csv"), StandardCharsets.UTF_8);
    int column = List.of(csv.get(0).split(",")).indexOf("accepted");
    assertEquals("1", csv.get(1).split(",")[column], csv.get(1));
    assertEquals("ok", csv.get(1).split(",")[3]);
    assertEquals("failed", csv.get(2).split(",")[3], csv.get(2));
    assertEquals("0", csv.get(2).split(",")[column]);
  }
}
