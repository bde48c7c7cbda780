package cn.juesuan.disclosure.forms;

import cn.juesuan.disclosure.layout.TableSpec;
import cn.juesuan.disclosure.model.Disclosure;

/** One official table form: turns the model into its fully resolved {@link TableSpec}. */
public interface TableForm {

  /** The spec of this form for one disclosure; every amount already formatted. */
  TableSpec build(Disclosure disclosure);
}
