package cn.juesuan.disclosure.check;

import static cn.juesuan.disclosure.check.Dataset.edit;

import cn.juesuan.disclosure.check.Dataset.Edit;
import cn.juesuan.disclosure.diag.Severity;
import java.util.List;

/**
 * One mutation of the reference per check (at least): the edit, the check that must fire, its
 * severity and the field it must point at (by default the edited one).
 */
final class MutationCases {
  private MutationCases() {}

  /** @param at the path the finding must carry; its line in the file is the expected line */
  record Case(String id, Severity severity, String at, List<Edit> edits) {
    @Override
    public String toString() {
      return id + " " + severity + " @ " + at + " ← " + edits.stream()
          .map(e -> e.path() + ": " + e.from() + " → " + e.to()).toList();
    }
  }

  static Case error(String id, String at, Edit... edits) {
    return new Case(id, Severity.ERROR, at, List.of(edits));
  }

  static Case warning(String id, String at, Edit... edits) {
    return new Case(id, Severity.WARNING, at, List.of(edits));
  }

  static Case note(String id, String at, Edit... edits) {
    return new Case(id, Severity.NOTE, at, List.of(edits));
  }

  /** A check that fires at the edited field. */
  static Case error(String id, Edit e) {
    return error(id, e.path(), e);
  }

  static Case warning(String id, Edit e) {
    return warning(id, e.path(), e);
  }

  // 公开07/08/09 are empty in the reference: these one-line tables replace their "{}".
  private static final String GK07_ROW = "opening: 1.00, income: 5.00, total: 4.00, basic: 4.00, closing: 2.00";
  private static final String GK07 = "{total: {" + GK07_ROW + "}, rows: [{code: \"212\", " + GK07_ROW
      + "}, {code: \"21208\", name: 国有土地使用权出让收入安排的支出, " + GK07_ROW
      + "}, {code: \"2120801\", name: 征地和拆迁补偿支出, " + GK07_ROW + "}]}";
  private static final String GK08_ROW = "total: 3.00, project: 3.00";
  private static final String GK08 = "{total: {" + GK08_ROW + "}, rows: [{code: \"223\", " + GK08_ROW
      + "}, {code: \"22301\", name: 国有资本经营预算解决历史遗留问题及改革成本支出, " + GK08_ROW + "}]}";

  static Edit gk07(String from, String to) {
    return edit("tables.gk07", "{}", GK07.replace(from, to));
  }

  static Edit gk08(String from, String to) {
    return edit("tables.gk08", "{}", GK08.replace(from, to));
  }

