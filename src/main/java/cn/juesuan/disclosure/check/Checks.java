package cn.juesuan.disclosure.check;

import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.model.Disclosure;

/** Runs every identity (勾稽关系) on a loaded disclosure. */
public final class Checks {
  private Checks() {}

  public static Findings run(Disclosure d) {
    return new Findings();
  }
}
