package dev.lapse.journal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only record of every request the fake AWS served. Bounded, because a fuzz run
 * sends millions of requests: past {@code capacity} the oldest entries are dropped and
 * counted. Violations (requests that presented something expired) are kept in a list of their
 * own with the same bound, so a long run does not push its evidence out.
 *
 * <p>Thread-safe: Jetty threads append while a scenario reads.
 */
public final class Journal {
  public static final int DEFAULT_CAPACITY = 100_000;

  private final int capacity;
  private final ArrayDeque<JournalEntry> entries = new ArrayDeque<>();
  private final ArrayDeque<JournalEntry> violations = new ArrayDeque<>();
  private long appended;
  private long dropped;

  public Journal(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("journal capacity must be at least 1, was " + capacity);
    }
    this.capacity = capacity;
  }

  public Journal() {
    this(DEFAULT_CAPACITY);
  }

  /** Appends an entry, giving it the next sequence number; returns the entry as stored. */
  public synchronized JournalEntry append(JournalEntry entry) {
    JournalEntry stored = entry.withSeq(++appended);
    entries.addLast(stored);
    if (entries.size() > capacity) {
      entries.removeFirst();
      dropped++;
    }
    if (stored.presentedExpired()) {
      violations.addLast(stored);
      if (violations.size() > capacity) {
        violations.removeFirst();
      }
    }
    return stored;
  }

  /** Every retained entry, oldest first. */
  public synchronized List<JournalEntry> entries() {
    return new ArrayList<>(entries);
  }

  /** Retained entries with {@code seq > afterSeq}, oldest first. */
  public synchronized List<JournalEntry> entriesAfter(long afterSeq) {
    List<JournalEntry> out = new ArrayList<>();
    for (JournalEntry e : entries) {
      if (e.seq() > afterSeq) {
        out.add(e);
      }
    }
    return out;
  }

  /** The newest {@code limit} entries, oldest first. */
  public synchronized List<JournalEntry> newest(int limit) {
    List<JournalEntry> all = new ArrayList<>(entries);
    return all.subList(Math.max(0, all.size() - Math.max(0, limit)), all.size());
  }

  /** Requests that presented expired credentials or an expired token, oldest first. */
  public synchronized List<JournalEntry> violations() {
    return new ArrayList<>(violations);
  }

  /** The sequence number of the newest entry (0 when none yet). */
  public synchronized long lastSeq() {
    return appended;
  }

  /** How many entries were dropped because the journal was full. */
  public synchronized long dropped() {
    return dropped;
  }

  public int capacity() {
    return capacity;
  }

  public synchronized void clear() {
    entries.clear();
    violations.clear();
    appended = 0;
    dropped = 0;
  }
}
