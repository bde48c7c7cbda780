package cn.juesuan.disclosure.model;

import cn.juesuan.disclosure.diag.Location;
import java.util.Map;

/**
 * Where each field came from (field path → file:line:column), so that checks and the
 * calculator can point at the YAML line a reviewer has to look at. {@code texts} holds every
 * text field by path (for checks on characters); {@code sha256} identifies the input bytes.
 */
public record SourceMap(String file, Map<String, Location> locations, Map<String, String> texts,
                        String sha256) {

  /** The location of a path, or of its nearest located parent. */
  public Location at(String path) {
    String p = path;
    while (true) {
      Location l = locations.get(p);
      if (l != null) {
        return l.withPath(path);
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) {
        return Location.of(file, path);
      }
      p = p.substring(0, cut);
    }
  }
}
