package cn.juesuan.disclosure.forms;

import static cn.juesuan.disclosure.forms.Example.texts;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.juesuan.disclosure.calc.Calculator;
import cn.juesuan.disclosure.calc.SelfAssessmentFigures;
import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.layout.TableRenderer;
import cn.juesuan.disclosure.document.TableSpec;
import cn.juesuan.disclosure.document.TableSpec.Cell;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 附件2 部门整体支出绩效自评表 against the reference print. */
class SelfAssessmentFormTest {

  static TableSpec spec() {
    SelfAssessmentFigures figures = Calculator.calculate(Example.disclosure(), new Findings()).selfAssessment();
    return SelfAssessmentForm.build(Example.disclosure().format().form("selfAssessment"), Example.disclosure(), figures);
  }

  private final TableSpec spec = spec();
  private final List<List<Cell>> body = spec.body();

  @Test
  void frame() {
    assertEquals("部门整体支出绩效自评表", spec.title());
    assertEquals(List.of("", "(2024 年度)", ""), spec.unitLine());
    assertEquals(SelfAssessmentForm.COLUMNS, spec.columnWidths().length);
    assertDoesNotThrow(() -> TableRenderer.validate(spec));
  }

  @Test
  void fundBlockAsPrinted() {
    assertEquals(List.of("部门（单位）名称", "临夏市总工会"), texts(body.get(0)));
    assertEquals(List.of("", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分", "未完成原因分析"),
        texts(body.get(1)));
    assertEquals(List.of("整体支出规模(元)", "年度资金总额", "6854776", "7035718", "4787873.97", "68.05", "6.8", ""),
        texts(body.get(2)));
    assertEquals(7, body.get(2).get(0).rowspan());
    assertEquals(List.of("(一)基本支出", "6854776", "6859108", "4611263.97", "67.22", "6.72", ""), texts(body.get(3)));
    assertEquals(List.of("1.人员经费", "1346176", "1350508", "1267130.97", "93.82", "9.38", ""), texts(body.get(4)));
    assertEquals(List.of("2.公用经费", "5508600", "5508600", "3344133", "60.7", "6.07", ""), texts(body.get(5)));
    assertEquals(List.of("(二)项目支出", "0", "176610", "176610", "100", "10", ""), texts(body.get(6)));
    assertEquals(List.of("1.一般性项目", "0", "0", "0", "0", "0", ""), texts(body.get(7)));
    assertEquals(List.of("2.重点项目", "0", "176610", "176610", "100", "10", ""), texts(body.get(8)));
  }

  @Test
  void goalsAndCompletion() {
    assertEquals(List.of("预期目标", "1：开展工会各项业务工作；做好困难职工慰问。2：组织组建工会，广泛开展各种健康有益的文化体育活动。"),
        texts(body.get(9)));
    assertEquals(List.of("实际完成情况", "已完成"), texts(body.get(10)));
  }

  @Test
  void indicatorHeaderAndRows() {
    assertEquals(List.of("评价指标", "年度指标值", "实际完成值", "单位", "分值", "完成率", "得分", "未完成原因分析"),
        texts(body.get(11)));
    assertEquals(List.of("一级指标", "二级指标", "三级指标"), texts(body.get(12)));
    assertEquals(List.of("部门管理", "资金投入", "基本支出预算执行率", "=100%", "100", "100%", "2", "100.00%", "2", ""),
        texts(body.get(13)));
    assertEquals(List.of("“三公”经费控制率", "<=100%", "0", "100%", "2", "100.00%", "2", ""), texts(body.get(15)));
    assertEquals(List.of("财务管理", "财务管理制度健全性", "健全", "100%-80%(含)", "", "2", "100", "1.8", ""),
        texts(body.get(17)));
    assertEquals(List.of("能力建设", "长效管理", "资金支付及时率", ">=100%", "100", "%", "3.33", "100.00%", "3.33", ""),
        texts(body.get(29)));
  }

  @Test
  void levelsMergedOverConsecutiveEqualValues() {
    List<Cell> level1 = new ArrayList<>();
    List<Cell> level2 = new ArrayList<>();
    for (List<Cell> row : body.subList(13, 32)) {
      // a row starts with its 一级 cell only where a run begins, then its 二级 cell likewise
      for (Cell c : row) {
        if (c.text().equals("部门管理") || c.text().equals("履职效果") || c.text().equals("能力建设")) {
          level1.add(c);
        }
      }
      if (row.size() >= 9) {
        level2.add(row.get(row.size() - 9));
      }
    }
    assertEquals(List.of(10, 6, 3), level1.stream().map(Cell::rowspan).toList());
    assertEquals(List.of("资金投入", "财务管理", "采购管理", "人员管理", "重点工作管理", "资产管理",
        "部门履职目标", "部门效果目标", "社会影响", "服务对象满意度", "长效管理", "人力资源建设", "档案管理"),
        level2.stream().map(Cell::text).toList());
    assertEquals(List.of(4, 2, 1, 1, 1, 1, 2, 2, 1, 1, 1, 1, 1), level2.stream().map(Cell::rowspan).toList());
  }

  @Test
  void totalAndExplanations() {
    assertEquals(13 + 19 + 3, body.size());
    assertEquals(List.of("总分", "100", "", "95.81", ""), texts(body.get(32)));
    assertEquals(6, body.get(32).get(0).colspan());
    assertEquals("说明", body.get(33).get(0).text());
    assertEquals("1.各部门可根据附件 3《部门整体支出绩效评价指标体系框架》（参考）设置三级指标和指标值。",
        body.get(33).get(1).text());
    assertEquals("2.上述产出指标和效益指标根据年初设定的绩效目标既可以按照重点任务完成情况分别填列，"
        + "也可以依据所有重点任务归纳提炼综合指标。", body.get(34).get(1).text());
  }
}
