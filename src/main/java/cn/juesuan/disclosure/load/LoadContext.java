package cn.juesuan.disclosure.load;

import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.diag.Location;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** What one load shares: the file's display name, the findings, and each field's location. */
final class LoadContext {
  final String file;
  final Findings findings = new Findings();
  final Map<String, Location> locations = new LinkedHashMap<>();
  /** Every text field by path, in reading order. */
  final Map<String, String> texts = new LinkedHashMap<>();
  String sha256 = "";

  LoadContext(String file) {
    this.file = file;
  }

  Location at(Node node, String path) {
    Mark m = node == null ? null : node.getStartMark(); // null: a recorded read (Shape), no file
    return m == null ? Location.of(file, path) : new Location(file, m.getLine() + 1, m.getColumn() + 1, path);
  }

  void locate(Node node, String path) {
    locations.put(path, at(node, path));
  }

  void error(Node node, String path, String id, String zh, String en) {
    findings.error(id, at(node, path), zh, en);
  }
}
