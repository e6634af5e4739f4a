package org.debatescore.core.mapping;

import java.math.BigDecimal;
import org.debatescore.core.model.LangText;
import org.debatescore.core.model.TemporalValue;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.Resource;
import org.debatescore.core.rdf.Term;

/**
 * The kinds of field value and their exact RDF form. {@link #fromTerm} accepts a term only if
 * {@link #toTerm} gives that very term back (same lexical form, datatype, language tag, term kind):
 * this is what keeps the mapping lossless. Anything else stays in the entity's extensions.
 */
public enum ValueKind {
  /** {@link LangText}: {@code rdf:langString} literals, one per language tag. */
  LANG_TEXT {
    @Override
    public Object fromTerm(Term term) {
      return term instanceof Literal l && l.language() != null && LangText.isValidTag(l.language())
          ? l
          : null;
    }

    @Override
    public Term toTerm(Object value) {
      throw new UnsupportedOperationException("language texts are written one literal per tag");
    }
  },
  /** {@link String}: {@code xsd:string} literals. */
  STRING {
    @Override
    public Object fromTerm(Term term) {
      return term instanceof Literal l && l.language() == null && XSD_STRING.equals(l.datatype())
          ? l.lexical()
          : null;
    }

    @Override
    public Term toTerm(Object value) {
      return Literal.string((String) value);
    }
  },
  /** {@link TemporalValue} of kind date-time: {@code xsd:dateTime} literals. */
  DATE_TIME {
    @Override
    public Object fromTerm(Term term) {
      return term instanceof Literal l && XSD_DATE_TIME.equals(l.datatype())
          ? TemporalValue.tryParse(l.lexical(), XSD_DATE_TIME)
          : null;
    }

    @Override
    public Term toTerm(Object value) {
      TemporalValue t = (TemporalValue) value;
      return Literal.typed(t.lexical(), t.datatype());
    }
  },
  /** {@link TemporalValue}: {@code xsd:date} or {@code xsd:dateTime} literals. */
  DATE_OR_DATE_TIME {
    @Override
    public Object fromTerm(Term term) {
      if (term instanceof Literal l
          && (XSD_DATE_TIME.equals(l.datatype()) || XSD_DATE.equals(l.datatype()))) {
        return TemporalValue.tryParse(l.lexical(), l.datatype());
      }
      return null;
    }

    @Override
    public Term toTerm(Object value) {
      TemporalValue t = (TemporalValue) value;
      return Literal.typed(t.lexical(), t.datatype());
    }
  },
  /** {@link Iri}: an external resource (licence, territory, home page...). */
  IRI {
    @Override
    public Object fromTerm(Term term) {
      return term instanceof Iri ? term : null;
    }

    @Override
    public Term toTerm(Object value) {
      return (Iri) value;
    }
  },
  /** {@link Iri}: a concept of a code list (or, for vote options, any concept). */
  CODE {
    @Override
    public Object fromTerm(Term term) {
      return term instanceof Iri ? term : null;
    }

    @Override
    public Term toTerm(Object value) {
      return (Iri) value;
    }
  },
  /** {@link Resource}: another entity, by IRI or blank node. */
  REFERENCE {
    @Override
    public Object fromTerm(Term term) {
      return term instanceof Resource ? term : null;
    }

    @Override
    public Term toTerm(Object value) {
      return (Resource) value;
    }
  },
  /**
   * {@link Long}: {@code xsd:nonNegativeInteger} in canonical form (no sign, no leading zero), up
   * to 18 digits.
   */
  NON_NEGATIVE_INTEGER {
    @Override
    public Object fromTerm(Term term) {
      if (!(term instanceof Literal l) || !XSD_NON_NEGATIVE_INTEGER.equals(l.datatype())) {
        return null;
      }
      String s = l.lexical();
      int n = s.length();
      if (n == 0 || n > 18 || (s.charAt(0) == '0' && n > 1)) {
        return null;
      }
      long v = 0;
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return null;
        }
        v = v * 10 + (c - '0');
      }
      return v;
    }

    @Override
    public Term toTerm(Object value) {
      return Literal.typed(Long.toString((Long) value), XSD_NON_NEGATIVE_INTEGER);
    }
  },
  /**
   * {@link BigDecimal}: {@code xsd:decimal} in the form {@link BigDecimal#toPlainString()} gives
   * back ({@code 42.5}, {@code 42.50}, {@code -1}; not {@code +1}, {@code .5}, {@code 007}).
   */
  DECIMAL {
    @Override
    public Object fromTerm(Term term) {
      if (!(term instanceof Literal l) || !XSD_DECIMAL.equals(l.datatype())) {
        return null;
      }
      String s = l.lexical();
      if (!isPlainDecimal(s)) {
        return null;
      }
      BigDecimal d = new BigDecimal(s);
      return d.toPlainString().equals(s) ? d : null;
    }

    @Override
    public Term toTerm(Object value) {
      return Literal.typed(((BigDecimal) value).toPlainString(), XSD_DECIMAL);
    }
  },
  /** {@link Boolean}: {@code xsd:boolean} {@code true} or {@code false}. */
  BOOLEAN {
    @Override
    public Object fromTerm(Term term) {
      if (term instanceof Literal l && XSD_BOOLEAN.equals(l.datatype())) {
        return switch (l.lexical()) {
          case "true" -> Boolean.TRUE;
          case "false" -> Boolean.FALSE;
          default -> null;
        };
      }
      return null;
    }

    @Override
    public Term toTerm(Object value) {
      return Literal.typed(value.toString(), XSD_BOOLEAN);
    }
  };

  static final String XSD_STRING = Literal.XSD_STRING;
  static final String XSD_DATE_TIME = Literal.XSD + "dateTime";
  static final String XSD_DATE = Literal.XSD + "date";
  static final String XSD_NON_NEGATIVE_INTEGER = Literal.XSD + "nonNegativeInteger";
  static final String XSD_DECIMAL = Literal.XSD + "decimal";
  static final String XSD_BOOLEAN = Literal.XSD + "boolean";

  /**
   * The field value this term stands for, or {@code null} if writing the value back would not give
   * exactly this term. For {@link #LANG_TEXT}, the literal itself.
   */
  public abstract Object fromTerm(Term term);

  /** The term for one value of this kind (not for {@link #LANG_TEXT}). */
  public abstract Term toTerm(Object value);

  private static boolean isPlainDecimal(String s) {
    int n = s.length();
    int i = 0;
    if (i < n && s.charAt(i) == '-') {
      i++;
    }
    int intStart = i;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i == intStart) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (s.charAt(i) != '.') {
      return false;
    }
    int fracStart = ++i;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i == n && i > fracStart;
  }
}
