package org.debatescore.importers.an;

import org.debatescore.vocab.Codes;

/**
 * The four positions of an AN ballot. In {@code decompteNominatif} the position is the name of the
 * block a voter is listed in ({@code pours}...), in {@code decompte}/{@code decompteVoix} the name
 * of a count ({@code pour}...). {@code nonVotantsVolontaires} is not a fifth position: it repeats
 * the abstentions in group blocks and is {@code "0"} overall, so it is never read as one.
 */
enum Position {
  POUR("pours", "pour", "pour", Codes.VoteOption.FOR),
  CONTRE("contres", "contre", "contre", Codes.VoteOption.AGAINST),
  ABSTENTION("abstentions", "abstentions", "abstention", Codes.VoteOption.ABSTAIN),
  /** Present but not voting (often with a cause): not a vote option of the code list. */
  NON_VOTANT("nonVotants", "nonVotants", "non-votant", null);

  /** The block of {@code decompteNominatif} and {@code miseAuPoint} listing these voters. */
  final String block;

  /** The field of {@code decompte} and {@code decompteVoix} counting them. */
  final String count;

  /** The segment used in IRIs, and the value of {@code positionMajoritaire}. */
  final String slug;

  /** The code-list option, or {@code null} for the platform's own non-voting concept. */
  final String code;

  Position(String block, String count, String slug, String code) {
    this.block = block;
    this.count = count;
    this.slug = slug;
    this.code = code;
  }

  /** The position of a {@code positionMajoritaire} value, or {@code null}. */
  static Position ofMajority(String value) {
    if (value == null) {
      return null;
    }
    for (Position p : values()) {
      if (p.slug.equals(value.strip())) {
        return p;
      }
    }
    return null;
  }
}
