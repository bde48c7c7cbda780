package cn.juesuan.disclosure.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.juesuan.disclosure.layout.Block;
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
        new Block.Heading(1, "一、部门职责", true),
        new Block.Paragraph("临夏市总工会是参公单位。", true, Block.Align.JUSTIFIED),
        new Block.Paragraph("附件：1、自评报告", false, Block.Align.JUSTIFIED),
        new Block.AttachmentLabel("附件 1：", "部门整体支出绩效自评报告|续"),
        new Block.PageBreak()), blocks);
  }

  @Test
  void unknownMarkersAndTablesAreTemplateDefects() {
    assertThrows(NarrativeException.class, () -> MarkupParser.parse("@h9 x", Map.of()));
    assertThrows(NarrativeException.class, () -> MarkupParser.parse("@table gk99", Map.of()));
    assertThrows(NarrativeException.class, () -> MarkupParser.parse("text before a marker", Map.of()));
    assertThrows(NarrativeException.class, () -> MarkupParser.parse("@attachment no bar", Map.of()));
  }
}
