package cn.juesuan.disclosure.layout;

import cn.juesuan.disclosure.document.Block;
import cn.juesuan.disclosure.document.TableSpec;
import cn.juesuan.disclosure.document.TableSpec.Cell;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Small but realistic Docs for the layout tests (wording from the 临夏市总工会 2024 print). */
final class SampleDocs {

  private SampleDocs() {}

  static final OffsetDateTime DATE = OffsetDateTime.of(2025, 9, 20, 10, 0, 0, 0, ZoneOffset.ofHours(8));
  static final byte[] FILE_ID = "linxia-zgh-2024".getBytes(StandardCharsets.UTF_8);

  static final String PART1 = "第一部分 部门概况";
  static final String PART2 = "第二部分 2024年度部门决算表";
  static final String PART3 = "第三部分 2024年度部门决算情况说明";
  static final String H_DUTIES = "一、部门职责";
  static final String H_ORG = "二、机构设置";
  static final String H_TOTAL = "一、收入支出决算总体情况说明";
  static final String H_INCOME = "二、收入决算情况说明";

  /**
   * 25 ideographs fill the first (indented) line exactly, so the 26th character would start
   * line two: here it is "，" — the break rule has to move a character down with it.
   */
  static final String COMMA_AT_LINE_START =
      "临夏市总工会是隶属市委由市财政局全额拨款的参公单位" + "，"
          + "负责全市工会工作，依照法律和工会章程突出强化工会的维护职能组织指导全市各级工会履行职能。";

  /**
   * Here the 25th character (the last that fits the first line) is "《": it may not end a line.
   * (OpenPDF's default already keeps "（" and "“" off a line end, but not "《".)
   */
  static final String OPEN_BOOK_AT_LINE_END =
      "工会依照法律和工会章程突出强化维护职能认真学习贯" + "《中华人民共和国工会法》"
          + "，组织指导全市各级工会履行维护、建设、参与、教育等社会职能。";

  /** "。" is the 25th character and "”" the 26th: the closing quote may not start a line. */
  static final String QUOTE_AFTER_STOP =
      "做好困难职工帮扶救助工作并组织实施了“送温暖工程" + "。”"
          + "活动覆盖全市各级工会组织和广大职工群众，取得了良好的社会效果。";

  static Block.Doc sample() {
    return sample(null, List.of());
  }

  static Block.Doc draft() {
    return sample("草稿", List.of(
        "W001 公开05表 卫生健康支出 完成年初预算 印刷值 96.04%，计算值 96.05%。",
        "W002 部门职责称“全额拨款”，其他需要说明的情况称“差额拨款”。"));
  }

