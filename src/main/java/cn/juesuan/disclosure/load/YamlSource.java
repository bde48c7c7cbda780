package cn.juesuan.disclosure.load;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns a file into a YAML node tree, safely: the tree is only composed, never constructed into
 * Java objects (so no tag can instantiate a class), with limits on size, aliases and nesting.
 * Amounts are read later from each scalar's own text, so no number ever passes through double.
 */
final class YamlSource {
  /** A department's file is a few tens of KB; anything near this is not one. */
  static final int MAX_BYTES = 2 * 1024 * 1024;

  private YamlSource() {}

  /** The root node, or null with the problem reported in {@code ctx}. */
  static Node compose(Path file, LoadContext ctx) {
    byte[] bytes;
    try {
      bytes = read(file, ctx);
    } catch (IOException | RuntimeException e) {
      if (!cn.juesuan.disclosure.diag.IoFailure.isIo(e)) {
        throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
      }
      var why = cn.juesuan.disclosure.diag.IoFailure.of(e);
      ctx.findings.error(IO_READ, new cn.juesuan.disclosure.diag.Location(ctx.file, 0, 0, ""),
          "无法读取文件：" + why.zh(), "cannot read the file: " + why.en());
      return null;
    }
    return bytes == null ? null : compose(bytes, ctx);
  }

  /** Finding ids of a file that could not be read: the machine's problem, not the data's. */
  static final String IO_READ = "io.read";
  static final String IO_NOT_A_FILE = "io.not-a-file";

