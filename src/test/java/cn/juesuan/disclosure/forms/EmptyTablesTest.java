package cn.juesuan.disclosure.forms;

import static cn.juesuan.disclosure.forms.Example.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.juesuan.disclosure.layout.TableSpec;
import cn.juesuan.disclosure.model.Amounts;
import cn.juesuan.disclosure.model.ClassifiedTable;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Tables;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 公开07/08/09: header and 合计 even when empty; the no-data note only when the model has none. */
class EmptyTablesTest {

  private static final Disclosure EXAMPLE = Example.disclosure();

  @Test
  void gk07EmptyAsPrinted() {
    TableSpec s = new Gk07Form().build(EXAMPLE);
    assertEquals(List.of("项目", "年初结转和结余", "本年收入", "本年支出", "年末结转和结余"),
        texts(s.header().get(0)));
    assertEquals(List.of("科目代码", "科目名称", "小计", "基本支出", "项目支出"), texts(s.header().get(1)));
    assertEquals(List.of("栏次", "1", "2", "3", "4", "5", "6"), texts(s.header().get(2)));
    assertEquals(List.of(List.of("合计", "", "", "", "", "", "")), s.body().stream().map(Example::texts).toList());
    assertEquals(List.of("注：1.本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。"
        + "2.本部门没有政府性基金预算财政拨款收入支出，故本表无数据。"), s.notes());
  }

  @Test
  void gk08EmptyAsPrinted() {
    TableSpec s = new Gk08Form().build(EXAMPLE);
    assertEquals(List.of("科目代码", "科目名称", "合计", "基本支出", "项目支出"), texts(s.header().get(1)));
    assertEquals(List.of("合计", "", "", ""), texts(s.body().get(0)));
    assertEquals(List.of("注：1.本表反映部门本年度国有资本经营预算财政拨款支出情况。"
        + "2.本部门没有国有资本经营预算财政拨款支出，故本表无数据。"), s.notes());
  }

  @Test
  void gk09EmptyAsPrinted() {
    TableSpec s = new Gk09Form().build(EXAMPLE);
    assertEquals(List.of("预算数", "决算数"), texts(s.header().get(0)));
    assertEquals(List.of("合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费",
        "合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费"), texts(s.header().get(1)));
    assertEquals(List.of("小计", "公务用车购置费", "公务用车运行维护费", "小计", "公务用车购置费",
        "公务用车运行维护费"), texts(s.header().get(2)));
    assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"),
        texts(s.header().get(3)), "numbering row without the word 栏次");
    assertEquals(List.of(Collections.nCopies(12, "")), s.body().stream().map(Example::texts).toList());
    assertEquals(List.of("注：1.本表反映部门本年度财政拨款“三公”经费支出预决算情况。其中，预算数为“三公”经费"
        + "全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。"
        + "2.本部门没有财政拨款“三公”经费支出，故本表无数据。"), s.notes());
  }

  @Test
  void withDataTheNoDataNoteGoes() {
    Amounts gk07Cells = amounts(Map.of("income", "12.00", "total", "12.00", "project", "12.00"));
    ClassifiedTable gk07 = new ClassifiedTable(gk07Cells,
        List.of(new ClassifiedTable.Row(0, "229", null, gk07Cells)));
    Tables.Gk09 gk09 = new Tables.Gk09(amounts(Map.of("total", "1.50", "reception", "1.50")),
        amounts(Map.of("total", "0.80", "reception", "0.80")));
    Disclosure d = with(EXAMPLE, gk07, gk07, gk09);

    TableSpec s07 = new Gk07Form().build(d);
    assertEquals(List.of("注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。"), s07.notes());
    assertEquals(List.of("229", "其他支出", "", "12.00", "12.00", "", "12.00", ""), texts(s07.body().get(1)));
    assertEquals(List.of("注：本表反映部门本年度国有资本经营预算财政拨款支出情况。"), new Gk08Form().build(d).notes());

    TableSpec s09 = new Gk09Form().build(d);
    assertEquals(List.of("1.50", "", "", "", "", "1.50", "0.80", "", "", "", "", "0.80"), texts(s09.body().get(0)));
    assertEquals(1, s09.notes().size());
    assertEquals(false, s09.notes().get(0).contains("故本表无数据"));
  }

  @Test
  void zerosOnlyStillCountAsNoData() {
    Tables.Gk09 zeros = new Tables.Gk09(amounts(Map.of("total", "0.00")), amounts(Map.of("total", "0.00")));
    TableSpec s = new Gk09Form().build(with(EXAMPLE, ClassifiedTable.EMPTY, ClassifiedTable.EMPTY, zeros));
    assertEquals("0.00", s.body().get(0).get(0).text());
    assertEquals(true, s.notes().get(0).endsWith("故本表无数据。"));
  }

  private static Amounts amounts(Map<String, String> cells) {
    Map<String, BigDecimal> m = new java.util.LinkedHashMap<>();
    cells.forEach((k, v) -> m.put(k, new BigDecimal(v)));
    return new Amounts(m);
  }

  private static Disclosure with(Disclosure d, ClassifiedTable gk07, ClassifiedTable gk08, Tables.Gk09 gk09) {
    Tables t = d.tables();
    Tables tables = new Tables(t.gk01(), t.gk02(), t.gk03(), t.gk04(), t.gk05(), t.gk06(), gk07, gk08, gk09);
    return new Disclosure(d.department(), d.profile(), tables, d.explanations(), d.performance(),
        d.report(), d.selfAssessment(), d.attachments(), d.glossary(), d.source(), d.review());
  }
}
