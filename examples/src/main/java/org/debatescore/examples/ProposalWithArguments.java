package org.debatescore.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import org.debatescore.core.model.Argument;
import org.debatescore.core.model.Debate;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Person;
import org.debatescore.core.model.Proposal;
import org.debatescore.core.model.TemporalValue;
import org.debatescore.core.rdf.Iri;
import org.debatescore.jena.DebatescoreJena;
import org.debatescore.vocab.Codes;

/**
 * The README's first library example: build a proposal with two arguments, write it as Turtle and
 * as plain JSON, and read both back. Run with {@code ProposalWithArguments OUTPUT_DIR}.
 */
public final class ProposalWithArguments {

  private ProposalWithArguments() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "."));
    // README-SNIPPET-START
    Iri debate = Iri.of("https://example.org/debates/market-square");
    Iri alice = Iri.of("https://example.org/people/alice");
    Iri proposal = Iri.of("https://example.org/proposals/1");

    DebateData data =
        DebateData.builder()
            .add(
                Debate.builder()
                    .id(debate)
                    .title("fr", "Aménagement de la place du marché")
                    .title("en", "Redesign of the market square")
                    .build())
            .add(
                Person.builder()
                    .id(alice)
                    .name("Alice")
                    .addRole(Iri.of(Codes.Role.CITIZEN))
                    .build())
            .add(
                Proposal.builder()
                    .id(proposal)
                    .debate(debate)
                    .title("fr", "Planter des arbres")
                    .title("en", "Plant trees")
                    .addAuthor(alice)
                    .created(TemporalValue.parse("2026-03-02T10:15:00+01:00"))
                    .status(Iri.of(Codes.ProposalStatus.SUBMITTED))
                    .build())
            .add(
                Argument.builder()
                    .id(Iri.of("https://example.org/arguments/1"))
                    .debate(debate)
                    .text("fr", "De l'ombre en été.")
                    .addSupports(proposal)
                    .build())
            .add(
                Argument.builder()
                    .id(Iri.of("https://example.org/arguments/2"))
                    .debate(debate)
                    .text("fr", "Moins de places de stationnement.")
                    .addAttacks(proposal)
                    .build())
            .build();

    DebatescoreJena.writeData(data, dir.resolve("debate.ttl")); // Turtle, by extension
    DebatescoreJena.writeData(data, dir.resolve("debate.json")); // plain JSON

    DebateData fromTurtle = DebatescoreJena.readData(dir.resolve("debate.ttl"));
    DebateData fromJson = DebatescoreJena.readData(dir.resolve("debate.json"));
    Proposal read = fromTurtle.get(proposal, Proposal.class).orElseThrow();
    System.out.println(read.title().get("en")); // Plant trees
    System.out.println(fromTurtle.equals(data) && fromJson.equals(data)); // true
    // README-SNIPPET-END
  }
}
