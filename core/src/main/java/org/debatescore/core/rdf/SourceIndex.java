package org.debatescore.core.rdf;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.debatescore.core.SourceLocation;

/**
 * Where each resource was first read as a subject: {@link Resource} to the first {@link
 * SourceLocation}. Parsers fill a {@link Builder} while reading; validation uses the snapshot to
 * point a report at the line of a focus node, since RDF engines report positions for syntax errors
 * only.
 *
 * <p>Instances are immutable and safe to share. Iteration follows the order in which the resources
 * were first seen.
 */
public final class SourceIndex {

  private static final SourceIndex EMPTY = new SourceIndex(Map.of());

  private final Map<Resource, SourceLocation> locations;

  private SourceIndex(Map<Resource, SourceLocation> locations) {
    this.locations = locations;
  }

  /** An index that knows no location. */
  public static SourceIndex empty() {
    return EMPTY;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Where {@code resource} was first a subject, if known. */
  public Optional<SourceLocation> locate(Resource resource) {
    return Optional.ofNullable(locations.get(resource));
  }

  /** Where {@code resource} was first a subject, or {@code null}. */
  public SourceLocation get(Resource resource) {
    return locations.get(resource);
  }

  /**
   * Where {@code resource} was first a subject, or {@code fallback} (e.g. {@link
   * SourceLocation#unknown(String)} for the file) when not known.
   */
  public SourceLocation getOrDefault(Resource resource, SourceLocation fallback) {
    return locations.getOrDefault(resource, fallback);
  }

  public boolean contains(Resource resource) {
    return locations.containsKey(resource);
  }

  public int size() {
    return locations.size();
  }

  public boolean isEmpty() {
    return locations.isEmpty();
  }

  /** The resources with a known location, in the order first seen. */
  public Set<Resource> resources() {
    return locations.keySet();
  }

  /** An unmodifiable view, in the order first seen. */
  public Map<Resource, SourceLocation> asMap() {
    return locations;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceIndex other && locations.equals(other.locations);
  }

  @Override
  public int hashCode() {
    return locations.hashCode();
  }

  @Override
  public String toString() {
    return "SourceIndex" + locations;
  }

  /**
   * Collects locations while a document is read; the first location given for a resource wins. Not
   * thread-safe. {@link #build()} takes a snapshot and the builder stays usable.
   */
  public static final class Builder {
    private final Map<Resource, SourceLocation> locations = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Records where {@code resource} is a subject, unless a location is already known.
     *
     * @return {@code true} if this was the first location for the resource
     */
    public boolean add(Resource resource, SourceLocation location) {
      Objects.requireNonNull(resource, "resource");
      Objects.requireNonNull(location, "location");
      return locations.putIfAbsent(resource, location) == null;
    }

    /** {@link #add(Resource, SourceLocation)} with the parts of the location. */
    public boolean add(Resource resource, String source, long line, long column) {
      if (locations.containsKey(resource)) {
        return false;
      }
      return add(resource, SourceLocation.of(source, line, column));
    }

    /** Adds every entry of {@code other} that this builder does not know yet. */
    public Builder addAll(SourceIndex other) {
      other.locations.forEach(locations::putIfAbsent);
      return this;
    }

    public boolean contains(Resource resource) {
      return locations.containsKey(resource);
    }

    public int size() {
      return locations.size();
    }

    /** An immutable snapshot of the locations recorded so far. */
    public SourceIndex build() {
      if (locations.isEmpty()) {
        return EMPTY;
      }
      return new SourceIndex(Collections.unmodifiableMap(new LinkedHashMap<>(locations)));
    }
  }
}
