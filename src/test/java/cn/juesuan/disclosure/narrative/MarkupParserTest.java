package cn.juesuan.disclosure.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.juesuan.disclosure.document.Block;
import cn.juesuan.disclosure.document.TableSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The templates' line markup → layout blocks. */
class MarkupParserTest {

  @Test
  void markersBecomeBlocksAndUnmarkedLinesContinueTheParagraph() {
    List<Block> blocks = MarkupParser.parse("""
        @part 第一部分 部门概况
        @h1 一、部门职责
        @p 临夏市总工会是
        参公单位。

        @np 附件：1、自评报告
        @attachment 附件 1：|部门整体支出绩效自评报告|续
        @newpage
        """, Map.of());
    assertEquals(List.of(
        new Block.PartTitle("第一部分 部门概况", false),
        new Block.Heading(1, "一、部门职责", Block.Listing.CONTENTS),
        new Block.Paragraph("临夏市总工会是参公单位。", true, Block.Align.JUSTIFIED),
        new Block.Paragraph("附件：1、自评报告", false, Block.Align.JUSTIFIED),
        new Block.AttachmentLabel("附件 1：", "部门整体支出绩效自评报告|续"),
        new Block.PageBreak()), blocks);
  }

  @Test
  void aSuffixSaysWhereAHeadingOrTableIsListed() {
    TableSpec form = new TableSpec("一、收入支出决算总表", "", null, new float[] {1}, List.of(), List.of(),
        List.of(), 9f);
    List<Block> blocks = MarkupParser.parse("""
        @h1 一、部门职责
        @h1~ 一、收入支出决算总体情况说明
        @h1- 一、部门概况
        @h1 十一、其他重要事项的情况说明|十一、其他重要事项说明
        @table gk01
        @table~ gk01
        @table- gk01
        """, Map.of("gk01", form));
    assertEquals(List.of(
        new Block.Heading(1, "一、部门职责", Block.Listing.CONTENTS),
        new Block.Heading(1, "一、收入支出决算总体情况说明", Block.Listing.OUTLINE),
        new Block.Heading(1, "一、部门概况", Block.Listing.NONE),
        new Block.Heading(1, "十一、其他重要事项的情况说明", Block.Listing.CONTENTS, "十一、其他重要事项说明"),
        new Block.Table(form, Block.Listing.CONTENTS),
        new Block.Table(form, Block.Listing.OUTLINE),
        new Block.Table(form, Block.Listing.NONE)), blocks);
  }

  @Test
  void numberedTablesAreListedWithTheirNumberOverABareTitle() {
    TableSpec gk01 = new TableSpec("收入支出决算总表", "", null, new float[] {1}, List.of(), List.of(), List.of(), 9f);
    TableSpec gk02 = new TableSpec("收入决算表", "", null, new float[] {1}, List.of(), List.of(), List.of(), 9f);
    Map<String, TableSpec> forms = Map.of("gk01", gk01, "gk02", gk02);
    List<List<String>> pages = List.of(List.of("gk01"), List.of("gk02"));
    List<Block> blocks = MarkupParser.parse("@tables numbered", forms, pages);
    assertEquals(List.of(
        new Block.Table(gk01, Block.Listing.CONTENTS, "一、收入支出决算总表"),
        new Block.PageBreak(),
        new Block.Table(gk02, Block.Listing.CONTENTS, "二、收入决算表")), blocks);
    assertEquals("二、收入决算表", ((Block.Table) blocks.get(2)).listedTitle());
    // unnumbered: listed under the title itself
    Block.Table plain = (Block.Table) MarkupParser.parse("@tables", forms, pages).get(0);
    assertEquals("收入支出决算总表", plain.listedTitle());
    assertThrows(NarrativeException.class, () -> MarkupParser.parse("@tables lettered", forms, pages));
  }

  @Test
  void unknownMarkersAndTablesAreTemplateDefects() {
    assertThrows(NarrativeException.class, () -> MarkupParser.parse("@h9 x", Map.of()));
    assertThrows(NarrativeException.class, () -> MarkupParser.parse("@table gk99", Map.of()));
    assertThrows(NarrativeException.class, () -> MarkupParser.parse("text before a marker", Map.of()));
    assertThrows(NarrativeException.class, () -> MarkupParser.parse("@attachment no bar", Map.of()));
  }
}
