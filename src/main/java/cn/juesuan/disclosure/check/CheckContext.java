package cn.juesuan.disclosure.check;

import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.diag.Location;
import cn.juesuan.disclosure.model.Disclosure;

/** What a rule reports through: findings carry the check's id and the YAML location of a path. */
final class CheckContext {
  private final String id;
  private final Disclosure disclosure;
  private final Findings out;

  CheckContext(String id, Disclosure disclosure, Findings out) {
    this.id = id;
    this.disclosure = disclosure;
    this.out = out;
  }

  Location at(String path) {
    return disclosure.source().at(path);
  }

  /** A hard identity: beyond tolerance an ERROR, within it (but not exact) a NOTE (尾数). */
  void strict(Identity identity) {
    if (identity.holds()) {
      return;
    }
    boolean within = identity.withinTolerance();
    Location where = at(identity.locatedAt());
    if (within) {
      out.note(id, where, identity.zh(true), identity.en(true));
    } else {
      out.error(id, where, identity.zh(false), identity.en(false));
    }
  }

  /** An identity with legitimate exceptions: beyond tolerance a WARNING, otherwise silent. */
  void advisory(Identity identity) {
    if (!identity.withinTolerance()) {
      out.warning(id, at(identity.locatedAt()), identity.zh(false), identity.en(false));
    }
  }

  void error(String path, String zh, String en) {
    out.error(id, at(path), zh, en);
  }

  void warning(String path, String zh, String en) {
    out.warning(id, at(path), zh, en);
  }
}
