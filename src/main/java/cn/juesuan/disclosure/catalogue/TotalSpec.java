package cn.juesuan.disclosure.catalogue;

/** A label-and-amount pair of a totals row (公开06 人员经费合计): its label spans {@code cols}. */
public record TotalSpec(String key, String text, int cols, String en) {}
