package org.debatescore.rdf4j.repository;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import org.debatescore.core.DebatescoreException;
import org.debatescore.core.mapping.ModelReader;
import org.debatescore.core.mapping.ModelWriter;
import org.debatescore.core.model.Argument;
import org.debatescore.core.model.Contribution;
import org.debatescore.core.model.Debate;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Entity;
import org.debatescore.core.model.FollowUpItem;
import org.debatescore.core.model.Milestone;
import org.debatescore.core.model.Proposal;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.core.rdf.Resource;
import org.debatescore.core.rdf.SourceIndex;
import org.debatescore.core.rdf.Triple;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationOptions;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.rdf4j.DebatescorePrefixes;
import org.debatescore.rdf4j.Rdf4jRdfReader;
import org.debatescore.rdf4j.Rdf4jTerms;
import org.debatescore.rdf4j.ReadOptions;
import org.debatescore.rdf4j.validation.DebatescoreShapes;
import org.debatescore.rdf4j.validation.Rdf4jShaclValidator;
import org.debatescore.vocab.DBS;
import org.eclipse.rdf4j.common.exception.ValidationException;
import org.eclipse.rdf4j.common.transaction.IsolationLevels;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDF4J;
import org.eclipse.rdf4j.repository.Repository;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.RepositoryException;
import org.eclipse.rdf4j.repository.RepositoryResult;
import org.eclipse.rdf4j.repository.http.HTTPRepository;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.repository.sail.SailRepositoryConnection;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.eclipse.rdf4j.sail.NotifyingSail;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.eclipse.rdf4j.sail.nativerdf.NativeStore;
import org.eclipse.rdf4j.sail.shacl.ShaclSail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A transactional store of Debatescore data for applications, over any RDF4J {@link Repository},
 * that refuses every change breaking the Debatescore rules.
 *
 * <ul>
 *   <li><b>Validation on commit.</b> The store is backed by a {@link ShaclSail} holding the
 *       Debatescore shapes; a commit that would leave a violation (severity {@code sh:Violation}, a
 *       MUST of the specification) is rolled back and a {@link ShapeViolationException} carries the
 *       {@link ValidationReport}. Validation is incremental: only what the change touches is
 *       checked. {@link #load(Path)} and the other {@code load} methods are for large loads (an
 *       imported archive): one bulk validation of the whole store as the load leaves it.
 *   <li><b>Warnings never block.</b> ShaclSail refuses a transaction for a result of any severity,
 *       so the sail enforces only the shapes of severity {@code sh:Violation} ({@link
 *       DebatescoreShapes#violationsOnly()}); the warning and info shapes are kept out of it and
 *       evaluated on demand by {@link #check()}, which validates the whole content against every
 *       shape.
 *   <li><b>Entities in, entities out.</b> Changes take core model objects ({@link Entity}, {@link
 *       DebateData}), written with the core mapping; reads give them back, with methods for the
 *       common questions (a debate and its proposals, the arguments on a proposal, what a decision
 *       took into account, its follow-up) so callers write no SPARQL. The RDF4J {@link
 *       #repository()} remains available for SPARQL.
 *   <li><b>Stores.</b> {@link #inMemory()}, {@link #nativeStore(Path)} (on disk), {@link
 *       #remote(String, String)} (an RDF4J server repository, which must itself be configured with
 *       a SHACL sail: the shapes are uploaded into its shapes graph, and the server refuses bad
 *       commits), {@link #withSail(NotifyingSail)} and {@link #of(Repository, boolean)}.
 * </ul>
 *
 * <p>Every method runs in its own connection and transaction; {@link #transaction(Consumer)} groups
 * several changes into one commit. Thread-safe. Close the repository when done.
 */
public final class DebateRepository implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DebateRepository.class);

  private static final IRI DEBATE = iri(DBS.debate);
  private static final IRI SUPPORTS = iri(DBS.supports);
  private static final IRI ATTACKS = iri(DBS.attacks);
  private static final IRI TOOK_INTO_ACCOUNT = iri(DBS.tookIntoAccount);
  private static final IRI IMPLEMENTS = iri(DBS.implements_);
  private static final IRI MILESTONE = iri(DBS.milestone);
  private static final IRI PROPOSAL = iri(DBS.Proposal);
  private static final IRI FOLLOW_UP_ITEM = iri(DBS.FollowUpItem);

  /** One lock per repository, shared by the DebateRepository objects over it. */
  private static final Map<Repository, Object> BULK_LOCKS = new WeakHashMap<>();

  private final Repository repository;
  private final boolean owned;
  private final ValidationOptions options;

  private DebateRepository(Repository repository, boolean owned, ValidationOptions options) {
    this.repository = repository;
    this.owned = owned;
    this.options = options;
  }

  // ---- factories

  /** A store in memory, lost when closed. */
  public static DebateRepository inMemory() {
    return withSail(new MemoryStore());
  }

  /** A store on disk in {@code dataDir} (created if needed), kept across restarts. */
  public static DebateRepository nativeStore(Path dataDir) {
    Objects.requireNonNull(dataDir, "dataDir");
    return withSail(new NativeStore(dataDir.toFile()));
  }

  /**
   * A repository of an RDF4J server, e.g. {@code remote("http://localhost:8080/rdf4j-server",
   * "debates")}. The server repository must validate with SHACL (a SHACL sail in its
   * configuration); the Debatescore shapes are uploaded into its shapes graph if missing or
   * outdated, and a commit the server refuses gives a {@link ShapeViolationException}.
   */
  public static DebateRepository remote(String serverUrl, String repositoryId) {
    Objects.requireNonNull(serverUrl, "serverUrl");
    Objects.requireNonNull(repositoryId, "repositoryId");
    return open(
        new HTTPRepository(serverUrl, repositoryId), true, true, ValidationOptions.defaults());
  }

  /**
   * A store over {@code base} (a memory, native or other notifying sail), wrapped in a ShaclSail
   * with the Debatescore shapes.
   */
  public static DebateRepository withSail(NotifyingSail base) {
    Objects.requireNonNull(base, "base");
    ShaclSail sail = DebatescoreShapes.newShaclSail(base);
    return open(new SailRepository(sail), true, true, ValidationOptions.defaults());
  }

  /**
   * A store over a repository the caller set up and closes. It must validate with SHACL for commits
   * to be checked (e.g. a {@link SailRepository} over a {@link ShaclSail}, or a server repository
   * with a SHACL sail); a warning is logged when that can be seen not to be the case.
   *
   * @param installShapes whether to put the Debatescore shapes into the repository's shapes graph
   *     (replacing what is there) if they are missing or differ
   */
  public static DebateRepository of(Repository repository, boolean installShapes) {
    Objects.requireNonNull(repository, "repository");
    if (repository instanceof SailRepository s && !(s.getSail() instanceof ShaclSail)) {
      LOG.warn(
          "The repository does not validate with SHACL ({}): commits will not be checked",
          s.getSail().getClass().getSimpleName());
    }
    return open(repository, false, installShapes, ValidationOptions.defaults());
  }

  private static DebateRepository open(
      Repository repository, boolean owned, boolean installShapes, ValidationOptions options) {
    if (!repository.isInitialized()) {
      repository.init();
    }
    DebateRepository r = new DebateRepository(repository, owned, options);
    try {
      r.setUp(installShapes);
    } catch (RuntimeException e) {
      if (owned) {
        repository.shutDown();
      }
      throw e;
    }
    return r;
  }

  /**
   * The same store, reporting messages in another language (e.g. {@code fr}) and with other report
   * limits; the shapes enforced do not change.
   */
  public DebateRepository withOptions(ValidationOptions options) {
    return new DebateRepository(repository, false, Objects.requireNonNull(options, "options"));
  }

  private void setUp(boolean installShapes) {
    try (RepositoryConnection c = repository.getConnection()) {
      // Prefixes are not validated: set outside the transaction, the missing ones only, after one
      // read of them all (on a server, each call is a request).
      Set<String> declared = new HashSet<>();
      try (RepositoryResult<org.eclipse.rdf4j.model.Namespace> ns = c.getNamespaces()) {
        ns.forEach(n -> declared.add(n.getPrefix()));
      }
      for (Map.Entry<String, String> p : DebatescorePrefixes.all().entrySet()) {
        if (!declared.contains(p.getKey())) {
          c.setNamespace(p.getKey(), p.getValue());
        }
      }
      begin(c);
      if (installShapes) {
        Model wanted = DebatescoreShapes.violationsOnly();
        Model current = new LinkedHashModel();
        try (RepositoryResult<Statement> rs =
            c.getStatements(null, null, null, false, RDF4J.SHACL_SHAPE_GRAPH)) {
          rs.forEach(st -> current.add(st.getSubject(), st.getPredicate(), st.getObject()));
        }
        if (current.size() != wanted.size() || !Models.isomorphic(current, wanted)) {
          LOG.debug("installing the Debatescore shapes ({} statements)", wanted.size());
          c.clear(RDF4J.SHACL_SHAPE_GRAPH);
          c.add(wanted, RDF4J.SHACL_SHAPE_GRAPH);
        }
      }
      commit(c);
    }
  }

  // ---- changes

  /** Adds a whole document (entities and other statements) in one transaction. */
  public void add(DebateData data) {
    Objects.requireNonNull(data, "data");
    transaction(tx -> tx.add(data));
  }

  /** Adds one entity's statements. */
  public void add(Entity entity) {
    Objects.requireNonNull(entity, "entity");
    transaction(tx -> tx.add(entity));
  }

  /**
   * Replaces what the store says about {@code entity.id()} (every statement with it as subject) by
   * the entity's statements. References to it from other resources are kept.
   */
  public void update(Entity entity) {
    Objects.requireNonNull(entity, "entity");
    transaction(tx -> tx.update(entity));
  }

  /**
   * Removes every statement about {@code id} (with it as subject). References to it from other
   * resources are kept, so removing something still referenced (a proposal an argument supports) is
   * refused with a {@link ShapeViolationException} when a shape requires the reference's target to
   * exist.
   */
  public void remove(Resource id) {
    Objects.requireNonNull(id, "id");
    transaction(tx -> tx.remove(id));
  }

  /**
   * Runs several changes as one transaction: all are stored, or none.
   *
   * @throws ShapeViolationException if the result breaks a Debatescore MUST rule
   */
  public void transaction(Consumer<Changes> work) {
    Objects.requireNonNull(work, "work");
    try (RepositoryConnection c = repository.getConnection()) {
      begin(c);
      Changes changes = new Changes(c);
      boolean prepared = false;
      try {
        work.accept(changes);
        if (validatesLocally() && !changes.touched.isEmpty()) {
          checkTerms(c, changes.touched);
          prepared = true;
        }
      } catch (RuntimeException e) {
        rollback(c);
        throw e;
      }
      commit(c, prepared);
    }
  }

  /**
   * Validates the open transaction before its commit, so that the binding's term-level checks
   * (ill-typed range values, which RDF4J compares by their lexical number) refuse it too; RDF4J's
   * own incremental validation runs in the same pass.
   */
  private void checkTerms(RepositoryConnection c, Set<org.eclipse.rdf4j.model.Resource> touched) {
    refuseViolations(
        () ->
            Rdf4jShaclValidator.validateTransaction(
                ((SailRepositoryConnection) c).getSailConnection(), options, touched));
  }

  /**
   * Runs a validation of the open transaction and refuses it on a violation; a failure of the store
   * itself becomes a {@link DebatescoreException}.
   */
  private static void refuseViolations(java.util.function.Supplier<ValidationReport> validation) {
    ValidationReport report;
    try {
      report = validation.get();
    } catch (RepositoryException | org.eclipse.rdf4j.sail.SailException e) {
      throw new DebatescoreException("The store refused the change: " + e.getMessage(), e);
    }
    if (!report.conformsAt(Severity.VIOLATION)) {
      throw new ShapeViolationException(report);
    }
  }

  /** The changes of one transaction; see {@link DebateRepository#transaction(Consumer)}. */
  public static final class Changes {
    private final RepositoryConnection c;
    // What the added statements are about or point to: where the term-level checks look.
    private final Set<org.eclipse.rdf4j.model.Resource> touched = new HashSet<>();

    private Changes(RepositoryConnection c) {
      this.c = c;
    }

    /** Adds a whole document. */
    public Changes add(DebateData data) {
      ModelWriter.write(data, sink());
      return this;
    }

    /** Adds one entity's statements. */
    public Changes add(Entity entity) {
      ModelWriter.write(entity, sink());
      return this;
    }

    /** Adds one statement. */
    public Changes add(Triple triple) {
      put(Rdf4jTerms.toStatement(triple));
      return this;
    }

    /** Replaces every statement about the entity's id by the entity's statements. */
    public Changes update(Entity entity) {
      remove(entity.id());
      return add(entity);
    }

    /** Removes every statement about {@code id}. */
    public Changes remove(Resource id) {
      c.remove(Rdf4jTerms.toResource(id), null, null);
      return this;
    }

    private RdfSink sink() {
      return triple -> put(Rdf4jTerms.toStatement(triple));
    }

    private void put(Statement st) {
      c.add(st);
      touched.add(st.getSubject());
      if (st.getObject() instanceof org.eclipse.rdf4j.model.Resource r) {
        touched.add(r);
      }
    }
  }

  // ---- bulk loads

  /**
   * Loads a whole document, such as an imported archive, in one transaction validated in bulk:
   * RDF4J checks the whole store as the transaction leaves it in one pass, instead of the
   * incremental plans of {@link #add(DebateData)}, whose cost grows with the square of a large
   * change. Use it for loads of many thousands of statements; use {@link #add(DebateData)} and
   * {@link #transaction(Consumer)} for the small changes of an application. The rules enforced are
   * the same (a violation refuses the load with a {@link ShapeViolationException}, nothing of it
   * stored; warnings never block), and the references the document makes to what the store already
   * holds are checked too.
   *
   * <p>Bulk loads into one repository run one at a time; RDF4J keeps them apart from concurrent
   * incremental commits. On a remote repository the server validates as it is configured to.
   *
   * @return the number of statements loaded
   * @throws ShapeViolationException if the store would break a Debatescore MUST rule
   */
  public long load(DebateData data) {
    Objects.requireNonNull(data, "data");
    return bulk(
        List.of(),
        add -> {
          ModelWriter.write(data, triple -> add.accept(Rdf4jTerms.toStatement(triple)));
          return List.of();
        });
  }

  /**
   * Loads an RDF file (syntax from its extension, {@code .gz} allowed) as {@link #load(DebateData)}
   * does, streaming it into the transaction: the file is never held whole as a model. Graph names
   * are dropped. A refused load's report gives, for each result, where its focus node is described
   * in the file. The file may be at most {@link ValidationOptions#maxInputBytes()} long.
   *
   * @throws org.debatescore.core.ParseException if the file cannot be read or parsed (nothing is
   *     stored)
   */
  public long load(Path file) {
    Objects.requireNonNull(file, "file");
    return bulk(
        List.of(file.toString()),
        add -> List.of(Rdf4jRdfReader.parse(file, handler(add), bulkReadOptions())));
  }

  /**
   * Loads an RDF stream in the given syntax as {@link #load(Path)} does.
   *
   * @param name how messages and locations name the input
   */
  public long load(InputStream in, RdfFormat format, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(format, "format");
    String source = name == null || name.isBlank() ? "<input>" : name;
    return bulk(
        List.of(source),
        add -> List.of(Rdf4jRdfReader.parse(in, source, format, handler(add), bulkReadOptions())));
  }

  /** How a bulk load reads: locations kept for the report, size bounded by the options. */
  private ReadOptions bulkReadOptions() {
    return ReadOptions.builder().trackLocations(true).maxBytes(options.maxInputBytes()).build();
  }

  /** Feeds statements to a bulk transaction; gives where subjects were read, if known. */
  @FunctionalInterface
  private interface BulkSource {
    List<SourceIndex> feed(Consumer<Statement> add);
  }

  private long bulk(List<String> inputNames, BulkSource source) {
    synchronized (bulkLock(repository)) { // two bulk loads validated side by side could both pass
      try (RepositoryConnection c = repository.getConnection()) {
        boolean local = validatesLocally();
        if (!local) {
          begin(c);
        } else {
          c.begin(IsolationLevels.SNAPSHOT, ShaclSail.TransactionSettings.ValidationApproach.Bulk);
        }
        long[] count = {0};
        try {
          List<SourceIndex> where =
              source.feed(
                  st -> {
                    c.add(st.getSubject(), st.getPredicate(), st.getObject());
                    count[0]++;
                  });
          if (local) {
            refuseViolations(
                () ->
                    Rdf4jShaclValidator.validateBulkTransaction(
                        ((SailRepositoryConnection) c).getSailConnection(),
                        options,
                        inputNames,
                        where));
          }
        } catch (RuntimeException e) {
          rollback(c);
          throw e;
        }
        commit(c, local);
        LOG.debug("bulk-loaded {} statements", count[0]);
        return count[0];
      }
    }
  }

  /** Whether the store is a local ShaclSail (not a remote one, nor a sail without SHACL). */
  private boolean validatesLocally() {
    return repository instanceof SailRepository s && s.getSail() instanceof ShaclSail;
  }

  private static Object bulkLock(Repository repository) {
    synchronized (BULK_LOCKS) {
      return BULK_LOCKS.computeIfAbsent(repository, r -> new Object());
    }
  }

  private static RDFHandler handler(Consumer<Statement> add) {
    return new AbstractRDFHandler() {
      @Override
      public void handleStatement(Statement st) {
        add.accept(st);
      }
    };
  }

  // ---- reads

  /** The entity with this id, if the store describes it with a Debatescore type. */
  public Optional<Entity> get(Resource id) {
    Objects.requireNonNull(id, "id");
    try (RepositoryConnection c = repository.getConnection()) {
      return load(c, List.of(id)).get(id);
    }
  }

  /** The entity with this id, if it is of {@code type}. */
  public <T extends Entity> Optional<T> get(Resource id, Class<T> type) {
    return get(id).filter(type::isInstance).map(type::cast);
  }

  /** The debate and the proposals made in it, if the debate exists. */
  public Optional<DebateWithProposals> debateWithProposals(Resource debateId) {
    Objects.requireNonNull(debateId, "debateId");
    try (RepositoryConnection c = repository.getConnection()) {
      List<Resource> ids = new ArrayList<>();
      ids.add(debateId);
      List<Resource> proposals = subjects(c, DEBATE, debateId);
      proposals.removeIf(p -> !hasType(c, p, PROPOSAL));
      ids.addAll(proposals);
      DebateData data = load(c, ids);
      return data.get(debateId, Debate.class)
          .map(d -> new DebateWithProposals(d, sorted(data, proposals, Proposal.class)));
    }
  }

  /** The arguments that support or attack a proposal (or any contribution), sorted by id. */
  public List<Argument> argumentsOn(Resource proposalId) {
    Objects.requireNonNull(proposalId, "proposalId");
    try (RepositoryConnection c = repository.getConnection()) {
      Set<Resource> ids = new LinkedHashSet<>(subjects(c, SUPPORTS, proposalId));
      ids.addAll(subjects(c, ATTACKS, proposalId));
      return sorted(load(c, ids), ids, Argument.class);
    }
  }

  /** The contributions a decision took into account ({@code dbs:tookIntoAccount}), sorted by id. */
  public List<Contribution> contributionsTakenIntoAccount(Resource decisionId) {
    Objects.requireNonNull(decisionId, "decisionId");
    try (RepositoryConnection c = repository.getConnection()) {
      List<Resource> ids = objects(c, decisionId, TOOK_INTO_ACCOUNT);
      return sorted(load(c, ids), ids, Contribution.class);
    }
  }

  /**
   * The follow-up of a decision: the items that implement it ({@code dbs:implements}), each with
   * its milestones, sorted by id.
   */
  public List<FollowUp> followUp(Resource decisionId) {
    Objects.requireNonNull(decisionId, "decisionId");
    try (RepositoryConnection c = repository.getConnection()) {
      List<Resource> items = subjects(c, IMPLEMENTS, decisionId);
      items.removeIf(i -> !hasType(c, i, FOLLOW_UP_ITEM));
      Set<Resource> ids = new LinkedHashSet<>(items);
      for (Resource i : items) {
        ids.addAll(objects(c, i, MILESTONE));
      }
      DebateData data = load(c, ids);
      List<FollowUp> out = new ArrayList<>();
      for (FollowUpItem item : sorted(data, items, FollowUpItem.class)) {
        out.add(new FollowUp(item, sorted(data, item.milestones(), Milestone.class)));
      }
      return out;
    }
  }

  /** Everything the store holds (but its shapes), as one document. */
  public DebateData export() {
    try (RepositoryConnection c = repository.getConnection()) {
      ModelReader reader = ModelReader.collecting();
      reader.start();
      c.getNamespaces().forEach(ns -> reader.prefix(ns.getPrefix(), ns.getName()));
      Model all = new LinkedHashModel();
      try (RepositoryResult<Statement> rs = c.getStatements(null, null, null, false)) {
        for (Statement st : rs) {
          if (!RDF4J.SHACL_SHAPE_GRAPH.equals(st.getContext())) {
            all.add(st.getSubject(), st.getPredicate(), st.getObject());
          }
        }
      }
      for (org.eclipse.rdf4j.model.Resource s : new LinkedHashSet<>(all.subjects())) {
        for (Statement st : all.getStatements(s, null, null)) {
          reader.triple(Rdf4jTerms.fromStatement(st));
        }
      }
      reader.finish();
      return reader.result();
    }
  }

  /** The number of statements stored, shapes excluded. */
  public long size() {
    try (RepositoryConnection c = repository.getConnection()) {
      long total = c.size();
      long shapes = c.size(RDF4J.SHACL_SHAPE_GRAPH);
      return total - shapes;
    }
  }

  /**
   * Validates the whole content against every Debatescore shape, warnings and infos included (they
   * never block a commit, so this is where they are seen).
   */
  public ValidationReport check() {
    return check(options);
  }

  /** {@link #check()} with other options (language, limits, profile, extra shapes). */
  public ValidationReport check(ValidationOptions options) {
    List<Statement> all = new ArrayList<>();
    try (RepositoryConnection c = repository.getConnection();
        RepositoryResult<Statement> rs = c.getStatements(null, null, null, false)) {
      for (Statement st : rs) {
        if (!RDF4J.SHACL_SHAPE_GRAPH.equals(st.getContext())) {
          all.add(st);
        }
      }
    }
    return new Rdf4jShaclValidator(options).validate(all, List.of(), List.of(), options);
  }

  /** The RDF4J repository underneath, for SPARQL queries and other direct use. */
  public Repository repository() {
    return repository;
  }

  /** Shuts the repository down if this object created it. */
  @Override
  public void close() {
    if (owned) {
      repository.shutDown();
    }
  }

  // ---- internals

  /**
   * Begins a transaction. Local stores use snapshot isolation, which makes the ShaclSail validate
   * serializably (two concurrent commits cannot together break a rule) and incrementally even on an
   * empty store: RDF4J 5.2's whole-store validation of an empty store uses SPARQL queries that
   * count {@code "1"^^xsd:integer} and {@code "1.0"^^xsd:decimal} as one value for sh:maxCount.
   */
  private void begin(RepositoryConnection c) {
    if (repository instanceof SailRepository) {
      c.begin(IsolationLevels.SNAPSHOT);
    } else {
      c.begin();
    }
  }

  private void commit(RepositoryConnection c) {
    try {
      c.commit();
    } catch (RepositoryException | org.eclipse.rdf4j.sail.SailException e) {
      rollback(c);
      ValidationException v = findValidation(e);
      if (v != null) {
        throw new ShapeViolationException(
            Rdf4jShaclValidator.fromShaclReport(v.validationReportAsModel(), options, List.of()));
      }
      throw new DebatescoreException("The store refused the change: " + e.getMessage(), e);
    }
  }

  /**
   * Commits; a transaction already prepared (validated) is committed on its ShaclSail connection: a
   * repository connection's commit would prepare it a second time, and a second prepare waits
   * forever for the validation lock the first one holds.
   */
  private void commit(RepositoryConnection c, boolean prepared) {
    if (!prepared) {
      commit(c);
      return;
    }
    try {
      ((SailRepositoryConnection) c).getSailConnection().commit();
    } catch (RepositoryException | org.eclipse.rdf4j.sail.SailException e) {
      rollback(c);
      throw new DebatescoreException("The store refused the change: " + e.getMessage(), e);
    }
  }

  private static void rollback(RepositoryConnection c) {
    try {
      if (c.isActive()) {
        c.rollback();
      }
    } catch (RuntimeException e) {
      LOG.debug("rollback failed", e);
    }
  }

  private static ValidationException findValidation(Throwable e) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = e; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
      if (t instanceof ValidationException v) {
        return v;
      }
    }
    return null;
  }

  private static DebateData load(RepositoryConnection c, Collection<Resource> ids) {
    ModelReader reader = ModelReader.collecting();
    reader.start();
    for (Resource id : new LinkedHashSet<>(ids)) {
      try (RepositoryResult<Statement> rs =
          c.getStatements(Rdf4jTerms.toResource(id), null, null, false)) {
        for (Statement st : rs) {
          if (!RDF4J.SHACL_SHAPE_GRAPH.equals(st.getContext())) {
            reader.triple(Rdf4jTerms.fromStatement(st));
          }
        }
      }
    }
    reader.finish();
    return reader.result();
  }

  private static List<Resource> subjects(RepositoryConnection c, IRI predicate, Resource object) {
    List<Resource> out = new ArrayList<>();
    try (RepositoryResult<Statement> rs =
        c.getStatements(null, predicate, Rdf4jTerms.toValue(object), false)) {
      for (Statement st : rs) {
        Resource s = Rdf4jTerms.toResource(st.getSubject());
        if (!out.contains(s)) {
          out.add(s);
        }
      }
    }
    return out;
  }

  private static List<Resource> objects(RepositoryConnection c, Resource subject, IRI predicate) {
    List<Resource> out = new ArrayList<>();
    try (RepositoryResult<Statement> rs =
        c.getStatements(Rdf4jTerms.toResource(subject), predicate, null, false)) {
      for (Statement st : rs) {
        Value o = st.getObject();
        if (o.isResource()) {
          Resource r = Rdf4jTerms.toResource(o);
          if (!out.contains(r)) {
            out.add(r);
          }
        }
      }
    }
    return out;
  }

  private static boolean hasType(RepositoryConnection c, Resource r, IRI type) {
    return c.hasStatement(Rdf4jTerms.toResource(r), RDF.TYPE, type, false);
  }

  private static <T extends Entity> List<T> sorted(
      DebateData data, Collection<? extends Resource> ids, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Resource id : new LinkedHashSet<>(ids)) {
      data.get(id, type).ifPresent(out::add);
    }
    out.sort(Comparator.comparing((T e) -> e.id().toNTriples()));
    return out;
  }

  private static IRI iri(String value) {
    return (IRI) Rdf4jTerms.toValue(Iri.of(value));
  }
}
