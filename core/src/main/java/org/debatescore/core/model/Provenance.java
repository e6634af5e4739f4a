package org.debatescore.core.model;

import org.debatescore.core.rdf.Iri;

/**
 * Where a record comes from, so that imported data can be traced back to its platform and licence.
 * Any entity may carry it; every field is optional ({@code null}).
 *
 * @param identifier original identifier on the source platform ({@code dct:identifier})
 * @param source original record URL, or for {@link Evidence} the cited resource ({@code
 *     dct:source})
 * @param sourcePlatform name of the platform the record comes from ({@code dbs:sourcePlatform})
 * @param wasDerivedFrom record it was derived from ({@code prov:wasDerivedFrom})
 * @param generatedAtTime when it was imported ({@code prov:generatedAtTime}, a date-time)
 * @param license licence of the content ({@code dct:license})
 */
public record Provenance(
    String identifier,
    Iri source,
    String sourcePlatform,
    Iri wasDerivedFrom,
    TemporalValue generatedAtTime,
    Iri license) {

  /** No provenance. */
  public static final Provenance EMPTY = new Provenance(null, null, null, null, null, null);

  /** Checks that the import time is a date-time. */
  public Provenance {
    ModelSupport.requireDateTime(generatedAtTime, "generatedAtTime");
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values. */
  public Builder toBuilder() {
    return new Builder()
        .identifier(identifier)
        .source(source)
        .sourcePlatform(sourcePlatform)
        .wasDerivedFrom(wasDerivedFrom)
        .generatedAtTime(generatedAtTime)
        .license(license);
  }

  /** Whether no field is set. */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /** Collects provenance fields. */
  public static final class Builder {
    private String identifier;
    private Iri source;
    private String sourcePlatform;
    private Iri wasDerivedFrom;
    private TemporalValue generatedAtTime;
    private Iri license;

    private Builder() {}

    public Builder identifier(String identifier) {
      this.identifier = identifier;
      return this;
    }

    public Builder source(Iri source) {
      this.source = source;
      return this;
    }

    public Builder sourcePlatform(String sourcePlatform) {
      this.sourcePlatform = sourcePlatform;
      return this;
    }

    public Builder wasDerivedFrom(Iri wasDerivedFrom) {
      this.wasDerivedFrom = wasDerivedFrom;
      return this;
    }

    public Builder generatedAtTime(TemporalValue generatedAtTime) {
      this.generatedAtTime = generatedAtTime;
      return this;
    }

    public Builder license(Iri license) {
      this.license = license;
      return this;
    }

    /** The provenance; {@link Provenance#EMPTY} when nothing was set. */
    public Provenance build() {
      Provenance p =
          new Provenance(
              identifier, source, sourcePlatform, wasDerivedFrom, generatedAtTime, license);
      return p.equals(EMPTY) ? EMPTY : p;
    }
  }
}
