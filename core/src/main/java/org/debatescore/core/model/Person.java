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
 * A person taking part, possibly anonymous or pseudonymous.
 *
 * <p>Required: id. Build with {@link #builder()}; absent single values are {@code null}, absent
 * texts and sets are empty.
 *
 * @param id its IRI or blank node
 * @param name display name (a pseudonym is allowed).
 * @param roles roles in the debate.
 * @param homepage home page.
 * @param memberOf organisations the person belongs to.
 * @param anonymous whether the person is anonymous.
 * @param pseudonymous whether the name is a pseudonym or a pseudonymised identifier.
 * @param provenance where the record comes from
 * @param extensions statements about it that no field holds, written back unchanged
 */
public record Person(
    Resource id,
    String name,
    Set<Iri> roles,
    Iri homepage,
    Set<Resource> memberOf,
    Boolean anonymous,
    Boolean pseudonymous,
    Provenance provenance,
    Extensions extensions)
    implements Participant {

  /** The RDF class, {@code dbs:Person}. */
  public static final Iri RDF_TYPE = Iri.of(DBS.Person);

  /** Normalises absent values (empty texts and sets, never null) and freezes the sets. */
  public Person {
    Objects.requireNonNull(id, "id");
    roles = ModelSupport.immutableSet(roles, "roles");
    memberOf = ModelSupport.immutableSet(memberOf, "memberOf");
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

  /** Collects the fields of a {@link Person}; {@link #build()} checks the required ones. */
  public static final class Builder implements Participant.Builder<Person, Builder> {
    private Resource id;
    private String name;
    private final Set<Iri> roles = new LinkedHashSet<>();
    private Iri homepage;
    private final Set<Resource> memberOf = new LinkedHashSet<>();
    private Boolean anonymous;
    private Boolean pseudonymous;
    private Provenance provenance = Provenance.EMPTY;
    private Extensions extensions = Extensions.EMPTY;

    private Builder() {}

    private Builder(Person from) {
      id = from.id;
      name = from.name;
      roles.addAll(from.roles);
      homepage = from.homepage;
      memberOf.addAll(from.memberOf);
      anonymous = from.anonymous;
      pseudonymous = from.pseudonymous;
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

    /** Replaces the memberOf: organisations the person belongs to. */
    public Builder memberOf(Collection<? extends Resource> memberOf) {
      this.memberOf.clear();
      for (Resource value : memberOf) {
        addMemberOf(value);
      }
      return this;
    }

    /** Adds to the memberOf: organisations the person belongs to. */
    public Builder addMemberOf(Resource value) {
      this.memberOf.add(Objects.requireNonNull(value, "memberOf"));
      return this;
    }

    /** Sets the anonymous: whether the person is anonymous; {@code null} clears it. */
    public Builder anonymous(Boolean anonymous) {
      this.anonymous = anonymous;
      return this;
    }

    /**
     * Sets the pseudonymous: whether the name is a pseudonym or a pseudonymised identifier; {@code
     * null} clears it.
     */
    public Builder pseudonymous(Boolean pseudonymous) {
      this.pseudonymous = pseudonymous;
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
    public Person build() {
      if (id == null) {
        throw new IncompleteModelException("Person", null, "id");
      }
      return buildUnchecked();
    }

    @Override
    public Person build(IdMinter minter) {
      if (id == null) {
        id = minter.mint("Person", ModelSupport.label(name));
      }
      return build();
    }

    @Override
    public Person buildUnchecked() {
      if (id == null) {
        throw new IncompleteModelException("Person", null, "id");
      }
      return new Person(
          id, name, roles, homepage, memberOf, anonymous, pseudonymous, provenance, extensions);
    }
  }
}
