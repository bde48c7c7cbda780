package cn.juesuan.disclosure.calc;

/** Every derived figure of the narrative and of 附件2. */
public record Figures() {}
