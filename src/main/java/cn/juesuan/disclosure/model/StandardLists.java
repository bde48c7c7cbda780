package cn.juesuan.disclosure.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standard code lists the forms use (2024 政府收支分类科目), read once from the resources
 * under {@code standard/}: the 26 expenditure classes of 公开01/04, 款/项 names, and the
 * 经济分类 rows of 公开06 in print order.
 */
public final class StandardLists {

  /** One of the 26 功能分类 类 lines of 公开01/04. */
  public record ExpenditureClass(String code, String label, String name) {}

  /** One 公开06 row: its column group (1–3), code and standard name. */
  public record EconomicClass(int group, String code, String name) {
    public boolean isClassTotal() {
      return code.length() == 3;
    }
  }

  private static final StandardLists INSTANCE = new StandardLists();

  private final List<ExpenditureClass> expenditureClasses;
  private final Map<String, String> subjectNames;
  private final List<EconomicClass> economicClasses;

  private StandardLists() {
    List<ExpenditureClass> classes = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (String[] f : rows("standard/expenditure-classes.tsv", 3)) {
      classes.add(new ExpenditureClass(f[0], f[1], f[2]));
      names.put(f[0], f[2]);
    }
    for (String[] f : rows("standard/function-subjects.tsv", 2)) {
      names.put(f[0], f[1]);
    }
    List<EconomicClass> economic = new ArrayList<>();
    for (String[] f : rows("standard/economic-classes.tsv", 3)) {
      economic.add(new EconomicClass(Integer.parseInt(f[0]), f[1], f[2]));
    }
    this.expenditureClasses = Collections.unmodifiableList(classes);
    this.subjectNames = Collections.unmodifiableMap(names);
    this.economicClasses = Collections.unmodifiableList(economic);
  }

  public static StandardLists get() {
    return INSTANCE;
  }

  public List<ExpenditureClass> expenditureClasses() {
    return expenditureClasses;
  }

  public boolean isExpenditureClass(String code) {
    return expenditureClasses.stream().anyMatch(c -> c.code().equals(code));
  }

  /** The standard name of a 功能分类 类/款/项 code, if the list has it. */
  public Optional<String> subjectName(String code) {
    return Optional.ofNullable(subjectNames.get(code));
  }

  public List<EconomicClass> economicClasses() {
    return economicClasses;
  }

  public Optional<EconomicClass> economicClass(String code) {
    return economicClasses.stream().filter(e -> e.code().equals(code)).findFirst();
  }

  private static List<String[]> rows(String resource, int columns) {
    InputStream in = StandardLists.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != columns) {
          throw new IllegalStateException(resource + ": expected " + columns + " columns: " + line);
        }
        out.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
