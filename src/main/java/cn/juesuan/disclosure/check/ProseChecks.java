package cn.juesuan.disclosure.check;

import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Explanations;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The department's sentences against its own data (X1–X3, warnings): the contradiction a
 * reviewer most wants caught before approval. The wording stays the department's; we only point.
 */
final class ProseChecks {
  private ProseChecks() {}

  private static final List<String> FUNDING_TYPES = List.of("全额拨款", "差额拨款", "自收自支");
  private static final Pattern NO_PROJECT = Pattern.compile("(无|没有|未发生|未安排)项目支出");
  private static final Pattern NO_THREE_PUBLIC = Pattern.compile("(无|没有|未发生)[“\"]?三公[”\"]?经费");

  /** One prose field: its path and its text. */
  record Prose(String path, String text) {}

  static List<Check> all() {
    return List.of(
        Check.of("X1", "部门概况 经费形式 与 正文所述一致（警告）", "funding type agrees with the prose (warning)", (d, c) -> {
          String declared = d.profile().fundingType();
          if (declared == null) {
            return;
          }
          List<Prose> hits = find(prose(d), text -> FUNDING_TYPES.stream()
              .anyMatch(t -> !t.equals(declared) && text.contains(t)));
          if (!hits.isEmpty()) {
            String said = FUNDING_TYPES.stream().filter(t -> !t.equals(declared) && hits.get(0).text().contains(t))
                .findFirst().orElseThrow();
            c.warning(hits.get(0).path(),
                "经费形式为“" + declared + "”（profile.fundingType），正文却称“" + said + "”" + also(hits),
                "the funding type is " + declared + " (profile.fundingType) but the text says " + said + alsoEn(hits));
          }
        }),
        Check.of("X2", "正文称无项目支出，而 公开03 项目支出 > 0（警告）", "the text says no project spending while gk03 shows some (warning)",
            (d, c) -> {
              BigDecimal project = ClassifiedForm.GK03.of(d).total().orZero("project");
              List<Prose> hits = find(prose(d), text -> NO_PROJECT.matcher(text).find());
              if (project.signum() > 0 && !hits.isEmpty()) {
                c.warning(hits.get(0).path(),
                    "正文称“无项目支出”，而 公开03 合计 项目支出 为 " + Identity.money(project) + " 万元" + also(hits),
                    "the text says there was no project spending, but gk03 shows " + Identity.money(project) + " 万元" + alsoEn(hits));
              }
            }),
        Check.of("X3", "正文称无“三公”经费，而 公开09 决算数 合计 > 0（警告）", "the text says no 三公 spending while gk09 shows some (warning)",
            (d, c) -> {
              BigDecimal actual = d.tables().gk09().actual().orZero("total");
              List<Prose> hits = find(prose(d), text -> NO_THREE_PUBLIC.matcher(text).find());
              if (actual.signum() > 0 && !hits.isEmpty()) {
                c.warning(hits.get(0).path(),
                    "正文称无“三公”经费，而 公开09 决算数 合计 为 " + Identity.money(actual) + " 万元" + also(hits),
                    "the text says there was no 三公 spending, but gk09 shows " + Identity.money(actual) + " 万元" + alsoEn(hits));
              }
            }));
  }

  /** The department's own sentences, in document order, with their YAML paths. */
  static List<Prose> prose(Disclosure d) {
    List<Prose> out = new ArrayList<>();
    out.add(new Prose("profile.duties.lead", d.profile().duties().lead()));
    List<String> items = d.profile().duties().items();
    for (int i = 0; i < items.size(); i++) {
      out.add(new Prose("profile.duties.items[" + i + "]", items.get(i)));
    }
    Explanations.ThreePublic tp = d.explanations().threePublic();
    out.add(new Prose("explanations.threePublic.intro", tp.intro()));
    for (Map.Entry<String, Explanations.ThreePublicItem> e : tp.items().entrySet()) {
      String p = "explanations.threePublic." + e.getKey();
      out.add(new Prose(p + ".budgetReason", e.getValue().budgetReason()));
      out.add(new Prose(p + ".changeReason", e.getValue().changeReason()));
    }
    List<String> other = d.explanations().other();
    for (int i = 0; i < other.size(); i++) {
      out.add(new Prose("explanations.other[" + i + "]", other.get(i)));
    }
    out.add(new Prose("performance.summary", d.performance().summary()));
    out.add(new Prose("performance.selfEvaluationResult", d.performance().selfEvaluationResult()));
    out.add(new Prose("performance.keyEvaluationResult", d.performance().keyEvaluationResult()));
    if (d.report() != null) {
      out.add(new Prose("report.projectText", d.report().projectText()));
      out.add(new Prose("report.threePublicText", d.report().threePublicText()));
      out.add(new Prose("report.performance", d.report().performance()));
      out.add(new Prose("report.reflection", d.report().reflection()));
    }
    return out;
  }

  private static List<Prose> find(List<Prose> prose, Predicate<String> says) {
    return prose.stream().filter(p -> p.text() != null && says.test(p.text())).toList();
  }

  /** "（另见 …）" naming the further fields that say the same. */
  private static String also(List<Prose> hits) {
    return hits.size() < 2 ? "" : "（另见 " + others(hits) + "）";
  }

  private static String alsoEn(List<Prose> hits) {
    return hits.size() < 2 ? "" : " (also in " + others(hits) + ")";
  }

  private static String others(List<Prose> hits) {
    return String.join(", ", hits.subList(1, hits.size()).stream().map(Prose::path).toList());
  }
}
