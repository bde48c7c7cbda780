package cn.juesuan.disclosure.check;

import static cn.juesuan.disclosure.check.Dataset.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.diag.Severity;
import cn.juesuan.disclosure.load.DisclosureLoader;
import cn.juesuan.disclosure.model.Disclosure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Where a check's condition sits on an edge (a class in one table only, an amount of exactly 0,
 * a difference of exactly 0.01), on the bundled datasets: each test fails if the condition moves.
 */
class BoundaryCasesTest {

  private static List<String> at(Findings f, String id) {
    return f.all().stream().filter(x -> x.id().equals(id)).map(x -> x.severity() + " " + x.location().path()).toList();
  }

  private static Disclosure load(Path p) {
    DisclosureLoader.Result r = DisclosureLoader.load(p);
    assertTrue(r.ok(), () -> r.findings().all().toString());
    return r.disclosure();
  }

  @Test
  void everyBundledDatasetHasNoErrorAndTheHealthBureauNoWarning() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("data"))) {
      for (Path p : files.filter(x -> x.toString().endsWith(".yaml")).sorted().toList()) {
        Findings f = Checks.run(load(p));
        assertEquals(List.of(), f.of(Severity.ERROR), p + ":\n" + Dataset.render(f));
      }
    }
    // all kinds of income and spending, yet nothing to warn of (T05h must not compare 公开05 with
    // 公开03) but N7, which the file accepts: its 机关运行经费 is the 局机关's alone
    Findings health = Checks.run(load(Path.of("data/linxia-weijian-2024.yaml")));
    assertEquals(List.of("WARNING explanations.operatingCost.amount"),
        health.of(Severity.WARNING).stream().map(x -> x.severity() + " " + x.location().path()).toList(), Dataset.render(health));
    assertEquals(List.of("N7"), health.of(Severity.WARNING).stream().map(Finding::id).toList());
    assertEquals(0, health.count(Severity.NOTE), Dataset.render(health));
    Findings published = cn.juesuan.disclosure.pipeline.Pipeline.analyse(Path.of("data/linxia-weijian-2024.yaml")).findings();
    assertEquals(0, published.count(Severity.WARNING), Dataset.render(published));
    assertEquals(1, published.count(Severity.ACCEPTED), Dataset.render(published));
  }

  @Test
  void aClassPrintedOnlyIn公开03IsCompared() {
    // T03d: 210 renamed 211 in 公开03 — 211 is in 公开03 only, 210 in 公开01 only: both are found
    Findings f = Dataset.check(Dataset.mutated(edit("tables.gk03.rows[6]", "code: \"210\"", "code: \"211\"")));
    List<String> t03d = at(f, "T03d");
    assertTrue(t03d.contains("ERROR tables.gk03.rows[6].total"), t03d.toString());
    assertTrue(t03d.contains("ERROR tables.gk01.expenditure.byClass.210"), t03d.toString());
  }

  @Test
  void aClassPrintedOnlyIn公开05OrOnlyIn公开04IsCompared() {
    Findings f = Dataset.check(Dataset.mutated(edit("tables.gk05.rows[6]", "code: \"210\"", "code: \"211\"")));
    List<String> t05e = at(f, "T05e");
    assertTrue(t05e.contains("ERROR tables.gk05.rows[6].total"), t05e.toString());
    assertTrue(t05e.contains("ERROR tables.gk04.expenditure.byClass.210.generalBudget"), t05e.toString());
    assertEquals(2, t05e.size(), t05e.toString());
  }

  @Test
  void t05hComparesOnlyWhenAllIncomeIsGeneralBudget() {
    // the reference: one 公开05 row off by 0.10 is a warning …
    Dataset.Edit off = edit("tables.gk05.rows[10]", "total: 0.18, basic: 0.18", "total: 0.28, basic: 0.28");
    assertEquals(List.of("WARNING tables.gk05.rows[10].total", "WARNING tables.gk05.rows[10].basic"),
        at(Dataset.check(Dataset.mutated(off)), "T05h"));
    // … but not once the department has other income (公开03 then legitimately exceeds 公开05)
    Dataset.Edit other = edit("tables.gk01.income.total", "478.11", "478.11\n      otherRevenue: 1.00");
    assertEquals(List.of(), at(Dataset.check(Dataset.mutated(off, other)), "T05h"));
    Dataset.Edit balance = edit("tables.gk01.income.total", "478.11", "478.11\n      nonFiscalBalanceUsed: 1.00");
    assertEquals(List.of(), at(Dataset.check(Dataset.mutated(off, balance)), "T05h"));
    assertTrue(Gk05Checks.allIncomeIsGeneralBudget(Dataset.reference()));
    assertEquals(false, Gk05Checks.allIncomeIsGeneralBudget(load(Path.of("data/linxia-weijian-2024.yaml"))));
  }

  @Test
  void noProjectProseIsOnlyAContradictionWhenThereIsProjectSpending() {
    // X2: with 公开03 项目支出 0, "无项目支出" is true
    Findings f = Dataset.check(Dataset.mutated(edit("tables.gk03.total", "project: 17.66", "project: 0.00")));
    assertEquals(List.of(), at(f, "X2"));
    Findings three = Dataset.check(Dataset.mutated(edit("tables.gk09", "{}", "{actual: {total: 0.00}}")));
    assertEquals(List.of(), at(three, "X3"));
  }

  @Test
  void aShortfallOfOneCentIsRounding() {
    // T09c / T09d: 公开06 30217 0.01 against a blank 公开09: within 0.01, no warning; 0.02 warns
    assertEquals(List.of(), at(Dataset.check(Dataset.mutated(edit("tables.gk06.amounts.30217", "0.00", "0.01"))), "T09c"));
    assertEquals(List.of("WARNING tables.gk09.actual.reception"),
        at(Dataset.check(Dataset.mutated(edit("tables.gk06.amounts.30217", "0.00", "0.02"))), "T09c"));
    assertEquals(List.of("WARNING tables.gk09.actual.vehicleOperation"),
        at(Dataset.check(Dataset.mutated(edit("tables.gk06.amounts.30231", "0.00", "0.02"))), "T09c"));
    assertEquals(List.of(), at(Dataset.check(Dataset.mutated(edit("tables.gk06.amounts.30212", "0.00", "0.01"))), "T09d"));
    assertEquals(List.of(), at(Dataset.check(Dataset.mutated(edit("tables.gk05.total", "project: 17.66", "project: 17.67"))), "T05i"));
  }

  @Test
  void initialBudgetAgainstClassesWithAndWithoutSpending() {
    // 公开05 210 at 0.00 and its 年初预算 moved to 211 at 0: neither is a mismatch
    Dataset.Edit noSpending = edit("tables.gk05.rows[6]", "total: 7.54, basic: 7.54", "total: 0.00, basic: 0.00");
    Dataset.Edit moved = edit("explanations.generalBudget.initialBudget[2]", "code: \"210\", amount: 7.85", "code: \"211\", amount: 0");
    assertEquals(List.of(), at(Dataset.check(Dataset.mutated(noSpending, moved)), "N8"));
    // a budget of 7.85 for the class that spent 0.00: a mismatch
    assertEquals(List.of("WARNING explanations.generalBudget.initialBudget[2].code"),
        at(Dataset.check(Dataset.mutated(noSpending)), "N8"));
    // N9: nothing spent and no budget is no error
    Findings none = Dataset.check(Dataset.mutated(edit("tables.gk05.total", "total: 478.11", "total: 0.00"),
        edit("explanations.generalBudget.initialBudget[0]", "amount: 662.77", "amount: 0"),
        edit("explanations.generalBudget.initialBudget[1]", "amount: 14.86", "amount: 0"),
        edit("explanations.generalBudget.initialBudget[2]", "amount: 7.85", "amount: 0")));
    assertEquals(List.of(), at(none, "N9"));
  }

  @Test
  void noInitialBudgetListedIsAnErrorOnlyWhere公开05Spent() throws Exception {
    String none = Files.readString(Path.of("data/linxia-zonggonghui-2024.yaml"))
        .replaceAll("(?m)^      - \\{code: \"\\d+\", amount: [^\\n]*\\n", "")
        .replace("    initialBudget:          # 年初预算 by 类, 五(三)\n", "    initialBudget: []\n");
    assertEquals(List.of("ERROR explanations.generalBudget.initialBudget"), at(Checks.run(loadText(none)), "N9"));
    // 公开05's 合计 (the second of the two identical 合计 lines, 公开03's being the first) at 0.00
    String total = "total: {total: 478.11, basic: 460.45, project: 17.66}";
    int gk05 = none.lastIndexOf(total);
    String nothingSpent = none.substring(0, gk05) + "total: {total: 0.00, basic: 460.45, project: 17.66}"
        + none.substring(gk05 + total.length());
    assertTrue(!nothingSpent.equals(none), "公开05 合计 edited");
    assertEquals(List.of(), at(Checks.run(loadText(nothingSpent)), "N9"));
  }

  @Test
  void anInitialBudgetOfANamelessSubjectIsFineOnceNamed() {
    Findings named = Dataset.check(Dataset.mutated(edit("explanations.generalBudget.initialBudget[1]",
        "code: \"208\"", "code: \"21303\", name: 水利")));
    assertEquals(List.of(), at(named, "N9"));
    // a 项 the standard list names: no name needed
    Findings listed = Dataset.check(Dataset.mutated(edit("explanations.generalBudget.initialBudget[1]",
        "code: \"208\"", "code: \"2080505\"")));
    assertEquals(List.of(), at(listed, "N9"));
    // no 上年 三公 figure and no change reason: nothing to say
    Findings quiet = Dataset.check(Dataset.mutated(edit("explanations.threePublic.abroad.previous", "previous: 0.00", "previous: ~"),
        edit("explanations.threePublic.abroad.changeReason", "上年我单位无因公出国(境)费用", "~")));
    assertEquals(List.of(), at(quiet, "R09"));
  }

  @Test
  void glyphCheckSkipsWhiteSpaceAndNamesTheCharacter() {
    Disclosure d = Dataset.reference();
    assertEquals(0, GlyphCheck.run(d, cp -> cp != ' ' && cp != '\u3000').count(Severity.ERROR));
    Findings f = GlyphCheck.run(d, cp -> cp != '俱');
    Finding g = f.all().get(0);
    assertEquals("G01", g.id());
    assertTrue(g.zh().contains("“俱”（U+4FF1）"), g.zh());
    assertTrue(g.location().line() > 0);
    assertEquals(f.count(Severity.ERROR), f.all().size());
  }

  @Test
  void fundTablesAgainst公开04ClassByClassAndFiscalBalancesAsPartOfAll() throws Exception {
    String health = Files.readString(Path.of("data/linxia-weijian-2024.yaml"));
    // 公开04 prints 229 政府性基金 249.50 and 223 国有资本 260.00; the fund tables renamed to other classes
    String moved = health.replace("- {code: \"229\", opening: 30.00", "- {code: \"212\", name: 城乡社区支出, opening: 30.00")
        .replace("- {code: \"223\", total: 260.00", "- {code: \"222\", name: 粮油物资储备支出, total: 260.00");
    Findings f = Checks.run(loadText(moved));
    List<String> t07h = at(f, "T07h");
    assertTrue(t07h.contains("ERROR tables.gk04.expenditure.byClass.229.govFund"), t07h.toString());
    assertTrue(t07h.stream().anyMatch(x -> x.startsWith("ERROR tables.gk07.rows[")), t07h.toString());
    List<String> t08f = at(f, "T08f");
    assertTrue(t08f.contains("ERROR tables.gk04.expenditure.byClass.223.stateCapital"), t08f.toString());
    assertTrue(t08f.stream().anyMatch(x -> x.startsWith("ERROR tables.gk08.rows[")), t08f.toString());
    // 公开01 年末结转和结余 below 公开04's 财政拨款 part of it
    Findings closing = Checks.run(loadText(health.replace("closingBalance: 4660.28", "closingBalance: 1000.00")));
    assertEquals(List.of("ERROR tables.gk04.expenditure.closing.total"), at(closing, "T04j"));
    assertEquals(List.of(), at(Checks.run(loadText(health)), "T04j"));
  }

  private static Disclosure loadText(String yaml) {
    DisclosureLoader.Result r = DisclosureLoader.load(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8), "edited.yaml");
    assertTrue(r.disclosure() != null, () -> r.findings().all().toString());
    return r.disclosure();
  }
}
