package org.debatescore.importers.polis;

/**
 * For each (voter, statement) pair, the latest vote: its timestamp and value packed in one {@code
 * long}, in an open-addressing hash map on two {@code long} arrays (no boxing, load at most 3/4).
 * 16 to 32 bytes per distinct pair: 10 million votes fit in about 270 MB; re-votes cost nothing.
 */
final class LatestVotes {

  private long[] keys; // pair + 1; 0 = empty
  private long[] values; // time << 2 | (vote + 1); CONSUMED once written
  private int size;

  static final long CONSUMED = -1;

  LatestVotes() {
    keys = new long[1 << 10];
    values = new long[keys.length];
  }

  static long pair(int voter, int statement) {
    return ((long) voter << 32) | (statement & 0xFFFFFFFFL);
  }

  static int voter(long pair) {
    return (int) (pair >>> 32);
  }

  static int statement(long pair) {
    return (int) pair;
  }

  static long pack(long time, int vote) {
    return (time << 2) | (vote + 1);
  }

  static int vote(long packed) {
    return (int) (packed & 3) - 1;
  }

  int size() {
    return size;
  }

  /** Records a vote: a later timestamp wins; on equal timestamps the later offer wins. */
  void offer(long pair, long time, int vote) {
    if ((size + 1) * 4L > keys.length * 3L) {
      grow();
    }
    int slot = find(pair + 1, keys);
    long packed = pack(time, vote);
    if (keys[slot] == 0) {
      keys[slot] = pair + 1;
      values[slot] = packed;
      size++;
    } else if ((packed >> 2) >= (values[slot] >> 2)) {
      values[slot] = packed;
    }
  }

  /** The packed latest vote of {@code pair}, {@link #CONSUMED}, or -2 when unknown. */
  long get(long pair) {
    int slot = find(pair + 1, keys);
    return keys[slot] == 0 ? -2 : values[slot];
  }

  /** Marks the latest vote of {@code pair} as written, so an identical duplicate row is not. */
  void consume(long pair) {
    int slot = find(pair + 1, keys);
    if (keys[slot] != 0) {
      values[slot] = CONSUMED;
    }
  }

  /** Calls {@code visitor} with every pair and its packed latest vote. */
  void forEach(PairVisitor visitor) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        visitor.visit(keys[i] - 1, values[i]);
      }
    }
  }

  /** Receives a pair and its packed vote. */
  interface PairVisitor {
    void visit(long pair, long packed);
  }

  private static int find(long key, long[] table) {
    int mask = table.length - 1;
    int slot = (int) (mix(key) & mask);
    while (table[slot] != 0 && table[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    return k;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new long[keys.length];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = find(oldKeys[i], keys);
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }
}
