package cn.juesuan.disclosure.check;

import cn.juesuan.disclosure.model.Disclosure;

/**
 * One identity (勾稽关系) or consistency rule with its stable id and a one-line description.
 * The rule reports through a {@link CheckContext}, which stamps the id on every finding.
 */
record Check(String id, String zh, String en, Rule rule) {

  @FunctionalInterface
  interface Rule {
    void apply(Disclosure d, CheckContext c);
  }

  static Check of(String id, String zh, String en, Rule rule) {
    return new Check(id, zh, en, rule);
  }
}
