package cn.juesuan.disclosure.forms;

import static cn.juesuan.disclosure.forms.Example.rowStartingWith;
import static cn.juesuan.disclosure.forms.Example.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.juesuan.disclosure.document.TableSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 公开02/03/05 (classified tables with data) and 公开06 (the 经济分类 columns). */
class DetailTablesTest {

  private final TableSpec gk02 = TableForms.build(Example.disclosure(), "gk02");
  private final TableSpec gk03 = TableForms.build(Example.disclosure(), "gk03");
  private final TableSpec gk05 = TableForms.build(Example.disclosure(), "gk05");
  private final TableSpec gk06 = TableForms.build(Example.disclosure(), "gk06");

  @Test
  void gk02() {
    assertEquals(List.of("项目", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入",
        "附属单位上缴收入", "其他收入"), texts(gk02.header().get(0)));
    assertEquals(List.of("栏次", "1", "2", "3", "4", "5", "6", "7"), texts(gk02.header().get(2)));
    assertEquals(List.of("合计", "478.11", "478.11", "", "", "", "", ""), texts(gk02.body().get(0)));
    // the printed (clipped) name where the YAML gives one
    assertEquals(List.of("2080505", "机关事业单位基本养老保险", "14.78", "14.78", "", "", "", "", ""),
        texts(rowStartingWith(gk02, "2080505")));
    assertEquals(List.of("注：本表反映部门本年度取得的各项收入情况。"), gk02.notes());
  }

  @Test
  void gk03() {
    assertEquals(List.of("项目", "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出",
        "对附属单位补助支出"), texts(gk03.header().get(0)));
    assertEquals(List.of("201", "一般公共服务支出", "455.79", "438.13", "17.66", "", "", ""),
        texts(gk03.body().get(1)));
    assertEquals(List.of("2101199", "其他行政事业单位医疗支出", "0.18", "0.18", "", "", "", ""),
        texts(gk03.body().get(11)));
  }

  @Test
  void gk05() {
    assertEquals(List.of("项目", "本年支出"), texts(gk05.header().get(0)));
    assertEquals(List.of("科目代码", "科目名称", "小计", "基本支出", "项目支出"), texts(gk05.header().get(1)));
    assertEquals(List.of("合计", "478.11", "460.45", "17.66"), texts(gk05.body().get(0)));
    // no printed name in 公开05: the standard name in full
    assertEquals("机关事业单位基本养老保险缴费支出", rowStartingWith(gk05, "2080505").get(1).text());
    assertEquals(List.of("注：本表反映部门本年度一般公共预算财政拨款支出情况。"), gk05.notes());
  }

  @Test
  void gk06Header() {
    assertEquals(List.of("人员经费", "公用经费"), texts(gk06.header().get(0)));
    assertEquals(List.of("科目代码", "科目名称", "决算数", "科目代码", "科目名称", "决算数", "科目代码",
        "科目名称", "决算数"), texts(gk06.header().get(1)));
    assertEquals(2, gk06.header().size(), "no 栏次 row in 公开06");
  }

  @Test
  void gk06ColumnsFilledTopToBottom() {
    assertEquals(29, gk06.body().size()); // 28 rows (group 2 is the longest) + the 合计 row
    assertEquals(List.of("301", "工资福利支出", "125.06", "302", "商品和服务支", "334.41", "307",
        "债务利息及费用支出", "0.00"), texts(gk06.body().get(0)));
    // rows as the reference prints them
    assertEquals(List.of("30111", "公务员医疗补助缴", "0.00", "30209", "物业管理费", "0.00", "31007",
        "信息网络及软件购置更新", "0.00"), texts(gk06.body().get(9)));
    assertEquals(List.of("30113", "住房公积金", "0.00", "30212", "因公出国", "0.00", "31009",
        "土地补偿", "0.00"), texts(gk06.body().get(11)));
    assertEquals(List.of("30399", "其他对个人和家庭", "0.00", "30240", "税金及附加", "0.00", "", "", ""),
        texts(gk06.body().get(26)));
    assertEquals(List.of("", "", "", "30299", "其他商品和服务支出", "0.00", "", "", ""),
        texts(gk06.body().get(27)));
  }

  @Test
  void gk06CellsAsTheModelSays() {
    assertEquals("331.10", cellAfter("30228", 2));
    assertEquals("工会经费", cellAfter("30228", 1));
    assertEquals("", cellAfter("39999", 2), "39999 其他支出 has no amount: blank");
    assertEquals("其他支出", cellAfter("39999", 1));
    assertEquals("商品和服务支", cellAfter("302", 1));
    assertEquals("3.32", cellAfter("30239", 2));
  }

  @Test
  void gk06LastRowCarriesBothTotals() {
    var last = gk06.body().get(gk06.body().size() - 1);
    assertEquals(List.of("人员经费合计", "126.04", "公用经费合计", "334.41"), texts(last));
    assertEquals(List.of(2, 1, 5, 1), last.stream().map(c -> c.colspan()).toList());
    assertEquals(List.of("注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。"), gk06.notes());
  }

  /** The text {@code offset} cells after the code cell {@code code} anywhere in the body. */
  private String cellAfter(String code, int offset) {
    for (var row : gk06.body()) {
      for (int i = 0; i < row.size(); i++) {
        if (row.get(i).text().equals(code)) {
          return row.get(i + offset).text();
        }
      }
    }
    throw new AssertionError("no cell " + code);
  }
}
