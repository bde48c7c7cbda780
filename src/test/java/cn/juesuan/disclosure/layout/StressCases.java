package cn.juesuan.disclosure.layout;

import cn.juesuan.disclosure.document.Block;
import cn.juesuan.disclosure.document.TableSpec;
import cn.juesuan.disclosure.document.TableSpec.Cell;
import cn.juesuan.disclosure.document.TableSpec.Column;
import cn.juesuan.disclosure.model.Department;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.pipeline.DocumentAssembler;
import cn.juesuan.disclosure.pipeline.Pipeline;
import cn.juesuan.disclosure.testing.Example;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Documents that push the typesetting where the example does not: the example's own document,
 * changed through the layout (no arithmetic is checked here, only how the figures and texts
 * are set). Each case changes one thing, so a failure names its cause.
 */
final class StressCases {

  /** The biggest amount a form must hold: 9,999,999.99 万元, and the same in 元. */
  static final String MAX_WAN = "9999999.99";
  static final String MAX_YUAN = "99999999999.99";
  private static final Pattern MONEY = Pattern.compile("\\d+\\.\\d\\d");
  private static final Pattern YUAN = Pattern.compile("\\d{5,}(\\.\\d{1,2})?");
  private static final String FILLER = "围绕年度重点工作任务坚持稳中求进工作总基调统筹推进各项业务工作切实加强预算管理";

  private StressCases() {}

  record Case(String name, Block.Doc doc) {}

  static List<Case> all() {
    Block.Doc example = example();
    return List.of(
        new Case("amounts-everywhere", bigAmounts(example)),
        new Case("names-60", longNames(named(name(60)), 60)),
        new Case("name-300", named(name(300))),
        new Case("rows-200", manyRows(example, 200)),
        new Case("long-reasons", longReasons(example)),
        new Case("all-at-once", longReasons(manyRows(longNames(bigAmounts(named(name(40))), 60), 200))));
  }

  static Block.Doc example() {
    return assemble(Example.analysis());
  }

  /** The example with another department name (cover, unit lines, 附件, narrative). */
  static Block.Doc named(String name) {
    // department.name also names the output file, so the loader limits it in bytes (load.name);
    // a longer name is put into the loaded model, to set the cover and unit lines all the same
    String yaml = Example.text().replace("  name: 临夏市总工会\n", "  name: 某单位\n").replace("临夏市总工会", name);
    Pipeline.Analysis a = Example.analyse(yaml);
    Disclosure d = a.disclosure();
    Disclosure renamed = new Disclosure(new Department(name, d.department().year(), d.department().date()),
        d.profile(), d.tables(), d.explanations(), d.performance(), d.report(), d.selfAssessment(),
        d.attachments(), d.glossary(), d.source(), d.review(), d.format());
    return assemble(new Pipeline.Analysis(renamed, a.figures(), a.findings()));
  }

  /** A name of {@code length} characters, like a long 街道办事处 or a joint office. */
  static String name(int length) {
    String base = "上海市普陀区人民政府宜川路街道办事处社区党群服务中心暨退役军人服务站";
    StringBuilder out = new StringBuilder();
    while (out.length() < length) {
      out.append(base);
    }
    return out.substring(0, length);
  }

  private static Block.Doc assemble(Pipeline.Analysis a) {
    return DocumentAssembler.assemble(a, DocumentAssembler.Options.FINAL);
  }

  /** Every amount of every amount column at its maximum, blank amount cells filled too. */
  static Block.Doc bigAmounts(Block.Doc doc) {
    return tables(doc, spec -> {
      boolean wan = spec.unitLine() != null && String.join("", spec.unitLine()).contains("万元");
      // a money column: an amount column without codes or 行次 (whole numbers) in its body
      boolean[] money = new boolean[spec.columns().size()];
      java.util.Arrays.fill(money, true);
      eachBodyCell(spec, (col, cell) -> {
        if (cell.colspan() == 1 && cell.text() != null && cell.text().matches("\\d+")) {
          money[col] = false;
        }
        return cell;
      });
      return withBody(spec, eachBodyCell(spec, (col, cell) -> {
        String t = cell.text() == null ? "" : cell.text();
        if (wan && money[col] && spec.columns().get(col).kind() == Column.Kind.AMOUNT
            && (t.isBlank() || MONEY.matcher(t).matches())) {
          return retext(cell, MAX_WAN);
        }
        if (!wan && (YUAN.matcher(t).matches() || t.equals("0") && col >= 3 && col <= 5)) {
          return retext(cell, MAX_YUAN);
        }
        return cell;
      }));
    });
  }

  /** Names in the name columns of the forms lengthened to {@code length} characters. */
  static Block.Doc longNames(Block.Doc doc, int length) {
    return tables(doc, spec -> withBody(spec, eachBodyCell(spec, (col, cell) -> {
      String t = cell.text() == null ? "" : cell.text();
      // column heads standing in the body (附件2: centred, up to the end of its body head) stay
      boolean head = cell.align() == TableSpec.HAlign.CENTER && spec.bodyHead() != null
          && indexOf(spec, cell) < spec.bodyHead().start() + spec.bodyHead().rows();
      boolean name = !head && spec.columns().get(col).kind() == Column.Kind.TEXT && cell.colspan() == 1
          && t.codePoints().anyMatch(c -> c >= 0x4e00) && t.length() < length;
      if (!name) {
        return cell;
      }
      StringBuilder out = new StringBuilder(t);
      while (out.length() < length) {
        out.append(FILLER);
      }
      return retext(cell, out.substring(0, length));
    })));
  }

