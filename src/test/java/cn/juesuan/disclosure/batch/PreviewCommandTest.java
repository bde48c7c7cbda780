package cn.juesuan.disclosure.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.layout.FontSet;
import cn.juesuan.disclosure.layout.PdfRenderer;
import cn.juesuan.disclosure.pipeline.DrawableText;
import cn.juesuan.disclosure.narrative.Narrator;
import cn.juesuan.disclosure.pipeline.DocumentAssembler;
import cn.juesuan.disclosure.pipeline.Pipeline;
import cn.juesuan.disclosure.testing.Example;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewCommandTest {
  @TempDir
  static Path tmp;
  static Cli run;
  static byte[] draft;

  @BeforeAll
  static void previewTheExample() throws IOException {
    run = Cli.run("preview", Example.FILE.toString(), "-o", tmp.toString());
    draft = Files.readAllBytes(tmp.resolve("临夏市总工会-2024年度部门决算-草稿.pdf"));
  }

  @Test
  void theFirstPagesListTheFindingsWithThePin() throws IOException {
    assertEquals(0, run.exit(), run.out() + run.err());
    List<String> pages = DraftPages.text(draft);
    String first = DraftPages.squeeze(pages.get(0));
    assertTrue(first.contains("草稿") && first.contains("生成时间"), first);
    assertTrue(first.contains("锁定值1个"), first);
    // the findings may run onto a second page: read every page before the cover
    String findings = DraftPages.squeeze(String.join("", pages.subList(0, findingsPages())));
    assertTrue(findings.contains("[pin.execution-rate]") && findings.contains("96.04") && findings.contains("96.05"),
        "the pin with its computed and printed values: " + findings);
  }

  @Test
  void everyPageCarriesTheDraftMark() throws IOException {
    List<Integer> marked = DraftPages.lightGreyPixels(draft);
    List<Integer> plain = DraftPages.lightGreyPixels(finalPdf());
    int notice = findingsPages();
    assertTrue(notice >= 1, "the findings come first");
    for (int p = 0; p < notice; p++) {
      assertTrue(marked.get(p) > 300, "findings page " + (p + 1) + ": " + marked.get(p));
    }
    for (int p = 0; p < plain.size(); p++) {
      // the same page of the final document, plus the large grey 草稿 outlines
      assertTrue(marked.get(p + notice) - plain.get(p) > 300,
          "page " + (p + notice + 1) + ": " + marked.get(p + notice) + " grey pixels vs " + plain.get(p) + " in the final");
    }
  }

  /** The draft is the final document with the findings pages in front. */
  private static int findingsPages() throws IOException {
    return DraftPages.text(draft).size() - DraftPages.text(finalPdf()).size();
  }

  private static byte[] finalPdf() {
    return PdfRenderer.render(DocumentAssembler.assemble(Pipeline.analyse(Example.FILE), 
        DocumentAssembler.Options.FINAL));
  }

  @Test
  void aDraftIsWrittenEvenWithErrorsWhichHeadItsFirstPage(@TempDir Path dir) throws IOException {
    Path yaml = dir.resolve("glyph.yaml");
    BatchFolder.put(yaml, Example.mutated("uses: 办公费、工会经费", "uses: 办公费" + BatchFolder.UNDRAWABLE + "、工会经费"));
    assertFalse(FontSet.canDraw(0x10FFFD), "the test needs a character the fonts lack");
    Cli withErrors = Cli.run("preview", yaml.toString(), "-o", dir.resolve("draft.pdf").toString());
    assertEquals(1, withErrors.exit(), "errors found");
    List<String> pages = DraftPages.text(Files.readAllBytes(dir.resolve("draft.pdf")));
    String first = DraftPages.squeeze(pages.get(0));
    assertTrue(first.contains("G01") && first.contains("U+10FFFD") && first.contains("错误1个"), first);
    assertTrue(String.join("", pages).contains(DrawableText.MISSING), "the character is marked where it stood");
  }

  @Test
  void anEmojiInAnAttachmentTitleIsMarkedInTheDraftNotAnInternalError(@TempDir Path dir) throws IOException {
    // The 附件 label and title once escaped the draft's rewriting of undrawable characters.
    Path yaml = dir.resolve("emoji.yaml");
    BatchFolder.put(yaml, Example.mutated("title: 部门整体支出绩效自评报告,", "title: 部门整体支出绩效自评报告\uD83D\uDE00,"));
    assertFalse(FontSet.canDraw(0x1F600), "the test needs a character the fonts lack");
    Cli withErrors = Cli.run("preview", yaml.toString(), "-o", dir.resolve("draft.pdf").toString());
    assertEquals(1, withErrors.exit(), withErrors.out() + withErrors.err());
    assertFalse((withErrors.out() + withErrors.err()).contains("internal"), withErrors.out() + withErrors.err());
    List<String> pages = DraftPages.text(Files.readAllBytes(dir.resolve("draft.pdf")));
    String first = DraftPages.squeeze(pages.get(0));
    assertTrue(first.contains("G01") && first.contains("U+1F600"), first);
    assertTrue(DraftPages.squeeze(String.join("", pages)).contains("部门整体支出绩效自评报告" + DrawableText.MISSING),
        "the 附件 title is printed with the mark where the emoji stood");
  }

  @Test
  void aFileThatCannotBeLoadedGivesNoDraft(@TempDir Path dir) throws IOException {
    Path yaml = dir.resolve("malformed.yaml");
    BatchFolder.put(yaml, "department: [\n");
    Cli broken = Cli.run("preview", yaml.toString(), "-o", dir.resolve("out").toString());
    assertEquals(1, broken.exit());
    assertTrue(broken.out().contains("[load.syntax]"), broken.out());
    assertTrue(broken.err().contains("未生成草稿"), broken.err());
    assertFalse(Files.exists(dir.resolve("out")) && hasFiles(dir.resolve("out")), "no PDF");
  }

  private static boolean hasFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.anyMatch(Files::isRegularFile);
    }
  }
}