  static final List<Case> ALL = List.of(
      // 公开01
      error("T01a", edit("tables.gk01.income.total", "478.11", "478.51")),
      error("T01b", edit("tables.gk01.expenditure.total", "478.11", "478.31")),
      error("T01c", edit("tables.gk01.income.grandTotal", "478.11", "479.11")),
      error("T01d", edit("tables.gk01.expenditure.grandTotal", "478.11", "478.91")),
      error("T01e", edit("tables.gk01.expenditure.grandTotal", "478.11", "478.91")),
      // 公开02
      error("T02a", edit("tables.gk02.rows[4].total", "total: 14.78", "total: 14.98")),
      error("T02b", "tables.gk02.rows[4].total",
          edit("tables.gk02.rows[4]", "total: 14.78, fiscalGrant: 14.78", "total: 14.98, fiscalGrant: 14.98")),
      error("T02c", edit("tables.gk02.total.total", "total: 478.11", "total: 478.31")),
      error("T02d", "tables.gk02.total.otherRevenue",
          edit("tables.gk02.total", "fiscalGrant: 478.11}", "fiscalGrant: 478.11, otherRevenue: 0.50}")),
      error("T02d", "tables.gk02.total.fiscalGrant", edit("tables.gk02.total", "fiscalGrant: 478.11}", "fiscalGrant: 478.31}")),
      error("T02e", "tables.gk02.total.total",
          edit("tables.gk02.total", "{total: 478.11, fiscalGrant: 478.11}", "{total: 478.21, fiscalGrant: 478.21}")),
      error("T02f", "tables.gk02.rows[5].code", edit("tables.gk02.rows[5]", "\"2080505\"", "\"2080605\"")),
      // 公开03
      error("T03a", "tables.gk03.total.total", edit("tables.gk03.total", "basic: 460.45", "basic: 460.55")),
      error("T03b", "tables.gk03.rows[1].basic", edit("tables.gk03.rows[1]", "basic: 438.13", "basic: 438.33")),
      error("T03c", edit("tables.gk03.total.total", "total: 478.11", "total: 478.21")),
      error("T03d", "tables.gk03.rows[3].total",
          edit("tables.gk03.rows[3]", "total: 14.78, basic: 14.78", "total: 14.98, basic: 14.98")),
      error("T03e", "tables.gk03.total.total", edit("tables.gk03.total",
          "{total: 478.11, basic: 460.45, project: 17.66}", "{total: 478.31, basic: 460.65, project: 17.66}")),
      error("T03f", "tables.gk03.rows[8].code",
          edit("tables.gk03.rows[8]", "code: \"2101101\"", "code: \"2102101\", name: 测试科目")),
      error("T03f", "tables.gk03.rows[10].code", edit("tables.gk03.rows[10]", "code: \"2101199\"", "code: \"2101103\"")),
      // 公开04
      error("T04a", edit("tables.gk04.income.total", "478.11", "478.21")),
      error("T04b", edit("tables.gk04.income.opening", "0.00", "1.00")),
      error("T04c", edit("tables.gk04.income.grandTotal", "478.11", "478.21")),
      error("T04d", edit("tables.gk04.expenditure.byClass.201.total", "total: 455.79", "total: 455.99")),
      error("T04d", "tables.gk04.expenditure.total.total",
          edit("tables.gk04.expenditure.total", "{total: 478.11, generalBudget: 478.11}", "{total: 478.31, generalBudget: 478.11}")),
      error("T04e", edit("tables.gk04.expenditure.grandTotal.generalBudget", "generalBudget: 478.11", "generalBudget: 478.31")),
      error("T04f", edit("tables.gk04.income.generalBudget", "478.11", "478.31")),
      error("T04g", "tables.gk04.expenditure.grandTotal.total", edit("tables.gk04.expenditure.grandTotal",
          "{total: 478.11, generalBudget: 478.11}", "{total: 478.31, generalBudget: 478.31}")),
      error("T04h", "tables.gk04.expenditure.total.total", edit("tables.gk04.expenditure.total",
          "{total: 478.11, generalBudget: 478.11}", "{total: 478.31, generalBudget: 478.31}")),
      // 公开05
      error("T05a", edit("tables.gk05.rows[3].total", "total: 14.78", "total: 14.88")),
      error("T05b", "tables.gk05.rows[4].total",
          edit("tables.gk05.rows[4]", "total: 14.78, basic: 14.78", "total: 14.98, basic: 14.98")),
      error("T05c", edit("tables.gk05.total.total", "total: 478.11", "total: 478.31")),
      error("T05d", "tables.gk05.total.basic",
          edit("tables.gk05.total", "basic: 460.45, project: 17.66", "basic: 460.55, project: 17.56")),
      error("T05e", "tables.gk05.rows[6].total",
          edit("tables.gk05.rows[6]", "total: 7.54, basic: 7.54", "total: 7.64, basic: 7.64")),
      error("T05f", "tables.gk05.total.total", edit("tables.gk05.total",
          "{total: 478.11, basic: 460.45, project: 17.66}", "{total: 478.31, basic: 460.65, project: 17.66}")),
      error("T05g", "tables.gk05.rows[9].code",
          edit("tables.gk05.rows[9]", "code: \"2101103\"", "code: \"2103103\", name: 测试科目")),
      warning("T05h", "tables.gk05.rows[10].total",
          edit("tables.gk05.rows[10]", "total: 0.18, basic: 0.18", "total: 0.28, basic: 0.28")),
      warning("T05h", "tables.gk05.total.basic",
          edit("tables.gk05.total", "basic: 460.45, project: 17.66", "basic: 460.55, project: 17.56")),
      // a 科目 in 公开05 only, and one in 公开03 only
      warning("T05h", "tables.gk05.rows[6].total", edit("tables.gk05.rows[6]", "code: \"210\"", "code: \"211\"")),
      warning("T05h", "tables.gk03.rows[6].total", edit("tables.gk03.rows[6]", "code: \"210\"", "code: \"211\"")),
      // 公开06
      error("T06a", edit("tables.gk06.amounts.301", "125.06", "125.26")),
      error("T06b", edit("tables.gk06.amounts.302", "334.41", "334.61")),
      error("T06c", edit("tables.gk06.amounts.303", "0.98", "1.18")),
      error("T06d", edit("tables.gk06.personnelTotal", "126.04", "126.24")),
      error("T06e", edit("tables.gk06.publicTotal", "334.41", "334.61")),
      // 公开07 (one-line table: location asserted by path)
      error("T07a", "tables.gk07.total.closing", gk07("closing: 2.00}, rows", "closing: 3.00}, rows")),
      error("T07b", "tables.gk07.total.total", gk07("{total: {opening: 1.00, income: 5.00, total: 4.00, basic: 4.00",
          "{total: {opening: 1.00, income: 5.00, total: 4.00, basic: 3.00")),
      error("T07c", "tables.gk07.total.total", gk07("", "")),
      error("T07d", "tables.gk07.rows[1].opening", gk07("\"2120801\", name: 征地和拆迁补偿支出, opening: 1.00, income: 5.00",
          "\"2120801\", name: 征地和拆迁补偿支出, opening: 2.00, income: 4.00")),
      error("T07e", "tables.gk07.total.opening", gk07("{total: {opening: 1.00, income: 5.00",
          "{total: {opening: 2.00, income: 4.00")),
      error("T07e", "tables.gk07.total.total", edit("tables.gk07", "{}", "{total: {" + GK07_ROW + "}}")),
      error("T07f", "tables.gk07.rows[0].code", gk07("{code: \"212\", " + GK07_ROW + "}, ", "")),
      // 公开08
      error("T08a", "tables.gk08.total.total", gk08("{total: {total: 3.00, project: 3.00}",
          "{total: {total: 3.00, basic: 1.00, project: 3.00}")),
      error("T08b", "tables.gk08.total.total", gk08("", "")),
      error("T08c", "tables.gk08.rows[0].total", gk08("name: 国有资本经营预算解决历史遗留问题及改革成本支出, total: 3.00, project: 3.00",
          "name: 国有资本经营预算解决历史遗留问题及改革成本支出, total: 2.00, project: 2.00")),
      error("T08d", "tables.gk08.total.total", gk08("{total: {total: 3.00, project: 3.00}",
          "{total: {total: 4.00, project: 4.00}")),
      error("T08e", "tables.gk08.rows[0].code", gk08("{code: \"223\", " + GK08_ROW + "}, ", "")),
      // 公开09
      error("T09a", "tables.gk09.actual.total",
          edit("tables.gk09", "{}", "{actual: {total: 1.00, reception: 2.00}}")),
      error("T09b", "tables.gk09.budget.vehicleSubtotal", edit("tables.gk09", "{}",
          "{budget: {total: 3.00, vehicleSubtotal: 3.00, vehiclePurchase: 1.00}}")),
      warning("T09c", "tables.gk09.actual.reception", edit("tables.gk06.amounts.30217", "0.00", "1.00")),
      // across tables
      warning("T04i", edit("tables.gk04.expenditure.grandTotal.generalBudget", "generalBudget: 478.11", "generalBudget: 478.31")),
      error("T04j", edit("tables.gk04.income.opening", "0.00", "1.00")),
      warning("T05i", "tables.gk05.total.project", edit("tables.gk05.total", "project: 17.66", "project: 18.66")),
      error("T07g", "tables.gk07.total.income", gk07("", "")),
      error("T07g", "tables.gk07.total.closing", edit("tables.gk07", "{}", "{total: {opening: 1.00, closing: 1.00}}")),
      error("T07g", "tables.gk07.total.opening", edit("tables.gk07", "{}", "{total: {opening: 1.00, closing: 1.00}}")),
      error("T07h", "tables.gk07.rows[0].total", gk07("", "")),
      error("T08f", "tables.gk08.rows[0].total", gk08("", "")),
      warning("T09d", "tables.gk09.actual.abroad", edit("tables.gk06.amounts.30212", "0.00", "1.00")),
      warning("T09d", "tables.gk09.actual.vehiclePurchase", edit("tables.gk06.amounts.31013", "0.00", "0.50")),
      // 情况说明, 概况
      warning("N7", "explanations.operatingCost.amount", edit("explanations.operatingCost.amount", "334.41", "300.00")),
      warning("N8", "explanations.generalBudget.initialBudget[1].code",
          edit("explanations.generalBudget.initialBudget[1]", "code: \"208\"", "code: \"211\"")),
      warning("N8", "explanations.generalBudget.initialBudget",
          edit("explanations.generalBudget.initialBudget[1]", "code: \"208\"", "code: \"211\"")),
      // every 年初预算 written 0 while 公开05 spent: stated, not missing (a warning; no rate printed)
      warning("N9", "explanations.generalBudget.initialBudget",
          edit("explanations.generalBudget.initialBudget[0]", "amount: 662.77", "amount: 0"),
          edit("explanations.generalBudget.initialBudget[1]", "amount: 14.86", "amount: 0"),
          edit("explanations.generalBudget.initialBudget[2]", "amount: 7.85", "amount: 0")),
      // 年初预算 at 款/项 level: a 类 given by one 项 leaves its other 项 uncovered
      warning("N8", "explanations.generalBudget.initialBudget",
          edit("explanations.generalBudget.initialBudget[2]", "code: \"210\"", "code: \"2101101\"")),
      warning("N8", "explanations.generalBudget.initialBudget[2].code",
          edit("explanations.generalBudget.initialBudget[2]", "code: \"210\"", "code: \"2101102\"")),
      error("N9", "explanations.generalBudget.initialBudget[1].code",
          edit("explanations.generalBudget.initialBudget[1]", "code: \"208\"", "code: \"201\"")),
      error("N9", "explanations.generalBudget.initialBudget[1].code",
          edit("explanations.generalBudget.initialBudget[1]", "code: \"208\"", "code: \"2012999\"")),
      // a 科目 公开05 does not list and the standard list does not name: no name to print
      error("N9", "explanations.generalBudget.initialBudget[1].code",
          edit("explanations.generalBudget.initialBudget[1]", "code: \"208\"", "code: \"21303\"")),
      // the printed 年初预算 合计 (in place of previousTotal, so that every line stays where it was)
      error("B1", "explanations.generalBudget.initialBudgetTotal",
          edit("explanations.generalBudget.previousTotal", "previousTotal: 741.90", "initialBudgetTotal: 685.58")),
      note("B1", "explanations.generalBudget.initialBudgetTotal",
          edit("explanations.generalBudget.previousTotal", "previousTotal: 741.90", "initialBudgetTotal: 685.50")),
      error("P1", edit("profile.staffing.total", "total: 9", "total: 10")),
      warning("R09", "explanations.threePublic.reception.budgetReason",
          edit("tables.gk09", "{}", "{actual: {total: 1.00, reception: 1.00}}"),
          edit("explanations.threePublic.reception.budgetReason", "我单位无公务接待费", "~")),
      warning("R09", "explanations.threePublic.reception.changeReason",
          edit("tables.gk09", "{}", "{actual: {total: 1.00, reception: 1.00}}"),
          edit("explanations.threePublic.reception.changeReason", "上年我单位无公务接待费", "~")),
      // no 上年 figure (a unit set up this year): a change reason cannot be printed
      warning("R09", "explanations.threePublic.abroad.changeReason",
          edit("explanations.threePublic.abroad.previous", "previous: 0.00", "previous: ~")),
      warning("H1", "tables.gk05.rows[5].basic",
          edit("tables.gk05.rows[5]", "total: 14.78, basic: 14.78", "total: 14.88, basic: 14.88")),
      // stated figures: last year's 三公, 政府采购, 第四部分, 实物量
      error("N10", edit("explanations.threePublic.total.previous", "0.00", "1.00")),
      error("N11", edit("explanations.threePublic.vehicle.previous", "0.00", "1.00")),
      error("N12", "explanations.procurement.total",
          edit("explanations.procurement", "{}", "{total: 10.00, goods: 5.00, services: 4.00, smallBusiness: 2.00}")),
      error("N13", "explanations.procurement.smallBusiness",
          edit("explanations.procurement", "{}", "{total: 251.25, goods: 251.25, smallBusiness: 251.26}")),
      error("N14", "performance.selfEvaluation.generalFunds",
          edit("performance.selfEvaluation.generalFunds", "generalFunds: 0", "generalFunds: 20.21")),
      error("N14", "performance.keyEvaluation.govFundFunds",
          edit("performance.keyEvaluation", "govFundFunds: 0", "govFundFunds: 3")),
      warning("N15", edit("explanations.threePublic.physical.abroadGroups", "0", "2")),
      warning("N15", "explanations.threePublic.physical.receptionBatches",
          edit("tables.gk09", "{}", "{actual: {total: 1.00, reception: 1.00}}")),
      warning("N15", edit("explanations.threePublic.physical.vehiclesPurchased", "0", "1")),
      warning("N15", "explanations.threePublic.physical.vehiclesHeld",
          edit("tables.gk09", "{}", "{actual: {total: 1.00, vehicleSubtotal: 1.00, vehicleOperation: 1.00}}")),
      warning("N16", edit("explanations.threePublic.physical.vehiclesHeld", "0", "1")),
      // prose vs tables
      warning("X1", "profile.duties.lead", edit("profile.duties.lead", "全额拨款", "自收自支")),
      warning("X1", "profile.duties.items[1]", edit("profile.duties.items[1]", "依照法律和工会章程", "依照法律和工会章程，作为自收自支单位")),
      warning("X2", "performance.summary", edit("performance.summary", "较好地完成了年度工作目标", "无项目支出")),
      warning("X3", "report.threePublicText", edit("tables.gk09", "{}", "{actual: {total: 1.00, reception: 1.00}}")),
      // 附件2
      warning("A1", "selfAssessment.funds.total.initial", edit("selfAssessment.funds.total", "initial: 6854776", "initial: 6954776")),
      warning("A2", "selfAssessment.funds.project.actual", edit("selfAssessment.funds.project", "actual: 176610", "actual: 186610")),
      warning("A3", "selfAssessment.funds.public.actual", edit("selfAssessment.funds.public", "actual: 3344133", "actual: 3444133")),
      warning("A4", "selfAssessment.funds.personnel.actual",
          edit("selfAssessment.funds.personnel", "actual: 1267130.97", "actual: 1367130.97")),
      error("A5", "selfAssessment.funds.total.full", edit("selfAssessment.funds.total", "full: 7035718", "full: 7035719")),
      error("A6", "selfAssessment.funds.basic.initial", edit("selfAssessment.funds.basic", "initial: 6854776", "initial: 6854777")),
      error("A7", "selfAssessment.funds.project.full", edit("selfAssessment.funds.project", "full: 176610", "full: 176600")));
}
