package cn.juesuan.disclosure.layout;

import static cn.juesuan.disclosure.layout.SampleDocs.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.document.Block;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

  /** Physical pages of the sample: cover, 目录, then the body numbered from 1. */
  private static final int COVER = 0;
  private static final int TOC = 1;
  private static final int FIRST_BODY = 2;

  private static byte[] bytes;
  private static PdfText pdf;

  @BeforeAll
  static void renderOnce() {
    bytes = PdfRenderer.render(SampleDocs.sample());
    pdf = new PdfText(bytes);
  }

  @AfterAll
  static void close() throws Exception {
    pdf.close();
  }

  @Test
  void textComesBackInReadingOrder() {
    String text = PdfText.squeeze(pdf.all());
    List<String> expected = List.of("临夏市总工会", "2024年度部门决算", "目录", PART1, H_DUTIES,
        "临夏市总工会是隶属市委", "（一）根据党的路线", H_ORG, "1.机关内设机构", PART2,
        "四、财政拨款收入支出决算总表", "公开04表", "第1行支出项目", "第40行支出项目", "注：1.本表反映",
        "九、财政拨款“三公”经费支出决算表", "决算数", PART3.replace(" ", ""), H_TOTAL,
        "（第6段）", H_INCOME, "附件2：", "部门整体支出绩效自评表", "4787873.97", "95.81");
    int at = -1;
    for (String s : expected) {
      int next = text.indexOf(PdfText.squeeze(s), at + 1);
      assertTrue(next > at, "'" + s + "' missing or out of order");
      at = next;
    }
  }

  @Test
  void noLineStartsWithAClosingMarkOrEndsWithAnOpeningMark() {
    List<String> bad = new ArrayList<>();
    for (int p = 0; p < pdf.pages.size(); p++) {
      for (String line : pdf.lines(p)) {
        if (CjkLineBreakerTest.violations(List.of(line)) > 0) {
          bad.add("page " + (p + 1) + ": " + line);
        }
      }
    }
    assertEquals(List.of(), bad);
    // and the edge-case paragraphs did wrap where the rule had to act
    List<String> body = pdf.lines(FIRST_BODY);
    // "，" would have been the 26th character: "位" moved down with it
    assertTrue(body.contains("临夏市总工会是隶属市委由市财政局全额拨款的参公单"), body.toString());
    assertTrue(body.stream().anyMatch(l -> l.startsWith("《中华人民共和国工会法》")), body.toString());
    assertTrue(body.stream().anyMatch(l -> l.startsWith("程。”活动覆盖")), body.toString());
  }

  @Test
  void aFullBodyLineHolds27Ideographs() {
    List<String> body = pdf.lines(FIRST_BODY);
    int i = body.indexOf("临夏市总工会是隶属市委由市财政局全额拨款的参公单");
    assertEquals(27, body.get(i + 1).length(), body.get(i + 1));
  }

  @Test
  void tocListsPartsAndBookmarkedHeadingsWithTheirBodyPageNumbers() {
    Map<String, Integer> toc = new LinkedHashMap<>();
    Pattern entry = Pattern.compile("^(.*\\S) (\\d+)$");
    for (String line : pdf.lines(TOC)) {
      Matcher m = entry.matcher(line);
      if (m.matches()) {
        toc.put(m.group(1), Integer.parseInt(m.group(2)));
      }
    }
    // table titles are entries too (under their part)
    List<String> titles = List.of(PART1, H_DUTIES, H_ORG, PART2, T_FISCAL, T_THREE_PUBLIC, PART3, H_TOTAL,
        H_INCOME, T_SELF_ASSESSMENT);
    assertEquals(titles, List.copyOf(toc.keySet()));
    for (String title : titles) {
      int physical = pdf.pageOf(title, FIRST_BODY);
      assertEquals(physical - FIRST_BODY + 1, toc.get(title), "目录 page of " + title);
    }
    // the sample puts part 2 and part 3 on new pages, part 3's second heading further on
    assertTrue(toc.get(PART3) > toc.get(PART2) + 1, toc.toString());
  }

  @Test
  void footerNumbersTheBodyFromOneAndTheTocInRomanButNotTheCover() {
    assertFalse(pdf.pages.get(COVER).contains("—"));
    assertTrue(pdf.lines(TOC).contains("— I —"), pdf.lines(TOC).toString());
    for (int p = FIRST_BODY; p < pdf.pages.size(); p++) {
      List<String> lines = pdf.lines(p);
      assertEquals("— " + (p - FIRST_BODY + 1) + " —", lines.get(lines.size() - 1));
    }
  }

  @Test
  void bookmarksNestHeadingsUnderTheirPartAndPointAtTheirPages() throws Exception {
    var outline = pdf.pdf.getDocumentCatalog().getDocumentOutline();
    assertNotNull(outline);
    Map<String, List<String>> tree = new LinkedHashMap<>();
    for (PDOutlineItem part : outline.children()) {
      List<String> kids = new ArrayList<>();
      part.children().forEach(k -> kids.add(k.getTitle()));
      tree.put(part.getTitle(), kids);
      PDPage target = part.findDestinationPage(pdf.pdf);
      assertEquals(pdf.pageOf(part.getTitle(), FIRST_BODY), pdf.pdf.getPages().indexOf(target),
          "bookmark target of " + part.getTitle());
    }
    assertEquals(Map.of(PART1, List.of(H_DUTIES, H_ORG), PART2, List.of(T_FISCAL, T_THREE_PUBLIC),
        PART3, List.of(H_TOTAL, H_INCOME, T_SELF_ASSESSMENT)), tree);
  }

  @Test
  void fontsAreEmbeddedSubsetsOfTheTwoBundledFaces() throws Exception {
    List<String> names = new ArrayList<>();
    for (PDPage page : pdf.pdf.getPages()) {
      PDResources resources = page.getResources();
      for (COSName name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        PDType0Font type0 = assertInstanceOf(PDType0Font.class, font, font.getName());
        assertNotNull(type0.getDescendantFont().getFontDescriptor().getFontFile2(),
            font.getName() + " not embedded");
        assertTrue(font.getName().matches("[A-Z]{6}\\+NotoS(erif|ans)SC-Regular"), font.getName());
        if (!names.contains(font.getName())) {
          names.add(font.getName());
        }
      }
    }
    assertEquals(2, names.size(), names.toString());
  }

  private static final String T_FISCAL = "四、财政拨款收入支出决算总表";
  private static final String T_THREE_PUBLIC = "九、财政拨款“三公”经费支出决算表";
  private static final String T_SELF_ASSESSMENT = "部门整体支出绩效自评表";

  @Test
  void tableHeaderIsRepeatedWhenTheTableRunsOntoTheNextPage() {
    int first = pdf.pageOf("第1行支出项目", FIRST_BODY);
    int last = pdf.pageOf("第40行支出项目", FIRST_BODY);
    assertTrue(last > first, "table should span pages");
    for (int p = first; p <= last; p++) {
      String page = PdfText.squeeze(pdf.pages.get(p));
      assertTrue(page.contains("收入") && page.contains("支出") && page.contains("行次"),
          "header missing on page " + (p + 1));
      assertTrue(page.contains("栏次"), "栏次 row missing on page " + (p + 1));
    }
    // the frame (title, unit line) is printed once above the grid, not repeated (plus its 目录 entry)
    assertEquals(2, count(pdf.all(), T_FISCAL));
  }

  @Test
  void metadataLanguageDatesAndIdComeFromTheInput() throws Exception {
    var info = pdf.pdf.getDocumentInformation();
    assertEquals("临夏市总工会2024年度部门决算", info.getTitle());
    assertEquals("临夏市总工会", info.getAuthor());
    assertEquals("2024年度部门决算公开", info.getSubject());
    assertEquals("部门决算,2024,临夏市总工会", info.getKeywords());
    assertEquals(DocumentInfo.CREATOR, info.getCreator());
    assertEquals(DocumentInfo.PRODUCER, info.getProducer());
    assertEquals(DATE.toInstant(), info.getCreationDate().toInstant());
    assertEquals(DATE.toInstant(), info.getModificationDate().toInstant());
    assertEquals("zh-CN", pdf.pdf.getDocumentCatalog().getLanguage());
    COSArray id = pdf.pdf.getDocument().getDocumentID();
    byte[] expected = MessageDigest.getInstance("MD5").digest(FILE_ID);
    assertEquals(HexFormat.of().formatHex(expected),
        HexFormat.of().formatHex(((COSString) id.get(0)).getBytes()));
    assertEquals(List.of("封面", "I", "1", "2"),
        List.of(pdf.pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()).subList(0, 4));
  }

  @Test
  void sameDocGivesTheSameBytesAgainAndFromOtherThreads() throws Exception {
    assertArrayEquals(bytes, PdfRenderer.render(SampleDocs.sample()));
    // two threads at once force two font instances from the pool
    List<byte[]> results = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      threads.add(new Thread(() -> results.add(PdfRenderer.render(SampleDocs.sample()))));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(2, results.size());
    for (byte[] other : results) {
      assertArrayEquals(bytes, other);
    }
  }

  @Test
  void anotherFileIdChangesTheIdAndSubsetTagsOnly() {
    Block.Doc doc = SampleDocs.sample();
    Block.Metadata m = doc.metadata();
    Block.Doc other = new Block.Doc(new Block.Metadata(m.title(), m.author(), m.subject(),
        m.keywords(), m.language(), m.date(), "another".getBytes(), m.watermark(),
        m.draftNotice()), doc.cover(), doc.blocks());
    byte[] otherBytes = PdfRenderer.render(other);
    assertFalse(java.util.Arrays.equals(bytes, otherBytes));
    try (PdfText otherText = new PdfText(otherBytes)) {
      assertEquals(pdf.pages, otherText.pages);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static int count(String text, String s) {
    int n = 0;
    for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
      n++;
    }
    return n;
  }
}
