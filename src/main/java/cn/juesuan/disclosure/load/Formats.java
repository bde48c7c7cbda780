package cn.juesuan.disclosure.load;

import cn.juesuan.disclosure.catalogue.Catalogue;
import cn.juesuan.disclosure.catalogue.FormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The formats a run knows: those bundled in the jar ({@code templates/<id>/format.yaml}), and
 * format directories given with {@code --format-dir} (each a {@code format.yaml} with its
 * templates), which take precedence over a bundled format of the same id. A department YAML
 * chooses its format with {@code format: <id>}; without it, {@value #DEFAULT}.
 */
public final class Formats {
  /** The format of a YAML that names none: every file written before formats existed. */
  public static final String DEFAULT = "gansu-2024";
  public static final String CATALOGUE_FILE = "format.yaml";
  /** The folders under templates/ that the jar carries (a test keeps this list equal to them). */
  public static final List<String> BUNDLED_IDS = List.of(DEFAULT, "shanghai-putuo-2024");
  /** A format id names a folder: lower-case letters, digits and dashes only. */
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  private static final Map<String, Catalogue> BUNDLED = new ConcurrentHashMap<>();
  private static final Formats BUNDLED_ONLY = new Formats(Map.of());

  private final Map<String, Catalogue> directories;

  private Formats(Map<String, Catalogue> directories) {
    this.directories = Map.copyOf(directories);
  }

  /** The formats in the jar. */
  public static Formats bundled() {
    return BUNDLED_ONLY;
  }

  /** The bundled formats plus those of {@code dirs} (read now: a broken one fails here). */
  public static Formats withDirectories(List<Path> dirs) {
    Map<String, Catalogue> byId = new LinkedHashMap<>();
    for (Path dir : dirs) {
      Catalogue c = fromDirectory(dir);
      byId.put(c.id(), c);
    }
    return new Formats(byId);
  }

  /** The bundled default format. */
  public static Catalogue defaultFormat() {
    return BUNDLED_ONLY.get(DEFAULT);
  }

  /** The format of this id, or a {@link FormatException} saying which ones exist. */
  public Catalogue get(String id) {
    Catalogue fromDir = directories.get(id);
    if (fromDir != null) {
      return fromDir;
    }
    String known = String.join("、", BUNDLED_IDS);
    String given = directories.isEmpty() ? "" : "；--format-dir 给出：" + String.join("、", directories.keySet());
    String givenEn = directories.isEmpty() ? "" : "; given with --format-dir: " + String.join(", ", directories.keySet());
    return findBundled(id).orElseThrow(() -> new FormatException(
        "未知的格式 " + id + "（内置：" + known + given + "；其他格式用 --format-dir 目录给出）",
        "unknown format " + id + " (bundled: " + String.join(", ", BUNDLED_IDS) + givenEn
            + "; give others with --format-dir DIR)"));
  }

  /**
   * {@code format} with a department's {@code formatOptions} applied (each a patch the catalogue
   * offers under {@code variants}); a {@link FormatException} for an option it does not offer.
   */
  public static Catalogue withOptions(Catalogue format, Map<String, String> options) {
    return CatalogueLoader.withOptions(format, options, format.id() + "/" + CATALOGUE_FILE);
  }

  /** The format directories given to this run (for {@code preview --watch}). */
  public List<Path> directories() {
    return directories.values().stream().map(c -> c.templates().directory()).toList();
  }

  private static Optional<Catalogue> findBundled(String id) {
    if (!ID.matcher(id).matches()) {
      return Optional.empty();
    }
    Catalogue c = BUNDLED.get(id);
    if (c != null) {
      return Optional.of(c);
    }
    String root = "templates/" + id + "/";
    try (InputStream in = Formats.class.getClassLoader().getResourceAsStream(root + CATALOGUE_FILE)) {
      if (in == null) {
        return Optional.empty();
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Catalogue parsed = checkedId(CatalogueLoader.parse(text, root + CATALOGUE_FILE,
          Catalogue.TemplateSource.bundled("/" + root)), id, root + CATALOGUE_FILE);
      return Optional.of(BUNDLED.computeIfAbsent(id, k -> parsed));
    } catch (IOException e) {
      throw new FormatException("无法读取内置格式 " + id + "：" + e.getMessage(), "cannot read bundled format " + id + ": " + e);
    }
  }

  private static Catalogue fromDirectory(Path dir) {
    Path file = dir.resolve(CATALOGUE_FILE);
    if (!Files.isDirectory(dir)) {
      throw new FormatException("格式目录 " + dir + (Files.exists(dir) ? " 不是文件夹" : " 不存在"),
          "format directory " + dir + (Files.exists(dir) ? " is not a folder" : " does not exist"));
    }
    if (!Files.isRegularFile(file)) {
      throw new FormatException("格式目录 " + dir + " 中没有 " + CATALOGUE_FILE,
          "format directory " + dir + " has no " + CATALOGUE_FILE);
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Catalogue c = CatalogueLoader.parse(text, file.toString(), Catalogue.TemplateSource.directory(dir));
      if (!ID.matcher(c.id()).matches()) {
        throw new FormatException(file + " format：格式名只能含小写字母、数字和连字符：" + c.id(),
            file + " format: an id has lower-case letters, digits and dashes only: " + c.id());
      }
      return c;
    } catch (IOException e) {
      throw new FormatException("无法读取 " + file + "：" + e.getMessage(), "cannot read " + file + ": " + e);
    }
  }

  private static Catalogue checkedId(Catalogue c, String id, String file) {
    if (!c.id().equals(id)) {
      throw new FormatException(file + " format：应为 " + id + "，实为 " + c.id(),
          file + " format: expected " + id + ", got " + c.id());
    }
    return c;
  }
}
