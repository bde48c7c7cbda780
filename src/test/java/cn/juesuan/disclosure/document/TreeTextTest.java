package cn.juesuan.disclosure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.juesuan.disclosure.pipeline.DocumentAssembler;
import cn.juesuan.disclosure.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * TreeText writes what toString writes: the /ID of every document is the SHA-256 of that text,
 * so a difference here would change the bytes of every PDF.
 */
class TreeTextTest {

  static Stream<Path> datasets() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("data"))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void writesWhatToStringWritesForEveryBundledDocumentFinalAndDraft(Path file) {
    Pipeline.Analysis a = Pipeline.analyse(file);
    for (DocumentAssembler.Options options : List.of(DocumentAssembler.Options.FINAL,
        new DocumentAssembler.Options(null, true, "2025-05-01 10:00"))) {
      Block.Doc doc = DocumentAssembler.assemble(a, options);
      assertEquals(String.valueOf(doc.cover()), TreeText.append(new StringBuilder(), doc.cover()).toString());
      assertEquals(String.valueOf(doc.blocks()), TreeText.append(new StringBuilder(), doc.blocks()).toString());
      Block.Metadata m = doc.metadata();
      Block.Metadata noId = new Block.Metadata(m.title(), m.author(), m.subject(), m.keywords(),
          m.language(), m.date(), null, m.watermark(), m.draftNotice());
      assertEquals(String.valueOf(noId), TreeText.append(new StringBuilder(), noId).toString());
    }
  }

  @Test
  void nullsEmptyListsAndNumbersAsToString() {
    TableSpec spec = new TableSpec(null, "表1", List.of(), List.of(new TableSpec.Column(TableSpec.Column.Kind.AMOUNT, 1.5f, 0f)),
        List.of(), List.of(List.of()), null, 10.25f, new TableSpec.BodyHead(2, 3));
    Object tree = List.of(new Block.Table(spec, Block.Listing.NONE), new Block.PageBreak());
    assertEquals(String.valueOf(tree), TreeText.append(new StringBuilder(), tree).toString());
  }
}
