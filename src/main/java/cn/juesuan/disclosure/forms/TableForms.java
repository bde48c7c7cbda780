package cn.juesuan.disclosure.forms;

import cn.juesuan.disclosure.calc.Figures;
import cn.juesuan.disclosure.catalogue.FormSpec;
import cn.juesuan.disclosure.document.TableSpec;
import cn.juesuan.disclosure.model.Disclosure;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The table forms of a disclosure's format, built from its catalogue: each form by its id, with
 * the general grid its {@code layout} names. A new form is a catalogue entry, not code.
 */
public final class TableForms {
  private TableForms() {}

  /**
   * Every form of the format by its id (gk01 …, selfAssessment), as the outline places them.
   * A 附件2 form is built only where the disclosure has the self-assessment.
   */
  public static Map<String, TableSpec> byKey(Disclosure disclosure, Figures figures) {
    Map<String, TableSpec> out = new LinkedHashMap<>();
    for (FormSpec form : disclosure.format().forms().values()) {
      if (form.layout() == FormSpec.Layout.SELF_ASSESSMENT) {
        if (figures != null && figures.selfAssessment() != null) {
          out.put(form.id(), SelfAssessmentForm.build(form, disclosure, figures.selfAssessment()));
        }
      } else {
        out.put(form.id(), build(form, disclosure));
      }
    }
    return out;
  }

  /** One form of the format (not 附件2, which needs the calculator's figures). */
  public static TableSpec build(Disclosure disclosure, String formId) {
    return build(disclosure.format().form(formId), disclosure);
  }

  private static TableSpec build(FormSpec form, Disclosure d) {
    return switch (form.layout()) {
      case LINES -> LinesForm.build(form, d);
      case SUBJECTS -> SubjectsForm.build(form, d);
      case ECONOMIC -> EconomicForm.build(form, d);
      case ROW -> RowForm.build(form, d);
      case UNITS -> UnitsForm.build(form, d);
      case SELF_ASSESSMENT -> throw new IllegalArgumentException(
          "form " + form.id() + " needs the calculator's figures: use byKey");
    };
  }
}
