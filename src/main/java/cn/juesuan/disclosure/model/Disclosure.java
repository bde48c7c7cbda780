package cn.juesuan.disclosure.model;

import java.util.List;

/**
 * The whole disclosure of one department for one year, as the YAML states it. Immutable.
 * {@code glossary} and {@code explanations.other} are empty when the standard text applies;
 * {@code report} and {@code selfAssessment} are null when the department has no such 附件, and
 * {@code attachments} is then empty (or lists only what it has).
 * {@code review} holds the office's accepted deviations and pins ({@link Review#NONE} if none).
 */
public record Disclosure(Department department, Profile profile, Tables tables,
                         Explanations explanations, Performance performance, Report report,
                         SelfAssessment selfAssessment, List<Attachment> attachments,
                         List<GlossaryEntry> glossary, SourceMap source, Review review) {}
