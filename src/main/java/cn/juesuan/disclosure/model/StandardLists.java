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
 * The standard code lists of one year (政府收支分类科目: 支出功能分类 类/款/项, 部门预算支出经济分类),
 * read once per year from the resources under {@code standard/<year>/}: the expenditure classes
 * of the 总表, 款/项 names, and the 经济分类 rows in print order. Names and codes change between
 * years, so a disclosure is checked against the lists of its own year; a year without lists of
 * its own uses the nearest earlier year that has them (the lists carry over until the Ministry
 * publishes new ones), and a year before every list the earliest.
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

  /** Years the loader accepts; lists are looked for within them. Adding a year = adding its folder. */
  private static final int FIRST_YEAR = 2000;
  private static final int LAST_YEAR = 2100;

  /** Disclosure year → its lists; list year → the lists read. */
  private static final java.util.concurrent.ConcurrentMap<Integer, StandardLists> BY_YEAR =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final java.util.concurrent.ConcurrentMap<Integer, StandardLists> LISTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final int year;

  private final List<ExpenditureClass> expenditureClasses;
  private final Map<String, String> subjectNames;
  private final List<EconomicClass> economicClasses;

  private StandardLists(int year) {
    this.year = year;
    String dir = "standard/" + year + "/";
    List<ExpenditureClass> classes = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (String[] f : rows(dir + "expenditure-classes.tsv", 3)) {
      classes.add(new ExpenditureClass(f[0], f[1], f[2]));
      names.put(f[0], f[2]);
    }
    for (String[] f : rows(dir + "function-subjects.tsv", 2)) {
      names.put(f[0], f[1]);
    }
    List<EconomicClass> economic = new ArrayList<>();
    for (String[] f : rows(dir + "economic-classes.tsv", 3)) {
      economic.add(new EconomicClass(Integer.parseInt(f[0]), f[1], f[2]));
    }
    this.expenditureClasses = Collections.unmodifiableList(classes);
    this.subjectNames = Collections.unmodifiableMap(names);
    this.economicClasses = Collections.unmodifiableList(economic);
  }

  /** The lists that apply to a disclosure of {@code year} (see the class comment). */
  public static StandardLists forYear(int year) {
    return BY_YEAR.computeIfAbsent(year, y -> LISTS.computeIfAbsent(listYear(y), StandardLists::new));
  }

  /** The year whose lists apply: {@code year} itself, else the nearest earlier, else the earliest. */
  static int listYear(int year) {
    for (int y = Math.min(year, LAST_YEAR); y >= FIRST_YEAR; y--) {
      if (hasLists(y)) {
        return y;
      }
    }
    for (int y = Math.max(year, FIRST_YEAR); y <= LAST_YEAR; y++) {
      if (hasLists(y)) {
        return y;
      }
    }
    throw new IllegalStateException("no standard code lists under standard/<year>/");
  }

  private static boolean hasLists(int year) {
    return StandardLists.class.getClassLoader()
        .getResource("standard/" + year + "/function-subjects.tsv") != null;
  }

  /** The year these lists are of. */
  public int year() {
    return year;
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
