package org.debatescore.rdf4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Locale;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/** Test fixtures next to the tests, and graph helpers. */
public final class Fixtures {

  private Fixtures() {}

  /** A file of {@code src/test/resources/org/debatescore/rdf4j/}. */
  public static Path path(String name) {
    URL url = Fixtures.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException("missing test fixture org/debatescore/rdf4j/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static InputStream open(String name) {
    try {
      return path(name).toUri().toURL().openStream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What differs between two models, for failure messages: statements without blank nodes found in
   * one only (or, when there are none, every statement with a blank node), at most 20 each.
   */
  public static String diff(Model expected, Model actual) {
    StringBuilder b = new StringBuilder();
    b.append(expected.size()).append(" vs ").append(actual.size()).append(" statements");
    boolean ground = appendMissing(b, "only expected", expected, actual, true);
    ground |= appendMissing(b, "only actual", actual, expected, true);
    if (!ground) {
      appendMissing(b, "only expected", expected, actual, false);
      appendMissing(b, "only actual", actual, expected, false);
    }
    return b.toString();
  }

  private static boolean appendMissing(
      StringBuilder b, String label, Model a, Model other, boolean groundOnly) {
    int n = 0;
    for (Statement st : a) {
      boolean ground = !st.getSubject().isBNode() && !st.getObject().isBNode();
      if (groundOnly != ground) {
        continue;
      }
      if (!other.contains(st.getSubject(), st.getPredicate(), st.getObject())) {
        if (n++ < 20) {
          b.append("\n  ").append(label).append(": ").append(st);
        }
      }
    }
    return n > 0;
  }

  /**
   * The model with language tags in lower case: RDF compares tags case-insensitively and Jena
   * writes them in canonical case, so isomorphism tests across engines compare this form.
   */
  public static Model normalised(Model model) {
    Model out = new LinkedHashModel();
    var vf = SimpleValueFactory.getInstance();
    for (Statement st : model) {
      Value o = st.getObject();
      if (o instanceof Literal l && l.getLanguage().isPresent()) {
        o = vf.createLiteral(l.getLabel(), l.getLanguage().get().toLowerCase(Locale.ROOT));
      }
      out.add(st.getSubject(), st.getPredicate(), o);
    }
    return out;
  }
}
