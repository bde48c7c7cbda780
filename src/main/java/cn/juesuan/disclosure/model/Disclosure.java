package cn.juesuan.disclosure.model;

import cn.juesuan.disclosure.catalogue.Catalogue;
import java.util.List;

/**
 * The whole disclosure of one department for one year, as the YAML states it. Immutable.
 * {@code glossary} and {@code explanations.other} are empty when the standard text applies;
 * {@code report} and {@code selfAssessment} are null when the department has no such 附件, and
 * {@code attachments} is then empty (or lists only what it has).
 * {@code format} is the disclosure format it is printed in (its catalogue and templates).
 * {@code review} holds the office's accepted deviations and pins ({@link Review#NONE} if none).
 */
public record Disclosure(Department department, Profile profile, Tables tables,
                         Explanations explanations, Performance performance, Report report,
                         SelfAssessment selfAssessment, List<Attachment> attachments,
                         List<GlossaryEntry> glossary, SourceMap source, Review review,
                         Catalogue format) {

  /** The standard code lists of the disclosure's year (科目 names and codes change by year). */
  public StandardLists codes() {
    return StandardLists.forYear(department.year());
  }
}
