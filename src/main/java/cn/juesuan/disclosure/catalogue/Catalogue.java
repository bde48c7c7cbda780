package cn.juesuan.disclosure.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One disclosure format (甘肃 2024, 上海普陀 2024 …) as data: the forms it prints, their order and
 * page grouping, how amounts print, and where its templates are. Read from {@code format.yaml}
 * in the format's folder; nothing here is specific to one province.
 *
 * @param id        the format's id, as a department YAML names it ({@code format: gansu-2024})
 * @param title     a human name for messages
 * @param outline   the template that lays out the document (parts and sections)
 * @param pages     the forms of the tables part in print order, one list per page
 * @param numbers   how table amounts print
 * @param forms     every form by its id (the key of its table in the department YAML)
 * @param templates where the outline and the section templates are
 * @param requires  the parts of a department's YAML that this format's outline prints and so
 *                  requires beyond those every format needs ({@code profile.duties},
 *                  {@code performance}, {@code profile.units} …)
 * @param variants  the choices a department's YAML may make ({@code formatOptions}), each a patch
 *                  of the catalogue: the option's name → its value → the patch
 * @param wording   switches of the templates' wording ({@code d.format.wording.<key>}), set by
 *                  the catalogue and changed by a variant (e.g. entryRates: "true")
 * @param sections  how messages cite the sections of 情况说明 whose number differs from the
 *                  Gansu outline's (上海普陀: 七 三公, 十一（二）政府采购), by key; see {@link #section}
 */
public record Catalogue(String id, String title, String outline, List<List<String>> pages,
                        NumberStyle numbers, Map<String, FormSpec> forms, TemplateSource templates,
                        java.util.Set<String> requires, Variants variants, Map<String, String> wording,
                        Map<String, String> sections) {

  /**
   * The catalogue as written ({@code source}, to apply a patch to) and its {@code variants:}
   * patches by option and value. {@link #NONE} for a format without choices.
   */
  public record Variants(Map<String, Object> source, Map<String, Map<String, Map<String, Object>>> patches) {
    public static final Variants NONE = new Variants(Map.of(), Map.of());
  }

  public Catalogue {
    requires = java.util.Set.copyOf(requires);
    wording = Map.copyOf(wording);
    sections = Map.copyOf(sections);
    pages = pages.stream().map(List::copyOf).toList();
    forms = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(forms));
  }

  /** The form of this id; an id the format lacks is a defect of the caller or of the format. */
  public FormSpec form(String id) {
    FormSpec f = forms.get(id);
    if (f == null) {
      throw new IllegalArgumentException("format " + this.id + " has no form " + id);
    }
    return f;
  }

  public Optional<FormSpec> findForm(String id) {
    return Optional.ofNullable(forms.get(id));
  }

  /**
   * The Gansu outline's numbers of the sections messages cite (九 “三公”经费 …): the default
   * format's, which a format's {@code sections:} replaces where its outline numbers otherwise.
   */
  private static final Map<String, String> GANSU_SECTIONS = Map.of(
      "governmentFund", "七", "stateCapital", "八", "threePublic", "九", "operatingCost", "十",
      "procurement", "十一", "assets", "十二");

  /** The number of 情况说明's section {@code key} as this format prints it ("九", "十一（二）"). */
  public String section(String key) {
    String s = sections.get(key);
    if (s == null) {
      s = GANSU_SECTIONS.get(key);
    }
    if (s == null) {
      throw new IllegalArgumentException("no section " + key);
    }
    return s;
  }

  /** The section keys a format's {@code sections:} may give. */
  public static java.util.Set<String> sectionKeys() {
    return GANSU_SECTIONS.keySet();
  }

  /** How checks and messages cite a form (公开08 in Gansu); the id itself where the format lacks it. */
  public String nameOf(String formId) {
    FormSpec f = forms.get(formId);
    return f == null ? formId : f.name();
  }

  /** Where a format's templates are read from: a classpath folder (bundled) or a directory. */
  public record TemplateSource(String classpathRoot, java.nio.file.Path directory) {
    public static TemplateSource bundled(String root) {
      return new TemplateSource(root, null);
    }

    public static TemplateSource directory(java.nio.file.Path dir) {
      return new TemplateSource(null, dir);
    }

    public boolean isBundled() {
      return directory == null;
    }
  }
}
