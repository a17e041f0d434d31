package dev.lapse.check;

import dev.lapse.history.RunRecord;
import java.util.List;

/** An invariant over one run's history. Stateless; safe to share. */
public interface Check {

  /** The YAML name, e.g. no-expired-token. */
  String name();

  List<Violation> check(RunRecord run);
}
