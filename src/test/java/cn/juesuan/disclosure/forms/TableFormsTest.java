package cn.juesuan.disclosure.forms;

import static cn.juesuan.disclosure.forms.Example.texts;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.calc.Format;
import cn.juesuan.disclosure.layout.TableRenderer;
import cn.juesuan.disclosure.document.Block;
import cn.juesuan.disclosure.document.TableSpec;
import cn.juesuan.disclosure.narrative.Narrator;
import cn.juesuan.disclosure.document.TableSpec.Cell;
import cn.juesuan.disclosure.document.TableSpec.HAlign;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every form shares: order, frame, a well-formed grid, alignment. */
class TableFormsTest {

  private static final List<String> GK = List.of("gk01", "gk02", "gk03", "gk04", "gk05", "gk06", "gk07", "gk08", "gk09");
  private final List<TableSpec> specs = GK.stream().map(id -> TableForms.build(Example.disclosure(), id)).toList();

  @Test
  void nineFormsInPrintOrderWithTheirFrame() {
    assertEquals(List.of("一、收入支出决算总表", "二、收入决算表", "三、支出决算表",
        "四、财政拨款收入支出决算总表", "五、一般公共预算财政拨款支出决算表",
        "六、一般公共预算财政拨款基本支出决算明细表", "七、政府性基金预算财政拨款收入支出决算表",
        "八、国有资本经营预算财政拨款支出决算表", "九、财政拨款“三公”经费支出决算表"),
        specs.stream().map(TableSpec::title).toList());
    for (int i = 0; i < specs.size(); i++) {
      TableSpec s = specs.get(i);
      assertEquals("公开 0" + (i + 1) + " 表", s.formNumber());
      assertEquals(List.of("部门：临夏市总工会", "2024 年度", "金额单位：万元"), s.unitLine());
      assertTrue(s.fontSize() >= 8 && s.fontSize() <= 9, s.title());
      assertTrue(s.notes().get(0).startsWith("注："), s.title());
    }
  }

  @Test
  void pagesAreSharedAsInThePrint() {
    // 02+03 and 07+08 share a page; every other form opens one, except 01 which follows the
    // part title on its page. The catalogue's pages decide it, and nothing else does.
    var a = cn.juesuan.disclosure.testing.Example.analysis();
    List<Block> blocks = Narrator.of(cn.juesuan.disclosure.load.Formats.defaultFormat()).narrate(a.disclosure(), a.figures(), TableForms.byKey(a.disclosure(), a.figures()));
    List<Boolean> breakBefore = new java.util.ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof Block.Table t && GK.contains(t.spec().formNumber().replace("公开 ", "gk").replace(" 表", ""))) {
        breakBefore.add(blocks.get(i - 1) instanceof Block.PageBreak);
      }
    }
    assertEquals(List.of(false, true, false, true, true, true, true, false, true), breakBefore);
  }

  @Test
  void everyHeaderAndBodyTilesTheGrid() {
    // the renderer's own grid check: holes, overlaps, spans off the grid or out of their section
    for (TableSpec s : specs) {
      assertDoesNotThrow(() -> TableRenderer.validate(s), s.title());
    }
  }

  @Test
  void headerCellsCentredAmountsRightLabelsLeft() {
    for (TableSpec s : specs) {
      for (List<Cell> row : s.header()) {
        for (Cell c : row) {
          assertEquals(HAlign.CENTER, c.align(), s.title() + ": header " + c.text());
        }
      }
      for (List<Cell> row : s.body()) {
        for (Cell c : row) {
          if (c.text().matches("-?\\d+\\.\\d{2}")) {
            assertEquals(HAlign.RIGHT, c.align(), s.title() + ": amount " + c.text());
          } else if (c.text().matches("\\d{3}(\\d{2}){0,2}") && c.text().length() >= 3) {
            assertEquals(HAlign.LEFT, c.align(), s.title() + ": code " + c.text());
          }
        }
      }
    }
  }

  @Test
  void noNumberIsFormattedOutsideFormat() {
    // Every amount cell reads exactly as Format.money prints it (two decimals, no separators).
    for (TableSpec s : specs) {
      for (List<Cell> row : s.body()) {
        for (Cell c : row) {
          if (c.align() == HAlign.RIGHT && !c.text().isEmpty()) {
            assertEquals(Format.money(new java.math.BigDecimal(c.text())), c.text());
          }
        }
      }
    }
  }

  @Test
  void byKeyNamesEveryFormTheOutlinePlaces() {
    var figures = cn.juesuan.disclosure.calc.Calculator.calculate(Example.disclosure(),
        new cn.juesuan.disclosure.diag.Findings());
    var byKey = TableForms.byKey(Example.disclosure(), figures);
    assertEquals(List.of("gk01", "gk02", "gk03", "gk04", "gk05", "gk06", "gk07", "gk08", "gk09",
        "selfAssessment"), List.copyOf(byKey.keySet()));
    assertEquals("六、一般公共预算财政拨款基本支出决算明细表", byKey.get("gk06").title());
    assertEquals("部门整体支出绩效自评表", byKey.get("selfAssessment").title());
  }

  @Test
  void gk02And03ShareTheClassifiedFrame() {
    for (TableSpec s : List.of(specs.get(1), specs.get(2), specs.get(4))) {
      assertEquals("项目", s.header().get(0).get(0).text());
      assertEquals(2, s.header().get(0).get(0).colspan());
      assertEquals(List.of("科目代码", "科目名称"), texts(s.header().get(1)).subList(0, 2));
      assertEquals("栏次", s.header().get(2).get(0).text());
      assertEquals("合计", s.body().get(0).get(0).text());
      assertEquals(2, s.body().get(0).get(0).colspan());
      assertEquals(12, s.body().size(), s.title()); // 合计 + 11 科目 rows
    }
  }
}
