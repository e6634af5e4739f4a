package org.debatescore.rdf4j;

/**
 * How an input is read; the same options, with the same safe defaults, as the Jena binding's.
 *
 * @param allowNetwork whether the parser may fetch documents. {@code false} (the default): a
 *     JSON-LD {@code @context} other than the Debatescore context (served from the jar) is refused
 *     with a {@link org.debatescore.core.ParseException}. RDF/XML never fetches a DTD or an
 *     external entity, whatever this says; a document that declares an external entity is refused.
 * @param maxBytes the most bytes read from the input (after gzip decompression, so that a
 *     compressed bomb is stopped too); over it, a {@link
 *     org.debatescore.core.LimitExceededException}. {@link Long#MAX_VALUE} means no limit.
 * @param trackLocations whether to record, in a {@link org.debatescore.core.rdf.SourceIndex}, the
 *     line (and column where the parser knows it) where each subject is first read. Costs one entry
 *     per distinct subject.
 * @param baseIri the base IRI against which relative IRIs are resolved; {@code null} for the file's
 *     own IRI ({@code file:///...}) or, for a stream, no base (a relative IRI is then an error).
 */
public record ReadOptions(
    boolean allowNetwork, long maxBytes, boolean trackLocations, String baseIri) {

  private static final ReadOptions DEFAULTS = new ReadOptions(false, Long.MAX_VALUE, false, null);

  public ReadOptions {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
  }

  /** No network, no size limit, no location tracking, base IRI from the file. */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the {@link #defaults()}. */
  public static Builder builder() {
    return new Builder(DEFAULTS);
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  public ReadOptions withTrackLocations(boolean track) {
    return toBuilder().trackLocations(track).build();
  }

  public ReadOptions withMaxBytes(long max) {
    return toBuilder().maxBytes(max).build();
  }

  public ReadOptions withAllowNetwork(boolean allow) {
    return toBuilder().allowNetwork(allow).build();
  }

  public ReadOptions withBaseIri(String base) {
    return toBuilder().baseIri(base).build();
  }

  /** Builder for {@link ReadOptions}. */
  public static final class Builder {
    private boolean allowNetwork;
    private long maxBytes;
    private boolean trackLocations;
    private String baseIri;

    private Builder(ReadOptions from) {
      this.allowNetwork = from.allowNetwork;
      this.maxBytes = from.maxBytes;
      this.trackLocations = from.trackLocations;
      this.baseIri = from.baseIri;
    }

    public Builder allowNetwork(boolean allowNetwork) {
      this.allowNetwork = allowNetwork;
      return this;
    }

    public Builder maxBytes(long maxBytes) {
      this.maxBytes = maxBytes;
      return this;
    }

    public Builder trackLocations(boolean trackLocations) {
      this.trackLocations = trackLocations;
      return this;
    }

    public Builder baseIri(String baseIri) {
      this.baseIri = baseIri;
      return this;
    }

    public ReadOptions build() {
      return new ReadOptions(allowNetwork, maxBytes, trackLocations, baseIri);
    }
  }
}
