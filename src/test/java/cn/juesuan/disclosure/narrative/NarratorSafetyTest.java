package cn.juesuan.disclosure.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.pipeline.Pipeline;
import cn.juesuan.disclosure.testing.Example;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FreeMarker configuration: no class instantiation, no API access, no silent blanks. */
class NarratorSafetyTest {
  private static final Pipeline.Analysis EXAMPLE = Example.analysis();

  private static String render(Path dir, String template) throws IOException {
    Files.writeString(dir.resolve("t.ftl"), template);
    return Narrator.fromDirectory(dir).render("t.ftl", EXAMPLE.disclosure(), EXAMPLE.figures());
  }

  @Test
  void newBuiltInCannotInstantiateClasses(@TempDir Path dir) {
    NarrativeException e = assertThrows(NarrativeException.class, () ->
        render(dir, "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"));
    assertTrue(e.getMessage().contains("Execute"), e.getMessage());
  }

  @Test
  void apiBuiltInIsDisabled(@TempDir Path dir) {
    assertThrows(NarrativeException.class, () -> render(dir, "${d.department?api.getClass()}"));
  }

  @Test
  void undefinedValuesAreErrorsNotBlanks(@TempDir Path dir) {
    NarrativeException e = assertThrows(NarrativeException.class, () -> render(dir, "@p ${f.noSuchFigure}"));
    assertTrue(e.getMessage().contains("noSuchFigure"), e.getMessage());
  }

  @Test
  void interpolatedTextCannotStartALineOrBecomeMarkup(@TempDir Path dir) throws IOException {
    // a value with a line break and a marker after it stays inside its paragraph
    assertEquals("@p a @h1 b", render(dir, "@p ${\"a\\n@h1 b\"}"));
  }

  @Test
  void recordsAreReadAsProperties(@TempDir Path dir) throws IOException {
    assertEquals("临夏市总工会 2024 35.56", render(dir, "${d.department.name} ${d.department.year} ${f.overall.percent}"));
  }

  @Test
  void numberingInChinese() {
    assertEquals("一", ChineseNumerals.of(1));
    assertEquals("十", ChineseNumerals.of(10));
    assertEquals("十三", ChineseNumerals.of(13));
    assertEquals("二十六", ChineseNumerals.of(26));
  }
}
