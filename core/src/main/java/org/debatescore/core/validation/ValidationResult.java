package org.debatescore.core.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Resource;
import org.debatescore.core.rdf.Term;

/**
 * One finding of a validation: the engine-neutral counterpart of a SHACL {@code
 * sh:ValidationResult}, plus what a data publisher needs to act on it (a message in their language,
 * where the focus node is written, a link to the specification).
 *
 * @param focusNode the node that was validated ({@code sh:focusNode})
 * @param path the property path ({@code sh:resultPath}), or {@code null} for node-shape results:
 *     either an absolute IRI (a predicate path) or a SPARQL 1.1 property-path expression whose IRIs
 *     are written in angle brackets, e.g. {@code ^<https://w3id.org/debatescore/ns#replyTo>}
 * @param value the offending value ({@code sh:value}), or {@code null}
 * @param constraintComponent the constraint component ({@code sh:sourceConstraintComponent}), e.g.
 *     {@code sh:MinCountConstraintComponent}
 * @param sourceShape the shape that produced the result ({@code sh:sourceShape})
 * @param severity the severity
 * @param message the message in the requested language (or its fallback)
 * @param messages the message in every language available, keyed by lower-case language tag; the
 *     empty key holds a message without a language tag
 * @param sourceLocation where the focus node is first described in the inputs, when known
 * @param specLink the specification anchor ({@code rdfs:seeAlso} of the shape), or {@code null}
 * @param shapeName the human name of the shape ({@code sh:name}) in the requested language, or
 *     {@code null}
 * @param detail the engine's own description of the problem (e.g. "minCount[1]: Invalid
 *     cardinality: expected min 1: Got count = 0"), kept because shape messages are deliberately
 *     plain and lose such detail; {@code null} if none
 */
