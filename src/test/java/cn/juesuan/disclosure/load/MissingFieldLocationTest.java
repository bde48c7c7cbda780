package cn.juesuan.disclosure.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.testing.Example;
import cn.juesuan.disclosure.testing.Variants;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Every field of the example dropped in turn: each {@code load.missing} it causes carries the
 * line:column of the mapping the field belongs to (the loader's mechanism, not per field), and
 * a missing mapping is reported once, not once more for each field inside it.
 */
class MissingFieldLocationTest {

  /** One way to drop a key: its path and the YAML without it. */
  record Drop(String path, String yaml) {}

  @Test
  void everyMissingFieldErrorCarriesLineAndColumn() {
    List<Drop> drops = drops();
    assertTrue(drops.size() > 300, "the example has " + drops.size() + " keys");
    List<String> unlocated = new ArrayList<>();
    int missing = 0;
    for (Drop drop : drops) {
      for (Finding f : DisclosureLoader.load(drop.yaml().getBytes(StandardCharsets.UTF_8), "x.yaml").findings().all()) {
        if (f.id().equals("load.missing")) {
          missing++;
          if (f.location().line() <= 0) {
            unlocated.add(drop.path() + " → " + f.render());
          }
        }
      }
    }
    assertTrue(missing > 40, "dropping required fields gives load.missing: " + missing);
    assertEquals(List.of(), unlocated);
  }

  @Test
  void aMissingRequiredSectionIsOneErrorAtItsParent() {
    String yaml = Example.text().replaceFirst("(?s)\nperformance:.*?\nreport:", "\nreport:");
    List<Finding> missing = DisclosureLoader.load(yaml.getBytes(StandardCharsets.UTF_8), "x.yaml").findings().all()
        .stream().filter(f -> f.id().equals("load.missing")).toList();
    assertEquals(1, missing.size(), missing.toString());
    assertEquals("performance", missing.get(0).location().path());
    assertEquals(Variants.lineOf(yaml, "schema: 1"), missing.get(0).location().line(), "the root mapping starts at its first key");
  }

  @Test
  void aMissingFieldPointsAtItsOwnMapping() {
    // explanations.operatingCost without amount: reported at the operatingCost mapping (its first key)
    String yaml = Example.mutated("    amount: 334.41\n", "");
    Finding f = DisclosureLoader.load(yaml.getBytes(StandardCharsets.UTF_8), "x.yaml").findings().all().stream()
        .filter(x -> x.id().equals("load.missing")).findFirst().orElseThrow();
    assertEquals("explanations.operatingCost.amount", f.location().path());
    int line = Variants.lineOf(yaml, "  operatingCost:") + 1;
    assertEquals(line, f.location().line(), f.render());
  }

  @Test
  void aWrongTypedMappingIsOneTypeErrorNotAlsoItsFieldsMissing() {
    String yaml = Example.mutated("  staffing: {total: 9, civilServant: 4, institution: 5}", "  staffing: [9, 4, 5]");
    List<Finding> all = DisclosureLoader.load(yaml.getBytes(StandardCharsets.UTF_8), "x.yaml").findings().all();
    assertEquals(List.of("load.type"), all.stream().map(Finding::id).toList(), all.toString());
  }


  /** The example once without each of its mapping keys (lists' items kept, keys inside them dropped). */
  static List<Drop> drops() {
    Yaml yaml = new Yaml(new LoaderOptions());
    Node root = yaml.compose(new StringReader(Example.text()));
    List<Drop> out = new ArrayList<>();
    collect(yaml, root, root, "", out);
    return out;
  }

  private static void collect(Yaml yaml, Node root, Node node, String path, List<Drop> out) {
    if (node instanceof MappingNode map) {
      List<NodeTuple> tuples = map.getValue();
      for (int i = 0; i < tuples.size(); i++) {
        NodeTuple t = tuples.get(i);
        String key = ((org.yaml.snakeyaml.nodes.ScalarNode) t.getKeyNode()).getValue();
        String p = path.isEmpty() ? key : path + "." + key;
        tuples.remove(i);
        StringWriter w = new StringWriter();
        yaml.serialize(root, w);
        out.add(new Drop(p, w.toString()));
        tuples.add(i, t);
        collect(yaml, root, t.getValueNode(), p, out);
      }
    } else if (node instanceof SequenceNode seq) {
      for (int i = 0; i < seq.getValue().size(); i++) {
        collect(yaml, root, seq.getValue().get(i), path + "[" + i + "]", out);
      }
    }
  }
}
