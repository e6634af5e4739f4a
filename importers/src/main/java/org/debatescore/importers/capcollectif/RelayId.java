package org.debatescore.importers.capcollectif;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Cap Collectif identifier: a Relay global id, the base64 of {@code "<GraphQLType>:<internal
 * id>"} ({@code UXVlc3Rpb246MTYw} is {@code Question:160}). Exports write it with or without base64
 * padding, and the Grand Débat CSV headers prefix it with a literal {@code Q}. Decoding keeps the
 * type and internal id, the stable key across snapshots; the raw form is kept as provenance.
 *
 * @param raw the identifier as written in the export
 * @param type the GraphQL type, e.g. {@code Question}, {@code Proposal}, {@code User}
 * @param internalId the internal id after the colon, e.g. {@code 160}
 */
public record RelayId(String raw, String type, String internalId) {

  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]{4,}={0,2}");
  private static final Pattern DECODED =
      Pattern.compile("([A-Z][A-Za-z]{1,63}):([0-9A-Za-z_-]{1,64})");

  /**
   * Decodes {@code raw} when it is a Relay global id; empty for anything else (plain integers,
   * UUIDs, junk), which callers keep as an opaque identifier.
   */
  public static Optional<RelayId> decode(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip();
    if (!BASE64.matcher(s).matches()) {
      return Optional.empty();
    }
    // Java's decoder accepts a missing padding; a length of 4k+1 is never valid base64.
    String padded = s.replace("=", "");
    if (padded.length() % 4 == 1) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(padded);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    var m = DECODED.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new RelayId(s, m.group(1), m.group(2)));
  }

  /** {@code Type:id}, the decoded form. */
  public String decoded() {
    return type + ":" + internalId;
  }
}