  static Block.Doc sample(String watermark, List<String> notice) {
    Block.Metadata meta = new Block.Metadata("临夏市总工会2024年度部门决算", "临夏市总工会",
        "2024年度部门决算公开", "部门决算,2024,临夏市总工会", "zh-CN", DATE, FILE_ID, watermark,
        notice);
    Block.Cover cover = new Block.Cover("临夏市总工会", "2024年度部门决算", "二〇二五年九月");
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.PartTitle(PART1, false));
    blocks.add(new Block.Heading(1, H_DUTIES, Block.Listing.CONTENTS));
    blocks.add(new Block.Paragraph(COMMA_AT_LINE_START));
    blocks.add(new Block.Heading(2, "（一）根据党的路线、方针、政策", Block.Listing.NONE));
    blocks.add(new Block.Paragraph("围绕党的中心任务和党的工运方针，确定全市工会工作的总体目标和工作任务，"
        + "指导全市工会工作;负责工运理论、政策的研究。"));
    blocks.add(new Block.Paragraph(OPEN_BOOK_AT_LINE_END));
    blocks.add(new Block.Paragraph(QUOTE_AFTER_STOP));
    blocks.add(new Block.Heading(1, H_ORG, Block.Listing.CONTENTS));
    blocks.add(new Block.Heading(3, "1.机关内设机构", Block.Listing.NONE));
    blocks.add(new Block.Paragraph("下设事业单位 2 个，分别为临夏市职工服务中心（股级）、"
        + "临夏市工人俱乐部（股级）。2024年度收入合计478.11万元，较上年减少263.79万元，"
        + "下降35.56%。"));
    blocks.add(new Block.PartTitle(PART2, true));
    blocks.add(new Block.Table(form04(40)));
    blocks.add(new Block.Table(form09()));
    blocks.add(new Block.PartTitle(PART3, true));
    blocks.add(new Block.Heading(1, H_TOTAL, Block.Listing.CONTENTS));
    for (int i = 0; i < 6; i++) {
      blocks.add(new Block.Paragraph("2024年度收入总计478.11万元，支出总计478.11万元。与上年相比，"
          + "收、支总计各减少263.79万元，下降35.56%，主要原因是人员调动、退休导致人员经费减少；"
          + "公用经费较上年减少。（第" + (i + 1) + "段）"));
    }
    blocks.add(new Block.Heading(1, H_INCOME, Block.Listing.CONTENTS));
    blocks.add(new Block.Paragraph("本年收入合计478.11万元，其中：财政拨款收入478.11万元，占100.00%。"));
    blocks.add(new Block.PageBreak());
    blocks.add(new Block.Paragraph("附件 2：", false, Block.Align.LEFT));
    blocks.add(new Block.Table(selfAssessment()));
    return new Block.Doc(meta, cover, blocks);
  }

  /** 公开04-like, 9 columns; {@code rows} body rows (40 runs onto a second page). */
  static TableSpec form04(int rows) {
    List<List<Cell>> header = List.of(
        List.of(Cell.center("收    入").span(3, 1), Cell.center("支    出").span(6, 1)),
        List.of(Cell.center("项目"), Cell.center("行次"), Cell.center("金额"), Cell.center("项目"),
            Cell.center("行次"), Cell.center("合计"), Cell.center("一般公共预算财政拨款"),
            Cell.center("政府性基金预算财政拨款"), Cell.center("国有资本经营预算财政拨款")),
        List.of(Cell.center("栏次"), Cell.center(""), Cell.center("1"), Cell.center("栏次"),
            Cell.center(""), Cell.center("2"), Cell.center("3"), Cell.center("4"), Cell.center("5")));
    List<List<Cell>> body = new ArrayList<>();
    for (int i = 1; i <= rows; i++) {
      body.add(List.of(
          Cell.left(i == 1 ? "一、一般公共预算财政拨款" : i == 2 ? "二、政府性基金预算财政拨款" : ""),
          Cell.center(String.valueOf(i)), Cell.right(i == 1 ? "478.11" : ""),
          Cell.left("第" + i + "行支出项目"), Cell.center(String.valueOf(i + 32)),
          Cell.right(i % 3 == 0 ? "14.78" : ""), Cell.right(i % 3 == 0 ? "14.78" : ""),
          Cell.right(""), Cell.right(i == 7 ? "11122315.04" : "")));
    }
    return new TableSpec("四、财政拨款收入支出决算总表", "公开 04 表",
        List.of("部门：临夏市总工会", "2024 年度", "金额单位：万元"),
        new float[] {2.6f, 0.6f, 1.1f, 2.6f, 0.6f, 1.1f, 1.2f, 1.2f, 1.2f}, header, body,
        List.of("注：1.本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算"
            + "财政拨款的总收支和年末结转结余情况。2.本套报表金额单位转换时可能存在尾数误差。"),
        8.5f);
  }

  /** 公开09, 12 columns, no label column, rowspans inside the header. */
  static TableSpec form09() {
    List<Cell> second = new ArrayList<>();
    List<Cell> third = new ArrayList<>();
    List<Cell> numbers = new ArrayList<>();
    for (int half = 0; half < 2; half++) {
      second.add(Cell.center("合计").span(1, 2));
      second.add(Cell.center("因公出国（境）费").span(1, 2));
      second.add(Cell.center("公务用车购置及运行维护费").span(3, 1));
      second.add(Cell.center("公务接待费").span(1, 2));
      third.add(Cell.center("小计"));
      third.add(Cell.center("公务用车购置费"));
      third.add(Cell.center("公务用车运行维护费"));
    }
    for (int i = 1; i <= 12; i++) {
      numbers.add(Cell.center(String.valueOf(i)));
    }
    List<List<Cell>> header = List.of(
        List.of(Cell.center("预算数").span(6, 1), Cell.center("决算数").span(6, 1)),
        second, third, numbers);
    List<Cell> row = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      row.add(Cell.right(i == 0 ? "0.00" : ""));
    }
    float[] widths = new float[12];
    java.util.Arrays.fill(widths, 1f);
    return new TableSpec("九、财政拨款“三公”经费支出决算表", "公开 09 表",
        List.of("部门：临夏市总工会", "2024 年度", "金额单位：万元"), widths, header,
        List.of(row),
        List.of("注：1.“三公”经费预算数为全年预算数，反映按规定程序调整后的预算数；决算数是包括当年"
                + "一般公共预算财政拨款和以前年度结转资金安排的实际支出。",
            "2.本部门没有财政拨款“三公”经费支出，故本表无数据。"),
        8f);
  }

  /** 附件2 (10 columns) with a seven-row rowspan label and long texts. */
  static TableSpec selfAssessment() {
    List<List<Cell>> header = List.of(
        List.of(Cell.center("部门（单位）名称").span(2, 1), Cell.left("临夏市总工会").span(8, 1)),
        List.of(Cell.center("").span(2, 1), Cell.center("年初预算数"), Cell.center("全年预算数"),
            Cell.center("全年执行数"), Cell.center("执行率"), Cell.center("得分"),
            Cell.center("未完成原因分析").span(3, 1)));
    String[][] money = {
        {"年度资金总额", "6854776", "7035718", "4787873.97", "68.05", "6.8"},
        {"（一）基本支出", "6854776", "6859108", "4611263.97", "67.22", "6.72"},
        {"1.人员经费", "1346176", "1350508", "1267130.97", "93.82", "9.38"},
        {"2.公用经费", "5508600", "5508600", "3344133", "60.7", "6.07"},
        {"（二）项目支出", "0", "176610", "176610", "100", "10"},
        {"1.一般性项目", "0", "0", "0", "0", "0"},
        {"2.重点项目", "0", "176610", "176610", "100", "10"}};
    List<List<Cell>> body = new ArrayList<>();
    for (int i = 0; i < money.length; i++) {
      List<Cell> row = new ArrayList<>();
      if (i == 0) {
        row.add(Cell.center("整体支出规模（元）").span(1, 7));
      }
      row.add(Cell.left(money[i][0]));
      for (int k = 1; k < 6; k++) {
        row.add(Cell.right(money[i][k]));
      }
      row.add(Cell.left("").span(3, 1));
      body.add(row);
    }
    body.add(List.of(Cell.center("预期目标"), Cell.left("围绕全市工会中心工作，落实“四送”活动，开展普法宣传"
        + "和法律援助，维护职工合法权益，提高基层工会组织覆盖面和职工满意度。").span(9, 1)));
    body.add(List.of(Cell.center("总分").asBold(), Cell.center("").span(6, 1), Cell.right("100"),
        Cell.right("95.81").span(2, 1)));
    return new TableSpec("部门整体支出绩效自评表", "", null,
        new float[] {1.1f, 1.5f, 1.0f, 1.0f, 1.1f, 0.8f, 0.7f, 0.8f, 0.8f, 0.8f}, header, body,
        List.of("说明：1.部门整体支出绩效评价指标体系框架（参考）见附件3。"), 8f);
  }
}
