package org.debatescore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

class StatsCommandTest {

  private static final String PREFIXES =
      "PREFIX dbs: <https://w3id.org/debatescore/ns#>\n"
          + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n";

  /** The figures must match what SPARQL finds in the same file, not numbers typed in the test. */
  @Test
  void statsAgreeWithSparqlOnTheMunicipalExample() throws Exception {
    Path file = Cli.examples().resolve("municipal-debate.ttl");
    Cli.Run run = Cli.run("stats", "-f", "json", file.toString());
    assertEquals(0, run.exitCode(), run.toString());
    JsonNode stats = new ObjectMapper().readTree(run.out());
    Model model = RDFDataMgr.loadModel(file.toString());

    assertEquals(
        count(model, "SELECT (COUNT(?p) AS ?n) { ?p a dbs:Proposal }"),
        stats.at("/countsByClass/Proposal").asLong());
    assertEquals(
        count(model, "SELECT (COUNT(?v) AS ?n) { ?v a dbs:Vote }"),
        stats.at("/countsByClass/Vote").asLong());
    long answered =
        count(
            model,
            "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a dbs:Proposal . ?r a dbs:OfficialResponse ;"
                + " dbs:respondsTo ?p }");
    assertEquals(answered, stats.get("proposalsWithResponse").asLong());
    long linked =
        count(
            model,
            "SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a dbs:Decision ."
                + " ?d dbs:adopts|dbs:rejects|dbs:modifies|dbs:tookIntoAccount ?c }");
    assertEquals(linked, stats.get("decisionsLinkedToContributions").asLong());
    assertEquals(
        count(model, "SELECT (COUNT(?d) AS ?n) { ?d a dbs:Decision }"),
        stats.get("decisions").asLong());
    assertTrue(stats.at("/languages/fr").asLong() > 0);
  }

  @Test
  void textTableShowsEverySection() {
    Cli.Run run = Cli.run("stats", Cli.examples().resolve("ogp-2016-workshop.ttl").toString());
    assertEquals(0, run.exitCode(), run.toString());
    for (String section :
        new String[] {
          "Entities by class", "Languages", "Participants by role", "Period", "response rate"
        }) {
      assertTrue(run.out().contains(section), section + "\n" + run.out());
    }
    assertTrue(run.out().matches("(?s).*Proposal\\s+26\\b.*"), run.out());
  }

  private static long count(Model model, String query) {
    try (QueryExecution qe = QueryExecution.model(model).query(PREFIXES + query).build()) {
      return qe.execSelect().next().getLiteral("n").getLong();
    }
  }
}
