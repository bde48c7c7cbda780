package cn.juesuan.disclosure.check;

import cn.juesuan.disclosure.catalogue.Catalogue;
import cn.juesuan.disclosure.catalogue.FormSpec;
import cn.juesuan.disclosure.model.StandardLists;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names checks cite forms, lines and columns by. Checks write keys, never printed words:
 * a name is a token ({@code {gk07}}, {@code {gk07#closing}}, {@code {gk01@income.total}}) that
 * {@link #resolve} words from the disclosure's format (its catalogue) when the finding is
 * written, so the same identity reads "公开08 年末结转和结余" in Gansu and its own words in
 * another, and no check holds a printed title.
 *
 * <pre>
 *   {FORM}            the form's name            (公开08)
 *   {FORM#COLUMN}     an amount column's name    (年末结转和结余)
 *   {FORM@LINE}       a line's name and 行次      (本年收入合计(27)); 附件2 fund rows by key
 *   {FORM$TOTAL}      a totals cell's label      (人员经费合计)
 *   {FORM%GROUP}      a group of the model       (预算数)
 *   {class:CODE}      a 功能分类 类 with its name  (201 一般公共服务支出), from the year's list
 *   {economic:CODE}   a 经济分类 code with its name (30101 基本工资)
 * </pre>
 * Each ends in {@code !en} for the English wording.
 */
final class Labels {
  private Labels() {}

  private static final Pattern TOKEN =
      Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)(?:([#@$%:])([A-Za-z0-9.]+))?(!en)?}");

  /** 九 三公 items of the narrative (the vehicle item is gk09's subtotal): the YAML's keys. */
  static final Map<String, Label> THREE_PUBLIC_ITEMS = Map.of(
      "total", Label.of("“三公”经费合计", "三公 total"),
      "abroad", Label.of("因公出国（境）费", "travel abroad"),
      "vehicle", Label.of("公务用车购置及运行维护费", "official vehicles"),
      "vehiclePurchase", Label.of("公务用车购置费", "vehicle purchase"),
      "vehicleOperation", Label.of("公务用车运行维护费", "vehicle operation"),
      "reception", Label.of("公务接待费", "official reception"));

  /** 十一 政府采购 amounts (explanations.procurement). */
  static final Map<String, Label> PROCUREMENT = Map.of(
      "total", Label.of("政府采购支出总额", "procurement total"),
      "goods", Label.of("政府采购货物支出", "goods"),
      "works", Label.of("政府采购工程支出", "works"),
      "services", Label.of("政府采购服务支出", "services"),
      "smallBusiness", Label.of("授予中小企业合同金额", "contracts awarded to SMEs"));

  /** A form's name. */
  static String form(String formId) {
    return "{" + formId + "}";
  }

  static Label column(String formId, String key) {
    return token(formId + "#" + key);
  }

  static Label line(String formId, String key) {
    return token(formId + "@" + key);
  }

  static Label total(String formId, String key) {
    return token(formId + "$" + key);
  }

  static Label group(String formId, String key) {
    return token(formId + "%" + key);
  }

  /** A 功能分类 类 as the 总表 cite it ("201 一般公共服务支出"), or its code. */
  static Label expenditureClass(String code) {
    return token("class:" + code);
  }

  /** A 经济分类 code with its standard name. */
  static Label economicClass(String code) {
    return token("economic:" + code);
  }

  private static Label token(String body) {
    return Label.of("{" + body + "}", "{" + body + "!en}");
  }

  /** {@code text} with every token worded by {@code format} and the year's code lists. */
  static String resolve(String text, Catalogue format, StandardLists codes) {
    if (text == null || text.indexOf('{') < 0) {
      return text;
    }
    Matcher m = TOKEN.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String word = word(m.group(1), m.group(2), m.group(3), m.group(4) == null, format, codes);
      m.appendReplacement(out, Matcher.quoteReplacement(word == null ? m.group() : word));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The word of one token, or null to leave it as written (not a token of ours). */
  private static String word(String head, String kind, String key, boolean zh, Catalogue format,
                             StandardLists codes) {
    if (kind == null) {
      return format.findForm(head).map(f -> zh ? f.name() : f.id()).orElse(null);
    }
    if (kind.equals(":")) {
      return switch (head) {
        case "class" -> zh ? codes.expenditureClasses().stream().filter(c -> c.code().equals(key)).findFirst()
            .map(c -> key + " " + c.name()).orElse(key) : "class " + key;
        case "economic" -> zh ? key + " " + codes.economicClass(key).map(e -> e.name()).orElse("") : key;
        default -> null;
      };
    }
    Optional<FormSpec> form = format.findForm(head);
    if (form.isEmpty()) {
      return key;
    }
    FormSpec f = form.get();
    return switch (kind) {
      case "#" -> f.column(key).map(c -> zh ? c.name() : c.en()).orElse(key);
      case "@" -> f.line(key).map(l -> zh ? l.citedZh() : l.citedEn()).orElse(key);
      case "$" -> f.totals().stream().filter(t -> t.key().equals(key)).findFirst()
          .map(t -> zh ? t.text() : t.en()).orElse(key);
      case "%" -> f.group(key).map(g -> zh ? g.name() : g.en()).orElse(key);
      default -> null;
    };
  }
}
