package cn.juesuan.disclosure.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.testing.Example;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The slips of someone copying amounts from a spreadsheet: each gets one error at the amount's
 * line and column that says what is wrong and how to write it, in Chinese and English, and no
 * misleading second error (a split flow mapping is not an unknown key or a class code).
 */
class AmountMessagesTest {

  static Stream<Arguments> slips() {
    return Stream.of(
        // {total: 2,452.66} is read by YAML as {total: 2, 452.66: null}
        Arguments.of("thousands separator in an inline mapping",
            "    total: {total: 478.11, fiscalGrant: 478.11}", "    total: {total: 2,452.66, fiscalGrant: 478.11}",
            "tables.gk02.total.total", List.of("千位分隔符", "行内映射", "写作 2452.66"), List.of("thousands separator", "write 2452.66")),
        Arguments.of("thousands separator in an inline mapping of class codes",
            "byClass: {\"201\": 455.79,", "byClass: {\"201\": 1,455.79,",
            "tables.gk01.expenditure.byClass.201", List.of("千位分隔符", "写作 1455.79"), List.of("write 1455.79")),
        Arguments.of("two thousands separators in an inline mapping",
            "    total: {total: 478.11, fiscalGrant: 478.11}", "    total: {total: 1,234,567.89, fiscalGrant: 478.11}",
            "tables.gk02.total.total", List.of("\"1,234,567.89\"", "写作 1234567.89"), List.of("write 1234567.89")),
        Arguments.of("thousands separator in a block value",
            "personnelTotal: 126.04", "personnelTotal: \"1,126.04\"",
            "tables.gk06.personnelTotal", List.of("千位分隔符", "写作 1126.04"), List.of("write 1126.04")),
        Arguments.of("unit suffix", "personnelTotal: 126.04", "personnelTotal: 126.04万元",
            "tables.gk06.personnelTotal", List.of("不带单位", "万元", "写作 126.04"), List.of("no unit", "write 126.04")),
        Arguments.of("unit suffix 元 with a space", "personnelTotal: 126.04", "personnelTotal: 1260400 元",
            "tables.gk06.personnelTotal", List.of("不带单位", "写作 1260400"), List.of("no unit")),
        Arguments.of("full-width digits", "personnelTotal: 126.04", "personnelTotal: １２６．０４",
            "tables.gk06.personnelTotal", List.of("全角", "写作 126.04"), List.of("full-width", "write 126.04")),
        Arguments.of(".inf", "personnelTotal: 126.04", "personnelTotal: .inf",
            "tables.gk06.personnelTotal", List.of("无穷大或非数", "留空"), List.of("infinity")),
        Arguments.of(".nan", "personnelTotal: 126.04", "personnelTotal: .NaN",
            "tables.gk06.personnelTotal", List.of("无穷大或非数"), List.of("not-a-number")),
        Arguments.of("hexadecimal", "personnelTotal: 126.04", "personnelTotal: 0x1F",
            "tables.gk06.personnelTotal", List.of("十六进制", "即 31", "十进制"), List.of("hexadecimal", "is 31")),
        Arguments.of("leading plus", "personnelTotal: 126.04", "personnelTotal: +126.04",
            "tables.gk06.personnelTotal", List.of("正号", "写作 126.04"), List.of("plus sign", "write 126.04")),
        Arguments.of("minus zero", "personnelTotal: 126.04", "personnelTotal: -0.00",
            "tables.gk06.personnelTotal", List.of("零写作 0.00", "留空"), List.of("write zero as 0.00")),
        Arguments.of("three decimals", "personnelTotal: 126.04", "personnelTotal: 126.045",
            "tables.gk06.personnelTotal", List.of("最多两位小数", "126.05"), List.of("at most two decimals")),
        Arguments.of("scientific notation", "personnelTotal: 126.04", "personnelTotal: 1.2604e2",
            "tables.gk06.personnelTotal", List.of("科学计数法", "写作 126.04"), List.of("scientific")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("slips")
  void saysWhatIsWrongAndHowToWriteIt(String name, String from, String to, String field, List<String> zh,
                                      List<String> en) {
    String yaml = Example.mutated(from, to);
    int line = lineOf(yaml, to);
    var result = DisclosureLoader.load(yaml.getBytes(StandardCharsets.UTF_8), "x.yaml");
    List<Finding> errors = result.findings().all().stream().filter(f -> f.severity().name().equals("ERROR")).toList();
    assertEquals(1, errors.size(), () -> "one error, nothing misleading: " + errors);
    Finding f = errors.get(0);
    assertTrue(f.id().startsWith("load.amount"), f.toString());
    assertEquals(field, f.location().path());
    assertEquals(line, f.location().line(), "at the amount's line");
    int column = yaml.lines().toList().get(line - 1).indexOf(to.strip().substring(to.strip().indexOf(':') + 1).strip()
        .substring(0, 1), to.indexOf(':')) + 1;
    assertTrue(f.location().column() >= column, "at the amount's column or after: " + f.location());
    zh.forEach(w -> assertTrue(f.zh().contains(w), () -> "「" + w + "」 in " + f.zh()));
    en.forEach(w -> assertTrue(f.en().contains(w), () -> "\"" + w + "\" in " + f.en()));
  }

  private static int lineOf(String text, String fragment) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(fragment.strip())) {
        return i + 1;
      }
    }
    throw new AssertionError(fragment);
  }
}
