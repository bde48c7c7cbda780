package cn.juesuan.disclosure.authoring;

import cn.juesuan.disclosure.load.PreviousYear;
import cn.juesuan.disclosure.load.Shape;
import cn.juesuan.disclosure.model.Disclosure;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.comments.CommentLine;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Next year's YAML from this year's ({@code new --from}): the same file, edited as a tree so
 * that key order, flow style and comments stay as the office wrote them.
 *
 * <ul>
 *   <li>the year advanced; the date {@link Shape#TO_FILL};</li>
 *   <li>this year's figures moved into the 上年 fields (each with a comment naming its source);</li>
 *   <li>every other amount and count this year's, so {@link Shape#TO_FILL}: {@code validate}
 *       lists each at its line until it is entered;</li>
 *   <li>texts, codes, choices (the profile and the department's wording) carried over and marked
 *       {@value #REVIEW};</li>
 *   <li>this year's pins, 出错说明 and pinned rates dropped: they were about this year's figures.</li>
 * </ul>
 * Which field is a text, an amount or a code is read from {@link Shape#ofLoader}, the loader's own reads.
 */
public final class NextYear {
  static final String REVIEW = "请核对 / review";
  /** Numbers that are settings rather than this year's figures: carried over like texts (schema: the format's version). */
  private static final Set<String> CARRIED_AMOUNTS = Set.of("schema", "fundWeight", "weight");
  /** The profile (人员编制 included) is carried over for review, not emptied. */
  private static final String PROFILE = ".profile";
  /** The 上年 fields, set from this year's figures below, not emptied on the way. */
  private static final Set<String> PREVIOUS_KEYS = Set.of("previous", "previousTotal");
  private static final Set<String> DROPPED_ROOT_KEYS = Set.of("pins", "acceptances");

  private final Shape shape;
  private final int year;

  private NextYear(Shape shape, int year) {
    this.shape = shape;
    this.year = year;
  }

  /**
   * The text of next year's file. {@code source} is this year's YAML text, {@code d} what it
   * loaded to; {@code sourceName} is named in the first line.
   */
  public static String write(String source, Disclosure d, String sourceName) {
    return write(source, d, sourceName, sourceName);
  }

  /**
   * As {@link #write(String, Disclosure, String)}; a {@code previousYear:} of this year's file
   * is pointed at this year's file itself ({@code fromNext}: its path as seen from next year's).
   */
  public static String write(String source, Disclosure d, String sourceName, String fromNext) {
    Shape shape = Shape.ofLoader(JsonSchema.candidateKeys(
        cn.juesuan.disclosure.model.StandardLists.forYear(d.department().year() + 1)));
    NextYear n = new NextYear(shape, d.department().year());
    n.thisYearsFile = fromNext;
    return n.rewrite(source, d, sourceName);
  }

  private String thisYearsFile;

  /** The first line of a file this command wrote, with a digest of the rest: only such a file, unedited, is replaced. */
  static String header(String body, String sourceName) {
    return "# 由 disclosure new --from " + sourceName.replaceAll("[\\r\\n]", " ") + " 生成 / written by new --from · "
        + digest(body) + "\n";
  }

  /** Whether {@code file} is one this command wrote and nobody has edited since (its header's digest holds). */
  public static boolean writtenUnedited(java.nio.file.Path file) {
    try {
      if (java.nio.file.Files.size(file) > 16L * 1024 * 1024) {
        return false;
      }
      String text = java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
      int eol = text.indexOf('\n');
      if (eol < 0) {
        return false;
      }
      String first = text.substring(0, eol + 1);
      String body = text.substring(eol + 1);
      return first.startsWith("# 由 disclosure new --from ") && first.endsWith(digest(body) + "\n");
    } catch (java.io.IOException | RuntimeException e) {
      return false; // unreadable or not UTF-8: not recognisably ours
    }
  }

  private static String digest(String body) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String rewrite(String source, Disclosure d, String sourceName) {
    LoaderOptions lo = new LoaderOptions();
    lo.setProcessComments(true);
    MappingNode root = (MappingNode) new Yaml(lo).compose(new StringReader(source));
    root.getValue().removeIf(t -> DROPPED_ROOT_KEYS.contains(key(t)));
    walk(root, shape, "", null);
    MappingNode department = map(root, "department");
    set(department, "year", Integer.toString(year + 1), Tag.INT,
        "原为 " + year + " / was " + year);
    set(department, "date", Shape.TO_FILL, Tag.STR, "请填写公开日期 YYYY-MM-DD / to fill: date of the disclosure");
    previousYearFigures(root, d);
    if (root.getValue().stream().anyMatch(t -> key(t).equals("previousYear"))) {
      set(root, "previousYear", thisYearsFile, Tag.STR, "本年的文件 / this year's file (was the year before)");
    }
    DumperOptions o = new DumperOptions();
    o.setProcessComments(true);
    o.setWidth(100_000); // a text stays on its line: a finding's line is the line the office sees
    o.setAllowUnicode(true);
    o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    o.setLineBreak(DumperOptions.LineBreak.UNIX);
    StringWriter w = new StringWriter();
    new Yaml(o).serialize(root, w);
    String body = tidy(w.toString());
    return header(body, sourceName) + body;
  }

  /** Empties this year's figures and marks the carried wording, guided by the loader's shape. */
  private void walk(Node node, Shape s, String path, Node flow) {
    if (s == null) {
      return;
    }
    // the outermost flow collection ({…} or […]) holding this node: a comment can only follow it
    Node outerFlow = flow != null ? flow : isFlow(node) ? node : null;
    if (node instanceof MappingNode m && s.kind == Shape.Kind.MAP) {
      List<NodeTuple> kept = new ArrayList<>();
      for (NodeTuple t : m.getValue()) {
        String k = key(t);
        Shape child = s.properties().containsKey(k) ? s.properties().get(k) : s.additional();
        if (k.equals("pinnedRate")) {
          continue; // a pin kept this year's printed rate
        }
        Node v = t.getValueNode();
        if (child != null && isFigure(child, k) && !path.startsWith(PROFILE) && v instanceof ScalarNode sv && !isNull(sv)) {
          kept.add(new NodeTuple(t.getKeyNode(), toFill(sv)));
          continue;
        }
        walk(v, child, path + "." + k, outerFlow);
        if (v instanceof SequenceNode seq) {
          moveLeadingComments(seq, t.getKeyNode());
        }
        if (child != null && isCarried(child) && v instanceof ScalarNode sv && !isNull(sv)) {
          mark(sv, outerFlow);
        }
        kept.add(t);
      }
      m.setValue(kept);
    } else if (node instanceof SequenceNode seq && s.kind == Shape.Kind.LIST) {
      for (Node item : seq.getValue()) {
        walk(item, s.items(), path + "[]", outerFlow);
        if (isCarried(s.items()) && item instanceof ScalarNode si) {
          mark(si, outerFlow);
        }
      }
    }
  }

  private static boolean isFigure(Shape s, String key) {
    return (s.kind == Shape.Kind.AMOUNT || s.kind == Shape.Kind.COUNT || s.kind == Shape.Kind.DATE)
        && !CARRIED_AMOUNTS.contains(key) && !PREVIOUS_KEYS.contains(key);
  }

  private static boolean isCarried(Shape s) {
    return s.kind == Shape.Kind.TEXT || s.kind == Shape.Kind.CHOICE || s.kind == Shape.Kind.FLAG
        || s.kind == Shape.Kind.AMOUNT || s.kind == Shape.Kind.COUNT;
  }

  /** The 上年 fields from this year's figures (which field holds which figure: {@link PreviousYear#figures}). */
  private void previousYearFigures(MappingNode root, Disclosure d) {
    for (PreviousYear.Figure f : PreviousYear.figures(d)) {
      String[] keys = f.path().split("\\.");
      MappingNode m = root;
      for (int i = 0; i < keys.length - 1; i++) {
        m = map(m, keys[i]);
      }
      previous(m, keys[keys.length - 1], f.value(), f.sourceZh(), f.sourceEn());
    }
  }

  /** Sets a 上年 field, or removes it where this year has no figure (then no comparison is printed). */
  private void previous(MappingNode m, String key, BigDecimal value, String fromZh, String fromEn) {
    if (value == null) {
      m.getValue().removeIf(t -> key(t).equals(key));
      return;
    }
    set(m, key, value.toPlainString(), Tag.FLOAT, "上年 = " + year + " 年" + fromZh + " / " + year + ": " + fromEn);
  }

  // ---- the tree -----------------------------------------------------------------------------

  /** The mapping under {@code key}, added (in block style) where the file has none. */
  private static MappingNode map(MappingNode parent, String key) {
    for (NodeTuple t : parent.getValue()) {
      if (key(t).equals(key)) {
        if (t.getValueNode() instanceof MappingNode m) {
          return m;
        }
        MappingNode m = emptyMap();
        parent.getValue().set(parent.getValue().indexOf(t), new NodeTuple(t.getKeyNode(), m));
        return m;
      }
    }
    MappingNode m = emptyMap();
    parent.getValue().add(new NodeTuple(plain(key, Tag.STR), m));
    return m;
  }

  private static MappingNode emptyMap() {
    return new MappingNode(Tag.MAP, new ArrayList<>(), DumperOptions.FlowStyle.BLOCK);
  }

  private static void set(MappingNode m, String key, String value, Tag tag, String comment) {
    ScalarNode v = plain(value, tag);
    if (m.getFlowStyle() == DumperOptions.FlowStyle.BLOCK) {
      v.setInLineComments(List.of(new CommentLine(null, null, " " + comment, CommentType.IN_LINE)));
    }
    List<NodeTuple> tuples = m.getValue();
    for (int i = 0; i < tuples.size(); i++) {
      if (key(tuples.get(i)).equals(key)) {
        tuples.set(i, new NodeTuple(tuples.get(i).getKeyNode(), v));
        return;
      }
    }
    tuples.add(new NodeTuple(plain(key, Tag.STR), v));
  }

  private static ScalarNode toFill(ScalarNode old) {
    ScalarNode v = plain(Shape.TO_FILL, Tag.STR);
    v.setInLineComments(old.getInLineComments());
    return v;
  }

  /** Marks a carried value for review: on its own line, or once after the outermost flow collection it is in. */
  private static void mark(ScalarNode v, Node outerFlow) {
    Node target = outerFlow != null ? outerFlow : v;
    List<CommentLine> comments = target.getInLineComments() == null ? new ArrayList<>()
        : new ArrayList<>(target.getInLineComments());
    if (comments.stream().anyMatch(c -> c.getValue().contains(REVIEW))) {
      return;
    }
    if (comments.isEmpty()) {
      comments.add(new CommentLine(null, null, " " + REVIEW, CommentType.IN_LINE));
    } else {
      CommentLine last = comments.remove(comments.size() - 1);
      comments.add(new CommentLine(null, null, last.getValue() + " · " + REVIEW, CommentType.IN_LINE));
    }
    if (outerFlow != null || v.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
        || v.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED
        || v.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED) {
      target.setInLineComments(comments);
    }
  }

  /**
   * Comment lines before the first item of a sequence of flow mappings are printed by the
   * emitter between "- " and the item, which is no longer YAML: they move above the key.
   */
  private static void moveLeadingComments(SequenceNode seq, Node key) {
    if (seq.getValue().isEmpty()) {
      return;
    }
    Node first = seq.getValue().get(0);
    if (first.getBlockComments() != null && !first.getBlockComments().isEmpty() && isFlow(first)) {
      List<CommentLine> own = key.getBlockComments() == null ? new ArrayList<>() : new ArrayList<>(key.getBlockComments());
      own.addAll(first.getBlockComments());
      key.setBlockComments(own);
      first.setBlockComments(null);
    }
  }

  private static boolean isFlow(Node n) {
    return n instanceof MappingNode m && m.getFlowStyle() == DumperOptions.FlowStyle.FLOW
        || n instanceof SequenceNode s && s.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
  }

  private static ScalarNode plain(String value, Tag tag) {
    return new ScalarNode(tag, value, null, null, DumperOptions.ScalarStyle.PLAIN);
  }

  private static String key(NodeTuple t) {
    return t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
  }

  private static boolean isNull(ScalarNode s) {
    return s.getTag().equals(Tag.NULL) || s.getValue().isEmpty() && s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
  }

  /** The emitter's blank lines carry the old indentation: no trailing spaces. */
  private static String tidy(String yaml) {
    return yaml.replaceAll("(?m)[ \\t]+$", "");
  }
}
