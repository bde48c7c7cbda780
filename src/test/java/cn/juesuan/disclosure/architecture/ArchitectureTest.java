package cn.juesuan.disclosure.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.juesuan.disclosure.catalogue.Catalogue;
import cn.juesuan.disclosure.catalogue.Column;
import cn.juesuan.disclosure.catalogue.FormSpec;
import cn.juesuan.disclosure.catalogue.LineSpec;
import cn.juesuan.disclosure.load.Formats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The direction of the pipeline, read from the compiled classes (a class file names every type
 * it uses, and holds every string it prints, in its constant pool): layout knows the document
 * tree and nothing of the model or the domain; the document tree and the catalogue know no
 * other package; forms and checks hold no printed title, label or form name (the catalogue does).
 */
class ArchitectureTest {
  private static final Path CLASSES = Path.of("target/classes/cn/juesuan/disclosure");
  private static final String ROOT = "cn/juesuan/disclosure/";

  /** The packages each package may use besides itself and the JDK and its libraries. */
  private static final Map<String, Set<String>> ALLOWED = Map.of(
      "layout", Set.of("document", "diag"),
      "document", Set.of(),
      "catalogue", Set.of(),
      "forms", Set.of("document", "catalogue", "model", "calc"),
      "model", Set.of("catalogue", "diag"));

  @Test
  void eachPackageUsesOnlyThePackagesBelowIt() throws IOException {
    Map<String, Set<String>> wrong = new TreeMap<>();
    for (Map.Entry<String, Set<String>> rule : ALLOWED.entrySet()) {
      for (Path cls : classesOf(rule.getKey())) {
        for (String used : packagesUsed(cls)) {
          if (!used.equals(rule.getKey()) && !rule.getValue().contains(used)) {
            wrong.computeIfAbsent(rule.getKey() + " → " + used, k -> new TreeSet<>()).add(cls.getFileName().toString());
          }
        }
      }
    }
    assertEquals(Map.of(), wrong, "dependencies against the pipeline's direction");
  }

  @Test
  void formsHoldNoChineseWordsAtAll() throws IOException {
    // every word a form prints comes from its catalogue entry
    for (Path cls : classesOf("forms")) {
      String text = constants(cls);
      assertFalse(text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
          cls.getFileName() + " holds Chinese text");
    }
  }

  @Test
  void checksAndFormsHoldNoPrintedTitleLabelOrFormName() throws IOException {
    Catalogue gansu = Formats.defaultFormat();
    List<String> printed = new ArrayList<>();
    for (FormSpec f : gansu.forms().values()) {
      printed.add(f.title());
      printed.add(f.name());
      if (!f.label().isEmpty()) {
        printed.add(f.label());
      }
    }
    List<String> offending = new ArrayList<>();
    for (String pkg : List.of("check", "forms", "calc", "narrative", "layout", "pipeline")) {
      for (Path cls : classesOf(pkg)) {
        String text = constants(cls);
        for (String p : printed) {
          if (text.contains(p)) {
            offending.add(pkg + "/" + cls.getFileName() + ": " + p);
          }
        }
      }
    }
    assertEquals(List.of(), offending, "printed titles, labels and form names belong in format.yaml");
  }

  @Test
  void theCatalogueNamesEveryLineAndColumnTheChecksCite() {
    // a token the checks write must be worded by the format: every line and column has a name
    for (FormSpec f : Formats.defaultFormat().forms().values()) {
      for (Column c : f.columns()) {
        assertFalse(c.name().isBlank(), f.id() + "#" + c.key());
      }
      for (LineSpec l : f.allLines()) {
        if (l.kind() == LineSpec.Kind.LINE) {
          assertFalse(l.name().isBlank(), f.id() + "@" + l.key());
        }
      }
    }
  }

  private static List<Path> classesOf(String pkg) throws IOException {
    try (Stream<Path> s = Files.list(CLASSES.resolve(pkg))) {
      return s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
    }
  }

  /** The project's packages a class file refers to. */
  private static Set<String> packagesUsed(Path cls) throws IOException {
    Set<String> out = new TreeSet<>();
    for (String constant : utf8Constants(cls)) {
      int at = 0;
      while ((at = constant.indexOf(ROOT, at)) >= 0) {
        int start = at + ROOT.length();
        int end = start;
        while (end < constant.length() && Character.isJavaIdentifierPart(constant.charAt(end))) {
          end++;
        }
        if (end < constant.length() && constant.charAt(end) == '/') {
          out.add(constant.substring(start, end));
        }
        at = end;
      }
    }
    return out;
  }

  /** A class file's text constants (names, descriptors, string literals), joined. */
  private static String constants(Path cls) throws IOException {
    return String.join("\n", utf8Constants(cls));
  }

  /** The CONSTANT_Utf8 entries of a class file's constant pool (JVMS §4.4). */
  private static List<String> utf8Constants(Path cls) throws IOException {
    List<String> out = new ArrayList<>();
    try (java.io.DataInputStream in = new java.io.DataInputStream(Files.newInputStream(cls))) {
      in.readInt(); // magic
      in.readUnsignedShort(); // minor
      in.readUnsignedShort(); // major
      int count = in.readUnsignedShort();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> out.add(in.readUTF());
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
          case 5, 6 -> {
            in.skipBytes(8);
            i++; // takes two entries
          }
          case 7, 8, 16, 19, 20 -> in.skipBytes(2);
          case 15 -> in.skipBytes(3);
          default -> throw new IOException(cls + ": unknown constant tag " + tag);
        }
      }
    }
    return out;
  }
}
