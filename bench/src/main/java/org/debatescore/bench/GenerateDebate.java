package org.debatescore.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.debatescore.core.mapping.DebateWriter;
import org.debatescore.core.mapping.Prefixes;
import org.debatescore.core.model.Argument;
import org.debatescore.core.model.Comment;
import org.debatescore.core.model.Debate;
import org.debatescore.core.model.Entity;
import org.debatescore.core.model.Person;
import org.debatescore.core.model.Proposal;
import org.debatescore.core.model.TemporalValue;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.jena.JenaRdfWriters;
import org.debatescore.jena.WriteStyle;
import org.debatescore.vocab.Codes;

/**
 * Writes a synthetic but valid debate of N contributions (10% proposals, 20% arguments, 70%
 * comments, one author per ten contributions), streaming, so that any size fits in memory. The same
 * generator feeds the write benchmark (as the "ours" side) and produces the input files.
 *
 * <p>Usage: {@code GenerateDebate N OUT} (format from OUT's extension).
 */
public final class GenerateDebate {

  static final String BASE = "https://bench.debatescore.org/";

  private GenerateDebate() {}

  public static void main(String[] args) throws IOException {
    long n = Long.parseLong(args[0]);
    Path out = Paths.get(args[1]);
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
      long entities = write(n, RdfFormat.fromPath(out), os);
      System.out.println("generated " + n + " contributions, " + entities + " entities: " + out);
    }
  }

  /** Streams the debate to {@code out}; returns the number of entities written. */
  static long write(long n, RdfFormat format, OutputStream out) {
    try (DebateWriter writer =
        new DebateWriter(
            JenaRdfWriters.open(format, out, WriteStyle.BLOCKS), Prefixes.standard())) {
      entities(n, writer::write);
      return writer.entityCount();
    }
  }

  /** Produces the entities one by one. */
  static void entities(long n, java.util.function.Consumer<Entity> sink) {
    Iri debate = Iri.of(BASE + "debate");
    sink.accept(
        Debate.builder()
            .id(debate)
            .title("fr", "Débat de référence")
            .title("en", "Benchmark debate")
            .processKind(Iri.of(Codes.ProcessKind.PUBLIC_CONSULTATION))
            .provenance(
                org.debatescore.core.model.Provenance.builder()
                    .license(Iri.of("https://creativecommons.org/licenses/by/4.0/"))
                    .build())
            .build());
    long people = Math.max(1, n / 10);
    for (long i = 0; i < people; i++) {
      sink.accept(
          Person.builder()
              .id(Iri.of(BASE + "person/" + i))
              .name("Participant " + i)
              .addRole(Iri.of(Codes.Role.CITIZEN))
              .build());
    }
    OffsetDateTime start = OffsetDateTime.of(2024, 1, 1, 9, 0, 0, 0, ZoneOffset.ofHours(1));
    for (long i = 0; i < n; i++) {
      Iri id = Iri.of(BASE + "c/" + i);
      Iri author = Iri.of(BASE + "person/" + (i % people));
      TemporalValue created = TemporalValue.of(start.plusMinutes(i));
      long kind = i % 10;
      if (kind == 0) {
        sink.accept(
            Proposal.builder()
                .id(id)
                .debate(debate)
                .title("fr", "Proposition " + i)
                .title("en", "Proposal " + i)
                .text("fr", "Texte de la proposition numéro " + i + ".")
                .addAuthor(author)
                .created(created)
                .status(Iri.of(Codes.ProposalStatus.SUBMITTED))
                .build());
      } else if (kind <= 2) {
        Iri target = Iri.of(BASE + "c/" + (i - kind));
        Argument.Builder b =
            Argument.builder()
                .id(id)
                .debate(debate)
                .text("fr", "Argument " + i + " sur la proposition.")
                .addAuthor(author)
                .created(created);
        sink.accept(kind == 1 ? b.addSupports(target).build() : b.addAttacks(target).build());
      } else {
        sink.accept(
            Comment.builder()
                .id(id)
                .debate(debate)
                .text("fr", "Commentaire " + i + " : je réponds au message précédent.")
                .addAuthor(author)
                .created(created)
                .replyTo(Iri.of(BASE + "c/" + (i - 1)))
                .stance(Iri.of(Codes.Stance.NEUTRAL))
                .build());
      }
    }
  }
}
