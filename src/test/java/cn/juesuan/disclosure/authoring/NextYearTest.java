package cn.juesuan.disclosure.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.load.Shape;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Explanations;
import cn.juesuan.disclosure.testing.Cli;
import cn.juesuan.disclosure.testing.Example;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** {@code new --from}: next year's file from the example. */
class NextYearTest {
  private static final Pattern FINDING = Pattern.compile("^(.+?):(\\d+):(\\d+) (\\S+): 错误/error \\[(\\S+)\\]", Pattern.MULTILINE);

  private static Path next(Path dir) {
    Path next = dir.resolve("next.yaml");
    Cli cli = Cli.run("new", "--from", Example.FILE.toString(), "-o", next.toString());
    assertEquals(0, cli.exitCode(), cli.all());
    assertTrue(cli.out().contains("处待填") && cli.out().contains("fields to fill"), cli.out());
    return next;
  }

  @SuppressWarnings("unchecked")
  private static Object at(Map<String, Object> root, String path) {
    Object o = root;
    for (String k : path.split("\\.")) {
      o = ((Map<String, Object>) o).get(k);
    }
    return o;
  }

  private static BigDecimal amount(Map<String, Object> root, String path) {
    Object o = at(root, path);
    return o == null ? null : new BigDecimal(o.toString());
  }

  private static void same(BigDecimal expected, BigDecimal actual) {
    assertTrue(expected == null ? actual == null : actual != null && expected.compareTo(actual) == 0,
        expected + " vs " + actual);
  }

  @Test
  void lastYearsFiguresAreTheExamplesFiguresOfThisYear(@TempDir Path dir) throws IOException {
    Path next = next(dir);
    Map<String, Object> y = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(next));
    Disclosure d = Example.disclosure();
    var t = d.tables();
    same(t.gk01().income().get("grandTotal"), amount(y, "explanations.overall.previousTotal"));
    same(t.gk04().income().get("grandTotal"), amount(y, "explanations.fiscalOverall.previousTotal"));
    same(t.gk05().total().get("total"), amount(y, "explanations.generalBudget.previousTotal"));
    same(t.gk06().personnelTotal(), amount(y, "explanations.basicExpenditure.personnel.previous"));
    same(t.gk06().publicTotal(), amount(y, "explanations.basicExpenditure.public.previous"));
    same(d.explanations().operatingCost().amount(), amount(y, "explanations.operatingCost.previous"));
    same(t.gk06().amounts().get("30215"), amount(y, "explanations.operatingCost.meeting.previous"));
    same(t.gk06().amounts().get("30216"), amount(y, "explanations.operatingCost.training.previous"));
    for (String item : Explanations.THREE_PUBLIC_ITEMS) {
      BigDecimal actual = t.gk09().actual().get(Explanations.THREE_PUBLIC_COLUMNS.get(item));
      assertEquals(0, (actual == null ? BigDecimal.ZERO : actual)
          .compareTo(amount(y, "explanations.threePublic." + item + ".previous")), item);
    }
    assertEquals(2025, at(y, "department.year"));
    assertEquals(Shape.TO_FILL, at(y, "department.date"));
    assertEquals(Shape.TO_FILL, at(y, "tables.gk01.income.grandTotal"), "this year's figures are left to fill");
    assertEquals(d.profile().duties().lead(), at(y, "profile.duties.lead"), "wording carried over");
    assertEquals(1, at(y, "schema"));
    assertFalse(y.containsKey("pins") || y.containsKey("acceptances"), "this year's pins and 出错说明 are not carried");
  }

  @Test
  void validateListsWhatRemainsToFillEachAtItsLine(@TempDir Path dir) throws IOException {
    Path next = next(dir);
    List<String> lines = Files.readAllLines(next, StandardCharsets.UTF_8);
    long placeholders = lines.stream().mapToLong(l -> l.split(Shape.TO_FILL, -1).length - 1).sum();
    Cli cli = Cli.run("validate", next.toString());
    assertEquals(1, cli.exitCode(), cli.all());
    Matcher m = FINDING.matcher(cli.out());
    int found = 0;
    while (m.find()) {
      assertEquals("load.to-fill", m.group(5), "nothing but what remains to fill: " + m.group());
      String line = lines.get(Integer.parseInt(m.group(2)) - 1);
      int column = Integer.parseInt(m.group(3));
      assertTrue(line.startsWith(Shape.TO_FILL, column - 1), "located at the placeholder: " + m.group() + "\n" + line);
      found++;
    }
    assertEquals(placeholders, found, "each placeholder listed once");
    assertTrue(found > 200, "the example's figures: " + found);
  }

  @Test
  void carriedWordingIsMarkedForReviewAndTheFileDeclaresItsSchema(@TempDir Path dir) throws IOException {
    String text = Files.readString(next(dir));
    assertTrue(text.startsWith("# 由 disclosure new --from linxia-zonggonghui-2024.yaml 生成"), text.lines().findFirst().orElse(""));
    assertTrue(text.lines().anyMatch(l -> l.startsWith("# yaml-language-server: $schema=")), "the example's modeline kept");
    assertTrue(text.contains("lead: 临夏市总工会是隶属市委、由市财政局全额拨款的参公单位,负责全市工会工作。 # " + NextYear.REVIEW));
    assertTrue(text.contains("fundingType: 全额拨款 # 全额拨款 / 差额拨款 / 自收自支 · " + NextYear.REVIEW), "the comment kept");
    assertTrue(text.contains("previousTotal: 478.11 # 上年 = 2024 年公开01"), "the source of a 上年 figure said");
    assertFalse(text.contains("pinnedRate"), "this year's pinned rate dropped");
  }

  @Test
  void sameInputSameBytesAndOnlyItsOwnUneditedFileIsReplaced(@TempDir Path dir) throws IOException {
    Path next = next(dir);
    byte[] first = Files.readAllBytes(next);
    next(dir); // its own, unedited: replaced by the same bytes
    assertEquals(new String(first, StandardCharsets.UTF_8), Files.readString(next));
    Files.writeString(next, Files.readString(next).replaceFirst("date: 待填", "date: 2026-09-30"));
    byte[] edited = Files.readAllBytes(next);
    Cli cli = Cli.run("new", "--from", Example.FILE.toString(), "-o", next.toString());
    assertEquals(3, cli.exitCode(), cli.all());
    assertEquals(new String(edited, StandardCharsets.UTF_8), Files.readString(next), "the office's edits are kept");
    Path users = dir.resolve("users.yaml");
    Files.writeString(users, "schema: 1\n");
    assertEquals(3, Cli.run("new", "--from", Example.FILE.toString(), "-o", users.toString()).exitCode());
    assertEquals("schema: 1\n", Files.readString(users));
  }

  @Test
  void aFileWithErrorsGivesNoNextYear(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, Example.mutated("personnelTotal: 126.04", "personnelTotal: 1,126.04"));
    Cli cli = Cli.run("new", "--from", bad.toString(), "-o", dir.resolve("next.yaml").toString());
    assertEquals(1, cli.exitCode(), cli.all());
    assertTrue(cli.out().contains("[load.amount]"), cli.out());
    assertFalse(Files.exists(dir.resolve("next.yaml")));
  }
}
