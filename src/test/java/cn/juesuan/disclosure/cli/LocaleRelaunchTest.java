package cn.juesuan.disclosure.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The arguments handed to the restarted JVM arrive exactly, whatever they hold. */
class LocaleRelaunchTest {

  @Test
  void argumentsSurviveTheHandOverExactly() {
    List<String> args = List.of("batch", "数据/临夏市", "-o", "", "输出 folder/with spaces", "--date=2025-06-30", "a.b");
    String packed = LocaleRelaunch.pack(args);
    assertTrue(packed.chars().allMatch(c -> c < 128), "ASCII only: " + packed);
    assertArrayEquals(args.toArray(), LocaleRelaunch.unpack(packed));
    assertArrayEquals(new String[0], LocaleRelaunch.unpack(LocaleRelaunch.pack(List.of())));
  }
}
