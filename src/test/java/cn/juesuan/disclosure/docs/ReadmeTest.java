package cn.juesuan.disclosure.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.check.Checks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README stays true: its check list names every registered check. */
class ReadmeTest {

  @Test
  void everyCheckIsDocumented() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    for (Checks.Description d : Checks.catalogue(cn.juesuan.disclosure.load.Formats.defaultFormat())) {
      assertTrue(readme.contains("| " + d.id() + " |"), "README lacks check " + d.id());
    }
  }
}
