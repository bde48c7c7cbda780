package cn.juesuan.disclosure.calc;

import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.model.Disclosure;

/** Derives every figure the narrative prints. */
public final class Calculator {
  private Calculator() {}

  public static Figures calculate(Disclosure d, Findings findings) {
    return new Figures();
  }
}