public record ValidationResult(
    Term focusNode,
    String path,
    Term value,
    Iri constraintComponent,
    Resource sourceShape,
    Severity severity,
    String message,
    Map<String, String> messages,
    Optional<SourceLocation> sourceLocation,
    String specLink,
    String shapeName,
    String detail) {

  public ValidationResult {
    Objects.requireNonNull(focusNode, "focusNode");
    Objects.requireNonNull(constraintComponent, "constraintComponent");
    Objects.requireNonNull(sourceShape, "sourceShape");
    Objects.requireNonNull(severity, "severity");
    messages = copyMessages(messages);
    if (message == null) {
      message = messages.getOrDefault("en", messages.values().stream().findFirst().orElse(null));
    }
    if (message == null) {
      message = detail != null ? detail : shortName(constraintComponent.value());
    }
    sourceLocation = sourceLocation == null ? Optional.empty() : sourceLocation;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialised with this result's fields. */
  public Builder toBuilder() {
    return new Builder()
        .focusNode(focusNode)
        .path(path)
        .value(value)
        .constraintComponent(constraintComponent)
        .sourceShape(sourceShape)
        .severity(severity)
        .message(message)
        .messages(messages)
        .sourceLocation(sourceLocation.orElse(null))
        .specLink(specLink)
        .shapeName(shapeName)
        .detail(detail);
  }

  /** Whether {@link #path} is a single predicate IRI rather than a path expression. */
  public boolean isPredicatePath() {
    return path != null && !path.isEmpty() && path.indexOf('<') < 0;
  }

  /**
   * The message in {@code language}, falling back to its primary subtag (fr-CA → fr), then English,
   * then {@link #message()}.
   */
  public String message(String language) {
    return pickMessage(messages, language, message);
  }

  /**
   * A short label for the shape: its IRI's local name (or {@code _:label} for a blank node),
   * followed by {@link #shapeName} in brackets when known, e.g. {@code Proposal-title (title)}.
   */
  public String shapeLabel() {
    String local =
        sourceShape instanceof Iri iri ? shortName(iri.value()) : sourceShape.toNTriples();
    if (shapeName == null || shapeName.isBlank() || shapeName.equals(local)) {
      return local;
    }
    return local + " (" + shapeName + ")";
  }

  /**
   * Picks a message for {@code language} from a map keyed by lower-case tag: the exact tag, then
   * its primary subtag, then {@code en}, then a message without a tag, then {@code otherwise}.
   */
  public static String pickMessage(
      Map<String, String> messages, String language, String otherwise) {
    if (messages == null || messages.isEmpty()) {
      return otherwise;
    }
    if (language != null && !language.isEmpty()) {
      String tag = language.toLowerCase(Locale.ROOT);
      String m = messages.get(tag);
      if (m != null) {
        return m;
      }
      int dash = tag.indexOf('-');
      if (dash > 0 && (m = messages.get(tag.substring(0, dash))) != null) {
        return m;
      }
    }
    String m = messages.get("en");
    if (m != null) {
      return m;
    }
    m = messages.get("");
    return m != null ? m : otherwise;
  }

  /** The part of an IRI after its last {@code #} or {@code /}. */
  public static String shortName(String iri) {
    int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return i >= 0 && i < iri.length() - 1 ? iri.substring(i + 1) : iri;
  }

  private static Map<String, String> copyMessages(Map<String, String> messages) {
    if (messages == null || messages.isEmpty()) {
      return Map.of();
    }
    Map<String, String> sorted = new TreeMap<>();
    messages.forEach(
        (k, v) -> {
          if (v != null) {
            sorted.putIfAbsent(k == null ? "" : k.toLowerCase(Locale.ROOT), v);
          }
        });
    return Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
  }

  /** Builds a {@link ValidationResult}; focus node, component, shape and severity are required. */
  public static final class Builder {
    private Term focusNode;
    private String path;
    private Term value;
    private Iri constraintComponent;
    private Resource sourceShape;
    private Severity severity = Severity.VIOLATION;
    private String message;
    private final Map<String, String> messages = new LinkedHashMap<>();
    private SourceLocation sourceLocation;
    private String specLink;
    private String shapeName;
    private String detail;

    private Builder() {}

    public Builder focusNode(Term focusNode) {
      this.focusNode = focusNode;
      return this;
    }

    public Builder path(String path) {
      this.path = path;
      return this;
    }

    public Builder value(Term value) {
      this.value = value;
      return this;
    }

    public Builder constraintComponent(Iri constraintComponent) {
      this.constraintComponent = constraintComponent;
      return this;
    }

    public Builder constraintComponent(String iri) {
      return constraintComponent(Iri.of(iri));
    }

    public Builder sourceShape(Resource sourceShape) {
      this.sourceShape = sourceShape;
      return this;
    }

    public Builder severity(Severity severity) {
      this.severity = severity;
      return this;
    }

    /** The message in the requested language; defaults to the English one in {@link #messages}. */
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    /** Adds a message in one language ({@code ""} for none). */
    public Builder message(String language, String text) {
      this.messages.put(language == null ? "" : language.toLowerCase(Locale.ROOT), text);
      return this;
    }

    public Builder messages(Map<String, String> messages) {
      this.messages.clear();
      if (messages != null) {
        messages.forEach(this::message);
      }
      return this;
    }

    public Builder sourceLocation(SourceLocation sourceLocation) {
      this.sourceLocation = sourceLocation;
      return this;
    }

    public Builder specLink(String specLink) {
      this.specLink = specLink;
      return this;
    }

    public Builder shapeName(String shapeName) {
      this.shapeName = shapeName;
      return this;
    }

    public Builder detail(String detail) {
      this.detail = detail;
      return this;
    }

    public ValidationResult build() {
      return new ValidationResult(
          focusNode,
          path,
          value,
          constraintComponent,
          sourceShape,
          severity,
          message,
          messages,
          Optional.ofNullable(sourceLocation),
          specLink,
          shapeName,
          detail);
    }
  }
}
