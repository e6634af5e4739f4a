package org.debatescore.core.model;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.debatescore.core.IncompleteModelException;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Resource;
import org.debatescore.vocab.DBS;

/**
 * A public body (ministry, council, agency): an organisation that often decides or responds.
 *
 * <p>Required: id. Build with {@link #builder()}; absent single values are {@code null}, absent
 * texts and sets are empty.
 *
 * @param id its IRI or blank node
 * @param name display name (a pseudonym is allowed).
 * @param roles roles in the debate.
 * @param homepage home page.
 * @param provenance where the record comes from
 * @param extensions statements about it that no field holds, written back unchanged
 */
public record PublicBody(
    Resource id,
    String name,
    Set<Iri> roles,
    Iri homepage,
    Provenance provenance,
    Extensions extensions)
    implements Participant {

  /** The RDF class, {@code dbs:PublicBody}. */
  public static final Iri RDF_TYPE = Iri.of(DBS.PublicBody);

  /** Normalises absent values (empty texts and sets, never null) and freezes the sets. */
  public PublicBody {
    Objects.requireNonNull(id, "id");
    roles = ModelSupport.immutableSet(roles, "roles");
    provenance = provenance == null ? Provenance.EMPTY : provenance;
    extensions = extensions == null ? Extensions.EMPTY : extensions;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Iri rdfType() {
    return RDF_TYPE;
  }

  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Collects the fields of a {@link PublicBody}; {@link #build()} checks the required ones. */
  public static final class Builder implements Participant.Builder<PublicBody, Builder> {
    private Resource id;
    private String name;
    private final Set<Iri> roles = new LinkedHashSet<>();
    private Iri homepage;
    private Provenance provenance = Provenance.EMPTY;
    private Extensions extensions = Extensions.EMPTY;

    private Builder() {}

    private Builder(PublicBody from) {
      id = from.id;
      name = from.name;
      roles.addAll(from.roles);
      homepage = from.homepage;
      provenance = from.provenance;
      extensions = from.extensions;
    }

    @Override
    public Builder id(Resource id) {
      this.id = id;
      return this;
    }

    /** Sets the name: display name (a pseudonym is allowed); {@code null} clears it. */
    @Override
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Replaces the roles: roles in the debate. */
    @Override
    public Builder roles(Collection<? extends Iri> roles) {
      this.roles.clear();
      for (Iri value : roles) {
        addRole(value);
      }
      return this;
    }

    /** Adds to the roles: roles in the debate. */
    @Override
    public Builder addRole(Iri value) {
      this.roles.add(Objects.requireNonNull(value, "roles"));
      return this;
    }

    /** Sets the homepage: home page; {@code null} clears it. */
    @Override
    public Builder homepage(Iri homepage) {
      this.homepage = homepage;
      return this;
    }

    @Override
    public Builder provenance(Provenance provenance) {
      this.provenance = provenance == null ? Provenance.EMPTY : provenance;
      return this;
    }

    @Override
    public Builder extensions(Extensions extensions) {
      this.extensions = extensions == null ? Extensions.EMPTY : extensions;
      return this;
    }

    @Override
    public PublicBody build() {
      if (id == null) {
        throw new IncompleteModelException("PublicBody", null, "id");
      }
      return buildUnchecked();
    }

    @Override
    public PublicBody build(IdMinter minter) {
      if (id == null) {
        id = minter.mint("PublicBody", ModelSupport.label(name));
      }
      return build();
    }

    @Override
    public PublicBody buildUnchecked() {
      if (id == null) {
        throw new IncompleteModelException("PublicBody", null, "id");
      }
      return new PublicBody(id, name, roles, homepage, provenance, extensions);
    }
  }
}
