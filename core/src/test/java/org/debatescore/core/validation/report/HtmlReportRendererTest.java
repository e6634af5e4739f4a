package org.debatescore.core.validation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class HtmlReportRendererTest {

  private final HtmlReportRenderer renderer = new HtmlReportRenderer();

  @Test
  void pageIsWellFormedAndSelfContained() throws Exception {
    String html = renderer.render(SampleReports.withResults());
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    Document doc = parseXml(html);
    assertEquals("html", doc.getDocumentElement().getTagName());
    assertEquals(1, doc.getElementsByTagName("style").getLength());
    assertEquals(0, doc.getElementsByTagName("script").getLength(), "no script element");
    assertEquals(0, doc.getElementsByTagName("link").getLength(), "no external stylesheet");
    assertEquals(0, doc.getElementsByTagName("img").getLength());
    assertFalse(html.contains("src="));
    assertEquals(7, rows(doc), "one row per result, folded or not");
  }

  @Test
  void escapesDataAndLinksOnlyToHttp() {
    String html = renderer.render(SampleReports.withResults());
    assertFalse(html.contains("<script>"));
    assertTrue(html.contains("&lt;script&gt;alert("));
    assertTrue(html.contains("&lt;b&gt;gras&lt;/b&gt;") || !html.contains("gras"));
    assertFalse(html.contains("href=\"javascript:"));
    assertTrue(html.contains("<a href=\"https://w3id.org/debatescore/ns#Proposal\">"));
  }

  @Test
  void summaryComesFirstAndExtraRowsFold() {
    String html = renderer.render(SampleReports.withResults());
    int verdict = html.indexOf("DOES NOT CONFORM");
    int firstGroup = html.indexOf("<section");
    assertTrue(verdict > 0 && verdict < firstGroup);
    assertTrue(html.contains("5 violations"));
    assertTrue(html.contains("<summary>(+2 more)</summary>"));
  }

  @Test
  void frenchLabels() {
    String html = new HtmlReportRenderer(Grouping.BY_SHAPE, 3, "fr").render(SampleReports.empty());
    assertTrue(html.contains("<html lang=\"fr\">"));
    assertTrue(html.contains("CONFORME"));
    assertTrue(html.contains("Aucun problème trouvé."));
  }

  private static int rows(Document doc) {
    int n = 0;
    var bodies = doc.getElementsByTagName("tbody");
    for (int i = 0; i < bodies.getLength(); i++) {
      var children = bodies.item(i).getChildNodes();
      for (int j = 0; j < children.getLength(); j++) {
        if ("tr".equals(children.item(j).getNodeName())) {
          n++;
        }
      }
    }
    return n;
  }

  private static Document parseXml(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
  }
}
