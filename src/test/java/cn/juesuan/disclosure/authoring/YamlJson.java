package cn.juesuan.disclosure.authoring;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * YAML → JSON text as an editor's YAML language server sees it: each scalar typed by YAML's own
 * resolver (int, float, bool, null, and a timestamp as its string), keys as strings.
 */
final class YamlJson {
  private YamlJson() {}

  static String of(String yaml) {
    Node root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
    StringBuilder b = new StringBuilder();
    write(root, b);
    return b.toString();
  }

  private static void write(Node n, StringBuilder b) {
    if (n instanceof MappingNode m) {
      b.append('{');
      boolean first = true;
      for (NodeTuple t : m.getValue()) {
        if (!first) {
          b.append(',');
        }
        first = false;
        quote(((ScalarNode) t.getKeyNode()).getValue(), b);
        b.append(':');
        write(t.getValueNode(), b);
      }
      b.append('}');
    } else if (n instanceof SequenceNode s) {
      b.append('[');
      for (int i = 0; i < s.getValue().size(); i++) {
        if (i > 0) {
          b.append(',');
        }
        write(s.getValue().get(i), b);
      }
      b.append(']');
    } else {
      ScalarNode s = (ScalarNode) n;
      Tag tag = s.getTag();
      String v = s.getValue();
      if (tag.equals(Tag.NULL)) {
        b.append("null");
      } else if (tag.equals(Tag.BOOL)) {
        b.append(v.toLowerCase(java.util.Locale.ROOT).matches("true|yes|on") ? "true" : "false");
      } else if (tag.equals(Tag.INT) && v.matches("[-+]?\\d+")) {
        b.append(new java.math.BigInteger(v.startsWith("+") ? v.substring(1) : v));
      } else if (tag.equals(Tag.FLOAT) && v.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
        b.append(new java.math.BigDecimal(v.startsWith("+") ? v.substring(1) : v).toString());
      } else {
        quote(v, b);
      }
    }
  }

  private static void quote(String s, StringBuilder b) {
    b.append(JsonSchema.quote(s));
  }
}
