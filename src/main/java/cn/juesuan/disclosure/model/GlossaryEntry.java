package cn.juesuan.disclosure.model;

/** One 名词解释 entry: the term and its definition. */
public record GlossaryEntry(String term, String definition) {}
