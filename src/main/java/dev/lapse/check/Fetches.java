package dev.lapse.check;

import dev.lapse.journal.JournalEntry;
import java.util.List;

/** Credential fetches in a journal: the requests that exchange a token for credentials. */
final class Fetches {
  private Fetches() {}

  static boolean isFetch(JournalEntry e) {
    return e.operation().fetchesCredentials();
  }

  /** The identity a fetch was for: from the credentials it got, else the request's resource. */
  static String identity(JournalEntry e) {
    if (e.issuedCredentials() != null && e.issuedCredentials().identityId() != null) {
      return e.issuedCredentials().identityId();
    }
    return e.resource() == null ? "?" : e.resource();
  }

  static List<JournalEntry> successful(List<JournalEntry> entries) {
    return entries.stream().filter(e -> isFetch(e) && e.succeeded()).toList();
  }
}
