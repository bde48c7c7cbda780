package cn.juesuan.disclosure.layout;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A small throw-away document rendered on the font warm-up thread of a cold command, while the
 * main thread still loads, checks and narrates: the first render of a JVM costs about 0.2 s of
 * class initialisation and interpreted code (PdfWriter, the typesetter, the table grid, the
 * font subsetter), a warm one 0.05 s. Whatever it initialises and compiles is then ready for the
 * real document. It writes nothing and shares no state that reaches the real PDF: the output
 * buffer is dropped, and the real render fixes the fonts' subset tags again when it borrows them.
 */
final class Rehearsal {
  private Rehearsal() {}

  static void run(FontSet.Fonts fonts) {
    byte[] id = "rehearsal".getBytes(StandardCharsets.UTF_8);
    try {
      new DocumentComposer(doc(id), fonts).write(new ByteArrayOutputStream(64 * 1024), id);
    } catch (RuntimeException e) { // DocumentException is one too
      // only a warm-up: the real render meets any real problem and reports it
    }
  }

  private static Block.Doc doc(byte[] id) {
    Block.Metadata meta = new Block.Metadata("部门决算", "部门", "年度部门决算", "部门决算", "zh-CN",
        OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)), id, null, List.of());
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.PartTitle("第一部分 部门概况", false));
    blocks.add(new Block.Heading(1, "一、部门职责", Block.Listing.CONTENTS));
    blocks.add(new Block.Heading(2, "（一）收入支出决算总体情况", Block.Listing.OUTLINE));
    blocks.add(new Block.Heading(3, "1.基本支出", Block.Listing.NONE));
    for (int i = 0; i < 4; i++) {
      blocks.add(new Block.Paragraph("2024年度收入总计478.11万元，支出总计478.11万元，与上年相比减少263.79万元，"
          + "下降35.56%，主要原因是人员调动、退休导致人员经费减少（“三公”经费、《工会法》）。"));
    }
    blocks.add(new Block.AttachmentLabel("附件1：", "部门整体支出绩效自评报告"));
    blocks.add(new Block.PartTitle("第二部分 决算表", true));
    List<List<TableSpec.Cell>> header = List.of(
        List.of(TableSpec.Cell.center("项目").span(2, 1), TableSpec.Cell.center("金额").span(1, 2)),
        List.of(TableSpec.Cell.center("科目编码"), TableSpec.Cell.center("科目名称")));
    List<List<TableSpec.Cell>> body = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      body.add(List.of(TableSpec.Cell.left("20129" + i), TableSpec.Cell.left("群众团体事务行政运行"),
          TableSpec.Cell.right(i + "55.79").asBold()));
    }
    blocks.add(new Block.Table(new TableSpec("二、收入决算表", "公开 02 表",
        List.of("部门：部门", "2024 年度", "金额单位：万元"), new float[] {1, 3, 1}, header, body,
        List.of("注：本表反映部门本年度取得的各项收入情况。"), 9f, false)));
    blocks.add(new Block.PageBreak());
    blocks.add(new Block.Paragraph("本部门没有政府性基金预算财政拨款收入，故本表无数据。", false, Block.Align.CENTER));
    return new Block.Doc(meta, new Block.Cover("部门", "2024年度部门决算", "二〇二五年一月"), blocks);
  }
}