  /** The body row that holds {@code cell} (the very object). */
  private static int indexOf(TableSpec spec, Cell cell) {
    for (int r = 0; r < spec.body().size(); r++) {
      for (Cell c : spec.body().get(r)) {
        if (c == cell) {
          return r;
        }
      }
    }
    return -1;
  }

  /** The tables by 科目 with {@code rows} body rows (each named apart, so no two rows read alike). */
  static Block.Doc manyRows(Block.Doc doc, int rows) {
    return tables(doc, spec -> {
      boolean classified = spec.header().stream().flatMap(List::stream)
          .anyMatch(c -> "科目名称".equals(c.text())) && spec.header().size() == 3 && spec.body().size() > 1;
      if (!classified) {
        return spec;
      }
      List<List<Cell>> body = new ArrayList<>(List.of(spec.body().get(0)));
      List<List<Cell>> items = spec.body().subList(1, spec.body().size());
      for (int i = 0; body.size() < rows; i++) {
        List<Cell> row = new ArrayList<>(items.get(i % items.size()));
        row.set(1, retext(row.get(1), row.get(1).text() + "（" + (i + 1) + "）"));
        body.add(List.copyOf(row));
      }
      return withBody(spec, body);
    });
  }

  /**
   * Long reasons: every narrative paragraph four times as long, and in 附件2 a 未完成原因分析 of
   * 1,500 characters (a row taller than a page) and 120 in every other indicator row.
   */
  static Block.Doc longReasons(Block.Doc doc) {
    List<Block> blocks = new ArrayList<>();
    for (Block b : doc.blocks()) {
      if (b instanceof Block.Paragraph p && p.text().length() > 40) {
        blocks.add(new Block.Paragraph(p.text().repeat(4), p.indent(), p.align()));
      } else {
        blocks.add(b);
      }
    }
    Block.Doc longer = new Block.Doc(doc.metadata(), doc.cover(), blocks);
    return tables(longer, spec -> {
      int columns = spec.columns().size();
      if (spec.header().size() > 0 || columns != 10) {
        return spec;
      }
      int[] indicator = {0};
      return withBody(spec, eachBodyCell(spec, (col, cell) -> {
        boolean reason = col == columns - 1 && cell.colspan() == 1 && cell.rowspan() == 1
            && cell.align() == TableSpec.HAlign.LEFT;
        if (!reason) {
          return cell;
        }
        int n = indicator[0]++;
        return retext(cell, filler(n == 3 ? 1500 : 120) + "（" + n + "）");
      }));
    });
  }

  private static String filler(int length) {
    StringBuilder out = new StringBuilder();
    while (out.length() < length) {
      out.append(FILLER).append("，");
    }
    return out.substring(0, length);
  }

  /** The same document, its tables with the design widths fixed: the renderer before issue 11. */
  static Block.Doc fixedWidths(Block.Doc doc) {
    return tables(doc, spec -> spec.withColumns(
        spec.columns().stream().map(c -> Column.fixed(c.width())).toList()));
  }

  // ---- helpers ---------------------------------------------------------------------------

  static Block.Doc tables(Block.Doc doc, UnaryOperator<TableSpec> change) {
    List<Block> blocks = new ArrayList<>();
    for (Block b : doc.blocks()) {
      blocks.add(b instanceof Block.Table t ? new Block.Table(change.apply(t.spec()), t.listing()) : b);
    }
    return new Block.Doc(doc.metadata(), doc.cover(), blocks);
  }

  interface CellChange {
    Cell apply(int column, Cell cell);
  }

  /** The body with {@code change} applied to each cell, told the grid column it starts in. */
  static List<List<Cell>> eachBodyCell(TableSpec spec, CellChange change) {
    int n = spec.columns().size();
    int[] pending = new int[n];
    List<List<Cell>> out = new ArrayList<>();
    for (List<Cell> row : spec.body()) {
      List<Cell> cells = new ArrayList<>();
      int col = 0;
      for (Cell cell : row) {
        while (col < n && pending[col] > 0) {
          col++;
        }
        for (int c = col; c < Math.min(n, col + cell.colspan()); c++) {
          pending[c] = cell.rowspan();
        }
        cells.add(change.apply(Math.min(col, n - 1), cell));
        col += cell.colspan();
      }
      for (int c = 0; c < n; c++) {
        pending[c] = Math.max(0, pending[c] - 1);
      }
      out.add(List.copyOf(cells));
    }
    return out;
  }

  static TableSpec withBody(TableSpec s, List<List<Cell>> body) {
    return new TableSpec(s.title(), s.formNumber(), s.unitLine(), s.columns(), s.header(), body,
        s.notes(), s.fontSize(), s.bodyHead());
  }

  private static Cell retext(Cell c, String text) {
    return new Cell(text, c.colspan(), c.rowspan(), c.align(), c.bold());
  }
}
