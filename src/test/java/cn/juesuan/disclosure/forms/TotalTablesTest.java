package cn.juesuan.disclosure.forms;

import static cn.juesuan.disclosure.forms.Example.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.juesuan.disclosure.document.TableSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 公开01 and 公开04: the two-sided 总表 with 行次. */
class TotalTablesTest {

  private final TableSpec gk01 = TableForms.build(Example.disclosure(), "gk01");
  private final TableSpec gk04 = TableForms.build(Example.disclosure(), "gk04");

  @Test
  void gk01HeaderAsPrinted() {
    assertEquals(List.of("收入", "支出"), texts(gk01.header().get(0)));
    assertEquals(List.of("项目", "行次", "金额", "项目", "行次", "金额"), texts(gk01.header().get(1)));
    assertEquals(List.of("栏次", "", "1", "栏次", "", "2"), texts(gk01.header().get(2)));
  }

  @Test
  void gk01PairsIncomeLineKWithExpenditureLineKPlus30() {
    assertEquals(30, gk01.body().size());
    for (int k = 1; k <= 30; k++) {
      List<String> row = texts(gk01.body().get(k - 1));
      assertEquals(String.valueOf(k), row.get(1));
      assertEquals(String.valueOf(k + 30), row.get(4));
    }
    assertEquals(List.of("一、一般公共预算财政拨款收入", "1", "478.11", "一、一般公共服务支出", "31", "455.79"),
        texts(gk01.body().get(0)));
    assertEquals(List.of("", "9", "", "九、卫生健康支出", "39", "7.54"), texts(gk01.body().get(8)));
    assertEquals(List.of("", "26", "", "二十六、抗疫特别国债安排的支出", "56", ""),
        texts(gk01.body().get(25)));
    assertEquals(List.of("本年收入合计", "27", "478.11", "本年支出合计", "57", "478.11"),
        texts(gk01.body().get(26)));
  }

  @Test
  void gk01BlankAndZeroAsTheModelSays() {
    assertEquals(List.of("使用非财政拨款结余（含专用结余）", "28", "", "结余分配", "58", ""),
        texts(gk01.body().get(27)));
    assertEquals(List.of("年初结转和结余", "29", "0.00", "年末结转和结余", "59", ""),
        texts(gk01.body().get(28)));
    assertEquals(List.of("总计", "30", "478.11", "总计", "60", "478.11"), texts(gk01.body().get(29)));
    for (int k = 9; k <= 26; k++) {
      assertEquals("", gk01.body().get(k - 1).get(0).text(), "income line " + k + " has only 行次");
    }
  }

  @Test
  void gk04HeaderAsPrinted() {
    assertEquals(List.of("收 入", "支 出"), texts(gk04.header().get(0)));
    assertEquals(List.of(3, 6), gk04.header().get(0).stream().map(c -> c.colspan()).toList());
    assertEquals(List.of("项目", "行次", "金额", "项目", "行次", "合计", "一般公共预算财政拨款",
        "政府性基金预算财政拨款", "国有资本经营预算财政拨款"), texts(gk04.header().get(1)));
    assertEquals(List.of("栏次", "", "1", "栏次", "", "2", "3", "4", "5"), texts(gk04.header().get(2)));
  }

  @Test
  void gk04PairsIncomeLineKWithExpenditureLineKPlus32() {
    assertEquals(32, gk04.body().size());
    for (int k = 1; k <= 32; k++) {
      List<String> row = texts(gk04.body().get(k - 1));
      assertEquals(String.valueOf(k), row.get(1));
      assertEquals(String.valueOf(k + 32), row.get(4));
    }
    assertEquals(List.of("三、国有资本经营预算财政拨款", "3", "", "三、国防支出", "35", "", "", "", ""),
        texts(gk04.body().get(2)));
    assertEquals(List.of("", "8", "", "八、社会保障和就业支出", "40", "14.78", "14.78", "", ""),
        texts(gk04.body().get(7)));
    assertEquals(List.of("本年收入合计", "27", "478.11", "本年支出合计", "59", "478.11", "478.11", "", ""),
        texts(gk04.body().get(26)));
  }

  @Test
  void gk04OpeningLinesPairWithLinesHavingOnlyTheirNumber() {
    assertEquals(List.of("年初财政拨款结转和结余", "28", "0.00", "年末财政拨款结转和结余", "60", "", "", "", ""),
        texts(gk04.body().get(27)));
    assertEquals(List.of("一般公共预算财政拨款", "29", "0.00", "", "61", "", "", "", ""),
        texts(gk04.body().get(28)));
    assertEquals(List.of("政府性基金预算财政拨款", "30", "", "", "62", "", "", "", ""),
        texts(gk04.body().get(29)));
    assertEquals(List.of("国有资本经营预算财政拨款", "31", "", "", "63", "", "", "", ""),
        texts(gk04.body().get(30)));
    assertEquals(List.of("总计", "32", "478.11", "总计", "64", "478.11", "478.11", "", ""),
        texts(gk04.body().get(31)));
  }

  @Test
  void gk04NoteIsTheFullTextNotThePrintsClipping() {
    assertEquals(List.of("注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算"
        + "财政拨款的总收支和年末结转结余情况。"), gk04.notes());
  }
}
