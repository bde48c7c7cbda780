package cn.juesuan.disclosure.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the department YAMLs of a batch and names their PDFs. The order is the sorted relative
 * path with '/' separators, so it is the same on every machine and every run: shards of the
 * same folder never overlap.
 */
public final class DepartmentFiles {
  private DepartmentFiles() {}

  /** Every *.yaml / *.yml under {@code dir} (recursively; symbolic links are not followed). */
  public static List<DepartmentFile> find(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("不是目录 (not a folder): " + dir);
    }
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(dir)) {
      sources = walk.filter(Files::isRegularFile)
          .filter(p -> isYaml(p.getFileName().toString()))
          .map(dir::relativize)
          .sorted((a, b) -> slashed(a).compareTo(slashed(b)))
          .toList();
    }
    return plan(sources);
  }

  /**
   * DIR/a/b.yaml → a/b.pdf. When two sources would give the same PDF (b.yaml beside b.yml, or
   * names differing only in case on a case-insensitive disk), each keeps its extension
   * (b.yaml.pdf, b.yml.pdf) so that no department overwrites another.
   */
  static List<DepartmentFile> plan(List<Path> sources) {
    Map<String, Integer> uses = new HashMap<>();
    for (Path s : sources) {
      uses.merge(key(withoutExtension(s)), 1, Integer::sum);
    }
    List<DepartmentFile> out = new ArrayList<>(sources.size());
    for (Path s : sources) {
      Path base = uses.get(key(withoutExtension(s))) > 1 ? s : withoutExtension(s);
      out.add(new DepartmentFile(s, base.resolveSibling(base.getFileName() + ".pdf")));
    }
    return out;
  }

  static boolean isYaml(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return (n.endsWith(".yaml") || n.endsWith(".yml")) && !n.startsWith(".");
  }

  static String slashed(Path p) {
    return p.toString().replace(p.getFileSystem().getSeparator(), "/");
  }

  private static Path withoutExtension(Path p) {
    String n = p.getFileName().toString();
    return p.resolveSibling(n.substring(0, n.lastIndexOf('.')));
  }

  private static String key(Path p) {
    return slashed(p).toLowerCase(Locale.ROOT);
  }
}
