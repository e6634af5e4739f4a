package org.debatescore.rdf4j.validation;

import java.util.List;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.vocabulary.RDF4J;
import org.eclipse.rdf4j.sail.NotifyingSail;
import org.eclipse.rdf4j.sail.shacl.ShaclSail;

/**
 * The bundled Debatescore shapes as RDF4J models, for applications that set up their own {@link
 * ShaclSail}: load a model into the {@link RDF4J#SHACL_SHAPE_GRAPH} context.
 *
 * <p>ShaclSail rejects a transaction for any validation result, whatever its severity. A store that
 * must accept data with warnings (a SHOULD not followed) therefore enforces {@link
 * #violationsOnly()}: the shapes without those of severity {@code sh:Warning} or {@code sh:Info}
 * (and without the {@code sh:property} links to them). The warnings are still reported by {@link
 * Rdf4jShaclValidator}, which evaluates {@link #all()}.
 */
public final class DebatescoreShapes {

  private DebatescoreShapes() {}

  /** Every bundled shape (a new, modifiable copy). */
  public static Model all() {
    return new LinkedHashModel(ShapesBundle.bundled().model());
  }

  /** The bundled shapes of severity {@code sh:Violation} only (a new, modifiable copy). */
  public static Model violationsOnly() {
    return new LinkedHashModel(ShapesBundle.bundledViolationsOnly().model());
  }

  /**
   * What RDF4J's ShaclSail would not evaluate in {@code shapes}, one readable line per construct
   * (empty for the bundled shapes).
   */
  public static List<String> notEvaluated(Model shapes) {
    return ShapesBundle.unsupported(shapes);
  }

  /**
   * A ShaclSail over {@code base} configured as Debatescore uses it: no limit on the results
   * collected (the report says when it is cut), subclass reasoning on as SHACL requires. The caller
   * loads the shapes and initialises the sail.
   */
  public static ShaclSail newShaclSail(NotifyingSail base) {
    ShaclSail sail = new ShaclSail(base);
    ShapesBundle.configure(sail);
    return sail;
  }
}
