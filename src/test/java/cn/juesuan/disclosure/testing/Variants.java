package cn.juesuan.disclosure.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.layout.Block;
import cn.juesuan.disclosure.load.DisclosureLoader;
import cn.juesuan.disclosure.narrative.Narrator;
import cn.juesuan.disclosure.pipeline.Pipeline;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The example with whole lines or top-level sections taken out or replaced, for tests of optional parts. */
public final class Variants {
  private Variants() {}

  /** The text without every line that, stripped, equals one of {@code lines}; each must occur. */
  public static String withoutLines(String yaml, String... lines) {
    String out = yaml;
    for (String line : lines) {
      String before = out;
      out = Arrays.stream(out.split("\n", -1)).filter(l -> !l.strip().equals(line))
          .collect(Collectors.joining("\n"));
      assertTrue(!before.equals(out), "no line " + line);
    }
    return out;
  }

  /** The text without a top-level section ({@code key:} at column 0 up to the next one). */
  public static String withoutSection(String yaml, String key) {
    String out = yaml.replaceFirst("(?s)\n" + key + ":.*?(?=\n[a-z]|\\z)", "");
    assertTrue(!out.equals(yaml), "no section " + key);
    return out;
  }

  /** One literal replaced; it must occur exactly once. */
  public static String replace(String yaml, String from, String to) {
    int at = yaml.indexOf(from);
    assertTrue(at >= 0 && yaml.indexOf(from, at + 1) < 0, "must occur exactly once: " + from);
    return yaml.replace(from, to);
  }

  /** The 1-based number of the first line that contains {@code part}. */
  public static int lineOf(String text, String part) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(part)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line with " + part);
  }

  public static Pipeline.Analysis analyse(String yaml) {
    return Pipeline.analyse(DisclosureLoader.load(yaml.getBytes(StandardCharsets.UTF_8), "variant.yaml"));
  }

  /** The narrative text, one heading or paragraph a line (tables as "[table]"), of an analysed variant. */
  public static String narrative(Pipeline.Analysis a) {
    assertTrue(a.ok(), () -> "variant has errors: " + a.findings().all());
    StringBuilder out = new StringBuilder();
    Narrator.bundled().narrate(a.disclosure(), a.figures(),
            cn.juesuan.disclosure.forms.TableForms.byKey(a.disclosure(), a.figures()))
        .stream().filter(b -> !(b instanceof Block.PageBreak)).forEach(b -> out.append(text(b)).append('\n'));
    return out.toString();
  }

  private static String text(Block b) {
    if (b instanceof Block.Heading h) {
      return h.text();
    }
    if (b instanceof Block.Paragraph p) {
      return p.text();
    }
    if (b instanceof Block.PartTitle t) {
      return t.text();
    }
    if (b instanceof Block.AttachmentLabel l) {
      return l.label() + l.title();
    }
    return b instanceof Block.Table ? "[table]" : "";
  }
}
