package cn.juesuan.disclosure.export;

import cn.juesuan.disclosure.catalogue.Catalogue;
import cn.juesuan.disclosure.catalogue.FormSpec;
import cn.juesuan.disclosure.forms.TableForms;
import cn.juesuan.disclosure.model.Department;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Review;
import cn.juesuan.disclosure.model.SourceMap;
import cn.juesuan.disclosure.model.Tables;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A department's tables as a workbook ({@code export-xlsx}), or the blank forms to fill
 * ({@code --empty}): every form of the format's table part, one sheet each, named as the format
 * cites the form (公开01 …), which is also how the workbook reader finds it again.
 */
public final class TablesWorkbook {
  private TablesWorkbook() {}

  /** The disclosure's tables; the properties carry its date. */
  public static byte[] of(Disclosure d) throws IOException {
    List<WorkbookExport.Sheet1> sheets = new ArrayList<>();
    for (FormSpec form : d.format().forms().values()) {
      if (form.layout() != FormSpec.Layout.SELF_ASSESSMENT) {
        sheets.add(new WorkbookExport.Sheet1(form.name(), TableForms.build(d, form.id())));
      }
    }
    LocalDate date = d.department().date() != null ? d.department().date() : LocalDate.of(d.department().year() + 1, 1, 1);
    return WorkbookExport.write(sheets, d.format().numbers().thousands(), date);
  }

  /** The blank forms of {@code format} for {@code year} (the year's 科目 and 经济分类 lists), for {@code department}. */
  public static byte[] empty(Catalogue format, int year, String department) throws IOException {
    Disclosure blank = new Disclosure(new Department(department, year, LocalDate.of(year + 1, 1, 1)), null,
        Tables.EMPTY, null, null, null, null, List.of(), List.of(),
        new SourceMap("", Map.of(), Map.of(), ""), Review.NONE, format);
    return of(blank);
  }
}
