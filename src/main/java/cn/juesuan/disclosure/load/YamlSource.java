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
      String[] kind = attrs.isDirectory()
          ? new String[] {"是文件夹（文件夹中的全部部门请用 batch 命令）", "a folder (for every department of a folder use the batch command)"}
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
    if (notText(bytes, ctx)) {
      return null;
    }
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
      int lineStart = offset;
      while (lineStart > 0 && bytes[lineStart - 1] != '\n') {
        lineStart--;
      }
      // The bytes before the first bad one are valid UTF-8: the column counts their characters.
      int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
      String[] why = foreignEncoding(bytes, lineStart);
      ctx.findings.error("load.encoding", new cn.juesuan.disclosure.diag.Location(ctx.file, line, column, ""),
          "文件不是 UTF-8 编码" + why[0] + "：请在编辑器中另存为 UTF-8（记事本：编码选“UTF-8”）",
          "file is not UTF-8 encoded" + why[1] + ": save it as UTF-8 (Notepad: encoding \"UTF-8\")");
      return null;
    }
    if (text.startsWith("\uFEFF")) {
      ctx.findings.error("load.bom", new cn.juesuan.disclosure.diag.Location(ctx.file, 1, 1, ""),
          "文件以 BOM（字节顺序标记）开头，请另存为不带 BOM 的 UTF-8（记事本：编码选“UTF-8”，而不是“带有 BOM 的 UTF-8”）",
          "file starts with a byte-order mark; save it as UTF-8 without BOM (Notepad: \"UTF-8\", not \"UTF-8 with BOM\")");
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
      if (fullWidthColon(text, line, ctx)) {
        return null;
      }
      String[] why = explain(e.getProblem());
      ctx.findings.error("load.syntax", new cn.juesuan.disclosure.diag.Location(ctx.file, line, col, ""),
          "YAML 格式错误：" + why[0], "YAML syntax error: " + why[1]);
      return null;
    } catch (YAMLException e) {
      // The composer's own depth and alias limits carry no position: find the place.
      if (!locatedLimit(text, ctx)) {
        String[] why = explain(e.getMessage());
        ctx.findings.error("load.syntax", new cn.juesuan.disclosure.diag.Location(ctx.file, 0, 0, ""),
            "YAML 无法读取：" + why[0], "YAML rejected: " + why[1]);
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

  /** A Chinese gloss for SnakeYAML's most common complaints, and the English (SnakeYAML's own where it is plain). */
  private static String[] explain(String problem) {
    if (problem == null) {
      return new String[] {"未知问题", "unknown problem"};
    }
    if (problem.contains("'\\t'") || problem.contains("\\t(TAB)")) {
      return new String[] {"缩进中使用了制表符（Tab），请改用空格", "a tab character in the indentation: indent with spaces"};
    }
    String zh = problem;
    if (problem.contains("mapping values are not allowed")) {
      zh = "此处不应出现冒号（文字中含 \": \" 时请加引号）";
    } else if (problem.contains("Global tag is not allowed")) {
      zh = "不允许的全局标签 " + problem.substring(problem.indexOf(':') + 1).strip()
          + "（文件只能含文字、数字、列表和映射）";
    } else if (problem.contains("Number of aliases")) {
      zh = "别名（*alias）过多，文件被拒绝";
    } else if (problem.contains("Nesting Depth")) {
      zh = "嵌套层次过深";
    } else if (problem.contains("could not find expected ':'")) {
      zh = "缺少冒号 \":\"";
    } else if (problem.contains("expected <block end>")) {
      zh = "缩进不一致";
    } else if (problem.contains("found undefined alias")) {
      zh = "引用了未定义的别名";
    }
    return new String[] {zh, problem};
  }

  /** A key of ours (an ASCII identifier) at the start of a line, followed by a full-width colon. */
  private static final java.util.regex.Pattern FULL_WIDTH_COLON_KEY =
      java.util.regex.Pattern.compile("^([ ]*(?:- )?)([A-Za-z][A-Za-z0-9_]*)[ ]*：");

  /**
   * A key typed with the Chinese input method's colon "：" is not a key to YAML: the parser then
   * stumbles a line or two later with a message about something else. Every key of the file is
   * an ASCII word, so such a line at or before the failure is the cause: named at its own place.
   */
  private static boolean fullWidthColon(String text, int errorLine, LoadContext ctx) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < Math.min(lines.length, Math.max(errorLine, 1)); i++) {
      java.util.regex.Matcher m = FULL_WIDTH_COLON_KEY.matcher(lines[i]);
      if (m.find()) {
        String key = m.group(2);
        ctx.findings.error("load.full-width-colon", new cn.juesuan.disclosure.diag.Location(ctx.file, i + 1,
                m.end(), ""),
            "字段 " + key + " 后面是全角冒号“：”，YAML 只认半角冒号加空格：请写作 \"" + key + ": \"（切换到英文标点输入）",
            "the key " + key + " is followed by a full-width colon \"：\"; YAML needs an ASCII colon and a space: write \""
                + key + ": \"");
        return true;
      }
    }
    return false;
  }

  /**
   * A file that is not text at all (a Word or Excel file renamed .yaml, a PDF) or text in UTF-16
   * (Notepad's "Unicode"): said so in words before any attempt to read it as UTF-8.
   */
  private static boolean notText(byte[] bytes, LoadContext ctx) {
    String[] kind = null;
    if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
      // The names of a ZIP's entries are stored in the clear: word/… or xl/… tell which program.
      String names = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.ISO_8859_1);
      kind = names.contains("word/") ? new String[] {" Word 文档（.docx）", "a Word document (.docx)"}
          : names.contains("xl/") ? new String[] {" Excel 工作簿（.xlsx）", "an Excel workbook (.xlsx)",
              "；工作簿里的表由 YAML 的 tables: {workbook: 文件名} 引用", "; a YAML takes tables from a workbook with tables: {workbook: FILE}"}
          : new String[] {" ZIP 压缩文件", "a ZIP archive"};
    } else if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      kind = new String[] {"旧版 Office 文件（.doc、.xls、.wps）", "an old Office file (.doc, .xls, .wps)"};
    } else if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
      kind = new String[] {" PDF 文件", "a PDF file"};
    } else if (startsWith(bytes, '{', '\\', 'r', 't', 'f')) {
      kind = new String[] {" RTF 文档（写字板、Word）", "an RTF document (WordPad, Word)"};
    }
    if (kind != null) {
      ctx.findings.error("load.not-text", new cn.juesuan.disclosure.diag.Location(ctx.file, 0, 0, ""),
          "这不是 YAML 文本文件，而是" + kind[0] + "：请用文本编辑器（记事本、VS Code）编写 YAML，保存为 UTF-8"
              + (kind.length > 2 ? kind[2] : ""),
          "not a YAML text file but " + kind[1] + ": write the YAML in a text editor (Notepad, VS Code) and save it as UTF-8"
              + (kind.length > 2 ? kind[3] : ""));
      return true;
    }
    String utf16 = utf16(bytes);
    if (utf16 != null) {
      String notepad = utf16.endsWith("LE") ? "Unicode" : "Unicode big endian";
      ctx.findings.error("load.encoding", new cn.juesuan.disclosure.diag.Location(ctx.file, 1, 1, ""),
          "文件是 " + utf16 + " 编码（记事本的“" + notepad + "”）：请另存为 UTF-8（记事本：编码选“UTF-8”）",
          "file is " + utf16 + " encoded (Notepad's \"" + notepad + "\"): save it as UTF-8 (Notepad: encoding \"UTF-8\")");
      return true;
    }
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        ctx.findings.error("load.not-text", new cn.juesuan.disclosure.diag.Location(ctx.file, 0, 0, ""),
            "这不是文本文件（含二进制数据）：请用文本编辑器编写 YAML，保存为 UTF-8",
            "not a text file (binary data): write the YAML in a text editor and save it as UTF-8");
        return true;
      }
    }
    return false;
  }

  /** UTF-16 by its byte-order mark, or by the zero bytes of ASCII characters in every other place. */
  private static String utf16(byte[] b) {
    if (startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF)) {
      return b[0] == (byte) 0xFF ? "UTF-16LE" : "UTF-16BE";
    }
    int n = Math.min(b.length, 4096) & ~1;
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      evenZeros += b[i] == 0 ? 1 : 0;
      oddZeros += b[i + 1] == 0 ? 1 : 0;
    }
    // ASCII (keys, digits, indentation) gives a zero on one side; a CJK character now and then
    // (U+4E00 一) on the other.
    int pairs = n / 2;
    if (pairs >= 4 && oddZeros * 8 >= pairs && evenZeros * 8 <= oddZeros) {
      return "UTF-16LE";
    }
    if (pairs >= 4 && evenZeros * 8 >= pairs && oddZeros * 8 <= evenZeros) {
      return "UTF-16BE";
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Why the bytes are not UTF-8, where it can be told: text that reads cleanly as GB18030 (a
   * superset of GBK and GB2312) is what Notepad in a Chinese Windows saves as "ANSI". The line is
   * quoted as it reads in that encoding, so the user sees which text it is.
   */
  private static String[] foreignEncoding(byte[] bytes, int lineStart) {
    try {
      String all = java.nio.charset.Charset.forName("GB18030").newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      int lineEnd = lineStart;
      while (lineEnd < bytes.length && bytes[lineEnd] != '\n' && bytes[lineEnd] != '\r') {
        lineEnd++;
      }
      String line = new String(bytes, lineStart, lineEnd - lineStart, java.nio.charset.Charset.forName("GB18030")).strip();
      if (line.codePointCount(0, line.length()) > 30) {
        line = line.substring(0, line.offsetByCodePoints(0, 30)) + "…";
      }
      return all.isEmpty() ? new String[] {"", ""}
          : new String[] {"，看来是 GBK/GB18030（中文 Windows 记事本的“ANSI”）；此行为“" + line + "”",
              ", apparently GBK/GB18030 (Notepad's \"ANSI\" in a Chinese Windows); the line reads \"" + line + "\""};
    } catch (CharacterCodingException | RuntimeException e) {
      return new String[] {"", ""};
    }
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