  /**
   * The file's bytes, or null with the problem reported. Only a regular file is read (symbolic
   * links are followed: the kernel's own limit stops a loop), and never more than
   * {@link #MAX_BYTES} + 1 bytes whatever its size claims (a /proc file says 0, a growing file
   * more): a FIFO or a device would block or never end, so its type is checked before opening.
   */
  private static byte[] read(Path file, LoadContext ctx) throws IOException {
    var attrs = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
    if (!attrs.isRegularFile()) {
      String[] kind = attrs.isDirectory() ? new String[] {"是文件夹", "a folder"}
          : new String[] {"是特殊文件（管道、设备或套接字）", "a special file (pipe, device or socket)"};
      ctx.findings.error(IO_NOT_A_FILE, new cn.juesuan.disclosure.diag.Location(ctx.file, 0, 0, ""),
          "不是普通文件，而" + kind[0] + "，未读取", "not a regular file but " + kind[1] + ": not read");
      return null;
    }
    if (attrs.size() > MAX_BYTES) {
      tooLarge(ctx, String.valueOf(attrs.size()));
      return null;
    }
    try (var in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        tooLarge(ctx, "> " + MAX_BYTES);
        return null;
      }
      return bytes;
    }
  }

  private static void tooLarge(LoadContext ctx, String size) {
    ctx.findings.error("load.too-large", new cn.juesuan.disclosure.diag.Location(ctx.file, 0, 0, ""),
        "文件过大（" + size + " 字节，上限 " + MAX_BYTES + "）", "file too large (" + size + " bytes, limit " + MAX_BYTES + ")");
  }

  static Node compose(byte[] bytes, LoadContext ctx) {
    ctx.sha256 = sha256(bytes);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      int line = 1;
      int offset = firstBadByte(bytes);
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      ctx.findings.error("load.encoding", new cn.juesuan.disclosure.diag.Location(ctx.file, line, 1, ""),
          "文件不是 UTF-8 编码（请另存为 UTF-8）", "file is not UTF-8 encoded (save it as UTF-8)");
      return null;
    }
    if (text.startsWith("\uFEFF")) {
      ctx.findings.error("load.bom", new cn.juesuan.disclosure.diag.Location(ctx.file, 1, 1, ""),
          "文件以 BOM（字节顺序标记）开头，请另存为不带 BOM 的 UTF-8",
          "file starts with a byte-order mark; save it as UTF-8 without BOM");
      return null;
    }
    if (text.isBlank()) {
      ctx.findings.error("load.empty-file", new cn.juesuan.disclosure.diag.Location(ctx.file, 1, 1, ""),
          "文件为空", "file is empty");
      return null;
    }
    try {
      Node root = new Yaml(new SafeConstructor(options()), new org.yaml.snakeyaml.representer.Representer(
          new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), options())
          .compose(new StringReader(text));
      if (root == null) {
        ctx.findings.error("load.empty-file", new cn.juesuan.disclosure.diag.Location(ctx.file, 1, 1, ""),
            "文件为空", "file is empty");
      }
      return root;
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = m == null ? 0 : m.getLine() + 1;
      int col = m == null ? 0 : m.getColumn() + 1;
      ctx.findings.error("load.syntax", new cn.juesuan.disclosure.diag.Location(ctx.file, line, col, ""),
          "YAML 格式错误：" + explain(e.getProblem()), "YAML syntax error: " + e.getProblem());
      return null;
    } catch (YAMLException e) {
      // The composer's own depth and alias limits carry no position: find the place.
      if (!locatedLimit(text, ctx)) {
        ctx.findings.error("load.syntax", new cn.juesuan.disclosure.diag.Location(ctx.file, 0, 0, ""),
            "YAML 无法读取：" + explain(e.getMessage()), "YAML rejected: " + e.getMessage());
      }
      return null;
    }
  }

  /** Deeper than any department file needs; a deeper one is an attack or an accident. */
  static final int MAX_DEPTH = 40;
  /** Anchors save typing a repeated reason; dozens of aliases only serve an alias bomb. */
  static final int MAX_ALIASES = 20;

  /**
   * A pass over the event stream (nothing is built) that finds where the depth or alias limit is
   * passed, with line and column, which the composer's own limits lack. Run only after the
   * composer refused a file, so a good file is parsed once.
   */
  private static boolean locatedLimit(String text, LoadContext ctx) {
    try {
      return !withinLimits(text, ctx);
    } catch (YAMLException e) {
      return false;
    }
  }

  private static boolean withinLimits(String text, LoadContext ctx) {
    int depth = 0;
    int aliases = 0;
    LoaderOptions lenient = options();
    lenient.setNestingDepthLimit(MAX_DEPTH + 10); // ours fires first, with a location
    for (org.yaml.snakeyaml.events.Event e : new Yaml(lenient).parse(new StringReader(text))) {
      if (e instanceof org.yaml.snakeyaml.events.CollectionStartEvent) {
        if (++depth > MAX_DEPTH) {
          return limitError(ctx, e, "嵌套层次过深（超过 " + MAX_DEPTH + " 层）", "nesting deeper than " + MAX_DEPTH);
        }
      } else if (e instanceof org.yaml.snakeyaml.events.CollectionEndEvent) {
        depth--;
      } else if (e instanceof org.yaml.snakeyaml.events.AliasEvent && ++aliases > MAX_ALIASES) {
        return limitError(ctx, e, "别名（*alias）超过 " + MAX_ALIASES + " 个，文件被拒绝（疑似“别名炸弹”）",
            "more than " + MAX_ALIASES + " aliases (alias bomb?)");
      }
    }
    return true;
  }

  private static boolean limitError(LoadContext ctx, org.yaml.snakeyaml.events.Event e, String zh, String en) {
    Mark m = e.getStartMark();
    ctx.findings.error("load.syntax", new cn.juesuan.disclosure.diag.Location(ctx.file, m.getLine() + 1,
        m.getColumn() + 1, ""), "YAML 格式错误：" + zh, "YAML rejected: " + en);
    return false;
  }

  static LoaderOptions options() {
    LoaderOptions o = new LoaderOptions();
    o.setAllowDuplicateKeys(false);
    o.setMaxAliasesForCollections(MAX_ALIASES); // an alias bomb stops here; withinLimits() locates it
    o.setAllowRecursiveKeys(false);
    o.setNestingDepthLimit(MAX_DEPTH);
    o.setCodePointLimit(MAX_BYTES);
    o.setProcessComments(false);
    return o;
  }

  /** A Chinese gloss for SnakeYAML's most common complaints. */
  private static String explain(String problem) {
    if (problem == null) {
      return "未知问题";
    }
    if (problem.contains("'\\t'") || problem.contains("\\t(TAB)")) {
      return "缩进中使用了制表符（Tab），请改用空格";
    }
    if (problem.contains("mapping values are not allowed")) {
      return "此处不应出现冒号（文字中含 \": \" 时请加引号）";
    }
    if (problem.contains("Global tag is not allowed")) {
      return "不允许的全局标签 " + problem.substring(problem.indexOf(':') + 1).strip()
          + "（文件只能含文字、数字、列表和映射）";
    }
    if (problem.contains("Number of aliases")) {
      return "别名（*alias）过多，文件被拒绝";
    }
    if (problem.contains("Nesting Depth")) {
      return "嵌套层次过深";
    }
    if (problem.contains("could not find expected ':'")) {
      return "缺少冒号 \":\"";
    }
    if (problem.contains("expected <block end>")) {
      return "缩进不一致";
    }
    if (problem.contains("found undefined alias")) {
      return "引用了未定义的别名";
    }
    return problem;
  }

  static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int firstBadByte(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : bytes.length;
  }
}
