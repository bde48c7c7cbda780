package cn.juesuan.disclosure.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.document.Block;
import cn.juesuan.disclosure.pipeline.DocumentAssembler;
import cn.juesuan.disclosure.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 普陀区 grids under the stress cases' largest amounts (every amount cell at its maximum,
 * thousands separators and split codes included): still set cleanly.
 */
class ShanghaiStressTest {

  @ParameterizedTest
  @ValueSource(strings = {"putuo-caizhengju-2024", "putuo-guihuaziyuan-2024"})
  void biggestAmountsAreSetCleanly(String name) {
    Pipeline.Analysis a = Pipeline.analyse(Path.of("data", name + ".yaml"));
    Block.Doc doc = StressCases.bigAmounts(DocumentAssembler.assemble(a, DocumentAssembler.Options.FINAL));
    List<String> v = LayoutCheck.violations(PdfRenderer.render(doc));
    assertTrue(v.isEmpty(), () -> v.size() + " layout violations:\n" + String.join("\n", v));
  }
}
