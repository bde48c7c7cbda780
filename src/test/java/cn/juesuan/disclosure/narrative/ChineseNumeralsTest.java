package cn.juesuan.disclosure.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbering of any length: （一）…（一百零一）…, as a list of 100 duties or glossary terms needs. */
class ChineseNumeralsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "0, 零", "1, 一", "9, 九", "10, 十", "11, 十一", "13, 十三", "19, 十九", "20, 二十", "26, 二十六",
      "99, 九十九", "100, 一百", "101, 一百零一", "105, 一百零五", "110, 一百一十", "111, 一百一十一",
      "119, 一百一十九", "120, 一百二十", "999, 九百九十九", "1000, 一千", "1001, 一千零一",
      "1010, 一千零一十", "1100, 一千一百", "1234, 一千二百三十四", "2005, 二千零五", "9999, 九千九百九十九",
      "10000, 一万", "10001, 一万零一", "10010, 一万零一十", "10100, 一万零一百", "11000, 一万一千",
      "15000, 一万五千", "100000, 十万", "110000, 十一万", "100001, 十万零一", "1000000, 一百万",
      "1010000, 一百零一万", "10010000, 一千零一万", "100000000, 一亿", "100000001, 一亿零一",
      "101000000, 一亿零一百万", "2147483647, 二十一亿四千七百四十八万三千六百四十七"})
  void readsAsWritten(int n, String expected) {
    assertEquals(expected, ChineseNumerals.of(n));
  }

  @Test
  void everyNumberUpToTenThousandIsDistinctAndHasNoDoubleZero() {
    Set<String> seen = new HashSet<>();
    for (int n = 1; n <= 10_000; n++) {
      String s = ChineseNumerals.of(n);
      assertEquals(true, seen.add(s), "duplicate reading " + s + " for " + n);
      assertEquals(false, s.contains("零零") || s.endsWith("零") || s.startsWith("零"), n + " → " + s);
    }
  }

  @Test
  void negativeNumbersHaveNoNumbering() {
    assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.of(-1));
  }
}
