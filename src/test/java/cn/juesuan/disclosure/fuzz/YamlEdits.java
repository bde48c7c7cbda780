package cn.juesuan.disclosure.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits of the example YAML driven by fuzzer data. Random bytes rarely get past the YAML
 * parser; these edits keep most of the file well-formed, so the fuzzer spends its time in
 * the field readers, the checks and the calculator. The empty input leaves the example as is.
 */
final class YamlEdits {

  static final Path EXAMPLE = Path.of("data/linxia-zonggonghui-2024.yaml");
  private static final List<String> LINES = readExample();
  /** Every key the example uses, to rename a key into another real one (wrong place, twice). */
  private static final List<String> KEYS = keysOf(LINES);
  /** Where a scalar value can start: after "key: ", "[", "{", ", " or "- ". */
  private static final Pattern VALUE = Pattern.compile("(?:: |\\[|\\{|, |^\\s*- )([^,\\[\\]{}#\\s][^,\\[\\]{}#]*?)\\s*(?=[,\\]}#]|$)");

  /** Values that have broken loaders before: number formats, YAML specials, limits, markup. */
  private static final String[] INTERESTING = {
      "0", "0.00", "-0.01", "-478.11", "0.001", "1,000.00", "1e3", "1E+400", ".inf", "-.inf",
      ".nan", "NaN", "99999999999999999999999999999999.99", "9".repeat(400), "0x1F", "0o17",
      "１２３", "1_000", "+5", "00012", "~", "null", "''", "\"\"", "[]", "{}", "[1, 2]", "{a: 1}",
      "true", "no", "2025-02-30", "2024-13-01", "2025-09-30T25:00:00", "1999", "2101",
      "2147483648", "-2147483649", "12:30", "!!str 5", "!!binary AAAA", "!!float 1",
      "&x 1", "*x", "\"\\uD800\"", "\"\\0\"", "\"a\\tb\"", "${x}", "<#if x>y</#if>", "\u202Etext",
      "\uFFFD", "\"𠀀\"", "..", "../x", "a/b", "|", ">", "- x", "? x", "\"201\"", "\"20129\"",
      "\"2012999\"", "\"999\"", "\"2080505\"", "201", "2012999", "全额拨款", "差额拨款", "x"};

  private YamlEdits() {}

  static byte[] apply(FuzzedDataProvider data) {
    List<String> lines = new ArrayList<>(LINES);
    int edits = data.consumeInt(1, 6);
    for (int i = 0; i < edits && !lines.isEmpty() && data.remainingBytes() > 0; i++) {
      edit(lines, data);
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  private static void edit(List<String> lines, FuzzedDataProvider data) {
    int at = data.consumeInt(0, lines.size() - 1);
    String line = lines.get(at);
    switch (data.consumeInt(0, 8)) {
      case 0 -> lines.set(at, replaceValue(line, value(data), data));
      case 1 -> lines.remove(at);
      case 2 -> lines.add(at, line);
      case 3 -> lines.add(data.consumeInt(0, lines.size() - 1), lines.remove(at));
      case 4 -> lines.set(at, reindent(line, data.consumeInt(-4, 4)));
      case 5 -> lines.set(at, renameKey(line, data));
      case 6 -> lines.add(at, " ".repeat(data.consumeInt(0, 8)) + data.consumeString(80));
      case 7 -> lines.subList(at, lines.size()).clear();
      default -> lines.set(at, replaceValue(line, number(data), data));
    }
  }

  private static String value(FuzzedDataProvider data) {
    return data.consumeBoolean()
        ? data.pickValue(INTERESTING)
        : data.consumeString(60).replace('\n', ' ');
  }

  /** A decimal with chosen sign, size and scale: the amount rules live here. */
  private static String number(FuzzedDataProvider data) {
    long unscaled = data.consumeLong();
    int scale = data.consumeInt(-3, 6);
    return new java.math.BigDecimal(java.math.BigInteger.valueOf(unscaled), scale).toPlainString();
  }

  private static String replaceValue(String line, String value, FuzzedDataProvider data) {
    Matcher m = VALUE.matcher(line);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(1), m.end(1)});
    }
    if (spans.isEmpty()) {
      return line + " " + value;
    }
    int[] span = spans.get(data.consumeInt(0, spans.size() - 1));
    return line.substring(0, span[0]) + value + line.substring(span[1]);
  }

  private static String reindent(String line, int delta) {
    if (delta >= 0) {
      return " ".repeat(delta) + line;
    }
    int strip = 0;
    while (strip < -delta && strip < line.length() && line.charAt(strip) == ' ') {
      strip++;
    }
    return line.substring(strip);
  }

  private static String renameKey(String line, FuzzedDataProvider data) {
    Matcher m = Pattern.compile("([A-Za-z][A-Za-z0-9]*):").matcher(line);
    if (!m.find()) {
      return line;
    }
    String key = data.consumeBoolean() ? data.pickValue(KEYS) : data.consumeString(12);
    return line.substring(0, m.start(1)) + key + line.substring(m.end(1));
  }

  private static List<String> readExample() {
    try {
      return Files.readAllLines(EXAMPLE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("the fuzz tests run from the project directory", e);
    }
  }

  private static List<String> keysOf(List<String> lines) {
    LinkedHashSet<String> keys = new LinkedHashSet<>();
    Matcher m = Pattern.compile("([A-Za-z][A-Za-z0-9]*):").matcher("");
    for (String line : lines) {
      m.reset(line);
      while (m.find()) {
        keys.add(m.group(1));
      }
    }
    return List.copyOf(keys);
  }
}
