package org.debatescore.jena.validation;

import static org.debatescore.jena.validation.Fixtures.VALIDATOR;
import static org.debatescore.jena.validation.Fixtures.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.rdf.BlankNode;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationOptions;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.core.validation.ValidationResult;
import org.debatescore.core.validation.report.HtmlReportRenderer;
import org.debatescore.core.validation.report.ReportFormat;
import org.debatescore.core.validation.report.TurtleReportRenderer;
import org.junit.jupiter.api.Test;

/** The reports of real validations, written in every format; the Turtle one read back by Jena. */
class ReportRenderingTest {

  private static Graph parseTurtle(String ttl) {
    return RDFParser.fromString(ttl, Lang.TURTLE).toGraph();
  }

  private static int count(Graph g, Node p) {
    return g.find(Node.ANY, p, Node.ANY).toList().size();
  }

  @Test
  void turtleReportOfARealValidationParsesWithOneResultPerResult() {
    ValidationReport report =
        VALIDATOR.validate(
            List.of(resource("located.ttl")), ValidationOptions.builder().language("fr").build());
    assertTrue(report.results().size() >= 2);
    Graph g = parseTurtle(new TurtleReportRenderer().render(report));
    assertEquals(report.results().size(), count(g, SHACL.result));
    assertEquals(1, count(g, SHACL.conforms));
    assertEquals(report.results().size(), count(g, SHACL.focusNode));
    assertEquals(report.results().size(), count(g, SHACL.sourceShape));
    assertEquals(report.results().size(), count(g, SHACL.resultSeverity));
    Set<String> languages =
        g.find(Node.ANY, SHACL.resultMessage, Node.ANY).toList().stream()
            .map(t -> t.getObject().getLiteralLanguage())
            .collect(Collectors.toSet());
    assertEquals(Set.of("en", "fr"), languages);
    Node focus = NodeFactory.createURI("https://example.org/located/proposal");
    assertFalse(g.find(Node.ANY, SHACL.focusNode, focus).toList().isEmpty());
  }

  @Test
  void turtleReportOfAwkwardValuesParses() {
    String dbs = "https://w3id.org/debatescore/ns#";
    ValidationResult odd =
        ValidationResult.builder()
            .focusNode(BlankNode.of("weird-label.with:colon"))
            .path("^<" + dbs + "replyTo>/(<" + dbs + "supports>|<" + dbs + "attacks>)*")
            .value(Literal.lang("<script>\"x\"</script> \\ \n\t\u0001 é 😀", "fr-CA"))
            .constraintComponent(Fixtures.SH + "SPARQLConstraintComponent")
            .sourceShape(BlankNode.of("shape 1"))
            .severity(Severity.WARNING)
            .message("en", "Odd \"quoted\"\nmessage \\ with a backslash")
            .message("", "no language")
            .sourceLocation(SourceLocation.of("dir with space/x.ttl", 7, 3))
            .specLink("https://example.org/spec#a b")
            .build();
    ValidationResult typed =
        odd.toBuilder()
            .focusNode(Iri.of("https://example.org/x"))
            .path("https://example.org/p")
            .value(Literal.typed("007", "http://www.w3.org/2001/XMLSchema#integer"))
            .sourceShape(Iri.of("https://example.org/shape"))
            .build();
    ValidationReport report = ValidationReport.builder().result(odd).result(typed).build();
    Graph g = parseTurtle(new TurtleReportRenderer().render(report));
    assertEquals(2, count(g, SHACL.result));
    Triple value =
        g.find(Node.ANY, SHACL.value, Node.ANY).toList().stream()
            .filter(t -> t.getObject().getLiteralLanguage().equalsIgnoreCase("fr-CA"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "<script>\"x\"</script> \\ \n\t\u0001 é 😀", value.getObject().getLiteralLexicalForm());
    Node path =
        g.find(Node.ANY, SHACL.resultPath, Node.ANY).toList().stream()
            .map(Triple::getObject)
            .filter(Node::isBlank)
            .findFirst()
            .orElseThrow();
    assertTrue(g.contains(path, Node.ANY, Node.ANY), "the path is a SHACL path list");
  }

  @Test
  void everyFormatRendersARealReport() {
    ValidationReport report = VALIDATOR.validate(resource("located.ttl"));
    for (ReportFormat f : ReportFormat.values()) {
      String out = f.renderer().render(report);
      assertFalse(out.isBlank(), f.formatName());
      assertTrue(out.contains("located"), f + " names the input or focus nodes");
    }
    String html = new HtmlReportRenderer().render(report);
    assertTrue(html.contains("located.ttl:15:1"));
  }
}
