package org.debatescore.core.rdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.debatescore.core.UnsupportedFormatException;

/**
 * The syntaxes Debatescore reads and writes: the RDF 1.1 syntaxes, plus {@link #JSON}, the plain
 * Debatescore JSON of the {@code org.debatescore.core.json} package (JSON-LD in compact form
 * against the Debatescore context).
 *
 * <p>A format is chosen from a file name ({@link #fromFileName}; a trailing {@code .gz} is allowed
 * and ignored), a media type ({@link #fromContentType}) or a name typed by a user ({@link
 * #fromName}, case-insensitive: {@code turtle}, {@code ttl}, {@code nt}, {@code jsonld}...). When
 * no format matches, an {@link UnsupportedFormatException} lists the accepted names.
 */
public enum RdfFormat {
  /** Turtle ({@code .ttl}, {@code text/turtle}). */
  TURTLE(
      "Turtle",
      "text/turtle",
      List.of("ttl"),
      List.of("turtle", "ttl"),
      List.of("application/x-turtle"),
      false),
  /** TriG ({@code .trig}, {@code application/trig}); a dataset syntax. */
  TRIG("TriG", "application/trig", List.of("trig"), List.of("trig"), List.of(), true),
  /** N-Triples ({@code .nt}, {@code application/n-triples}). */
  NTRIPLES(
      "N-Triples",
      "application/n-triples",
      List.of("nt"),
      List.of("ntriples", "n-triples", "nt"),
      List.of(),
      false),
  /** N-Quads ({@code .nq}, {@code application/n-quads}); a dataset syntax. */
  NQUADS(
      "N-Quads",
      "application/n-quads",
      List.of("nq"),
      List.of("nquads", "n-quads", "nq"),
      List.of(),
      true),
  /** RDF/XML ({@code .rdf}, {@code .owl}, {@code .xml}, {@code application/rdf+xml}). */
  RDFXML(
      "RDF/XML",
      "application/rdf+xml",
      List.of("rdf", "owl", "xml"),
      List.of("rdfxml", "rdf/xml", "rdf-xml", "xml", "rdf", "owl"),
      List.of("application/xml", "text/xml"),
      false),
  /** JSON-LD 1.1 ({@code .jsonld}, {@code application/ld+json}). */
  JSONLD(
      "JSON-LD",
      "application/ld+json",
      List.of("jsonld"),
      List.of("jsonld", "json-ld"),
      List.of(),
      false),
  /** RDF/JSON ({@code .rj}, {@code application/rdf+json}). */
  RDFJSON(
      "RDF/JSON",
      "application/rdf+json",
      List.of("rj"),
      List.of("rdfjson", "rdf/json", "rdf-json", "rj"),
      List.of(),
      false),
  /**
   * Plain Debatescore JSON ({@code .json}, {@code application/json}): the JSON-LD compact form
   * against the Debatescore context, read and written by the core {@code json} package.
   */
  JSON(
      "Debatescore JSON",
      "application/json",
      List.of("json"),
      List.of("json", "debatescore-json"),
      List.of(),
      false);

  private static final String GZIP_SUFFIX = ".gz";

  private final String displayName;
  private final String mediaType;
  private final List<String> extensions;
  private final List<String> names;
  private final List<String> otherMediaTypes;
  private final boolean dataset;

  RdfFormat(
      String displayName,
      String mediaType,
      List<String> extensions,
      List<String> names,
      List<String> otherMediaTypes,
      boolean dataset) {
    this.displayName = displayName;
    this.mediaType = mediaType;
    this.extensions = extensions;
    this.names = names;
    this.otherMediaTypes = otherMediaTypes;
    this.dataset = dataset;
  }

  /** Human name, e.g. {@code N-Triples}. */
  public String displayName() {
    return displayName;
  }

  /** The registered media type, e.g. {@code text/turtle}. */
  public String mediaType() {
    return mediaType;
  }

  /** File extensions without the dot, preferred first. */
  public List<String> fileExtensions() {
    return extensions;
  }

  /** The preferred file extension without the dot, e.g. {@code ttl}. */
  public String defaultExtension() {
    return extensions.get(0);
  }

  /** Names accepted by {@link #fromName}, preferred first, all lower case. */
  public List<String> names() {
    return names;
  }

  /** Whether the syntax can name graphs (TriG, N-Quads). */
  public boolean isDataset() {
    return dataset;
  }

  /** Whether this is an RDF syntax handled by an RDF engine (all but {@link #JSON}). */
  public boolean isRdf() {
    return this != JSON;
  }

  /**
   * Whether a file name (or path, or IRI path) ends with {@code .gz}, case-insensitively. Readers
   * detect gzip from the content anyway; writers use this to compress.
   */
  public static boolean isGzipFileName(String fileName) {
    return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(GZIP_SUFFIX);
  }

  /**
   * The format of a file from its extension, ignoring a trailing {@code .gz}: {@code debate.ttl.gz}
   * is Turtle.
   *
   * @throws UnsupportedFormatException if the extension is unknown
   */
  public static RdfFormat fromFileName(String fileName) {
    return forFileName(fileName)
        .orElseThrow(
            () ->
                new UnsupportedFormatException(
                    "Cannot tell the syntax of '"
                        + fileName
                        + "' from its extension; known extensions: "
                        + String.join(", ", acceptedExtensions())
                        + " (optionally followed by .gz)"));
  }

  /** {@link #fromFileName} on the file name of a path. */
  public static RdfFormat fromPath(Path path) {
    Path name = path.getFileName();
    return fromFileName(name == null ? path.toString() : name.toString());
  }

  /** Like {@link #fromFileName}, but empty instead of an exception. */
  public static Optional<RdfFormat> forFileName(String fileName) {
    if (fileName == null) {
      return Optional.empty();
    }
    String name = fileName.toLowerCase(Locale.ROOT);
    int query = indexOfAny(name, '?', '#');
    if (query >= 0 && name.contains("://")) {
      name = name.substring(0, query);
    }
    if (name.endsWith(GZIP_SUFFIX)) {
      name = name.substring(0, name.length() - GZIP_SUFFIX.length());
    }
    int dot = name.lastIndexOf('.');
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    if (dot < 0 || dot < slash) {
      return Optional.empty();
    }
    String ext = name.substring(dot + 1);
    for (RdfFormat f : values()) {
      if (f.extensions.contains(ext)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * The format for a media type as sent in a {@code Content-Type} header; parameters such as {@code
   * charset} are ignored.
   *
   * @throws UnsupportedFormatException if the media type is unknown
   */
  public static RdfFormat fromContentType(String contentType) {
    return forContentType(contentType)
        .orElseThrow(
            () ->
                new UnsupportedFormatException(
                    "Unsupported content type '"
                        + contentType
                        + "'; supported: "
                        + String.join(", ", acceptedMediaTypes())));
  }

  /** Like {@link #fromContentType}, but empty instead of an exception. */
  public static Optional<RdfFormat> forContentType(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    String type = contentType;
    int semi = type.indexOf(';');
    if (semi >= 0) {
      type = type.substring(0, semi);
    }
    type = type.trim().toLowerCase(Locale.ROOT);
    for (RdfFormat f : values()) {
      if (f.mediaType.equals(type) || f.otherMediaTypes.contains(type)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * The format for a name typed by a user, case-insensitively: one of {@link #names()}, the enum
   * constant name, the display name or the media type.
   *
   * @throws UnsupportedFormatException listing the accepted names if none matches
   */
  public static RdfFormat fromName(String name) {
    return forName(name)
        .orElseThrow(
            () ->
                new UnsupportedFormatException(
                    "Unknown format '"
                        + name
                        + "'; accepted names: "
                        + String.join(", ", acceptedNames())));
  }

  /** Like {@link #fromName}, but empty instead of an exception. */
  public static Optional<RdfFormat> forName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (n.startsWith(".")) {
      n = n.substring(1);
    }
    for (RdfFormat f : values()) {
      if (f.names.contains(n)
          || f.name().toLowerCase(Locale.ROOT).equals(n)
          || f.displayName.toLowerCase(Locale.ROOT).equals(n)) {
        return Optional.of(f);
      }
    }
    return forContentType(n);
  }

  /** Every name {@link #fromName} accepts, in a stable order, for messages and help texts. */
  public static List<String> acceptedNames() {
    List<String> all = new ArrayList<>();
    for (RdfFormat f : values()) {
      all.addAll(f.names);
    }
    return List.copyOf(all);
  }

  /** Every file extension, with its dot. */
  public static List<String> acceptedExtensions() {
    List<String> all = new ArrayList<>();
    for (RdfFormat f : values()) {
      for (String e : f.extensions) {
        all.add("." + e);
      }
    }
    return List.copyOf(all);
  }

  /** Every media type {@link #fromContentType} accepts. */
  public static List<String> acceptedMediaTypes() {
    List<String> all = new ArrayList<>();
    for (RdfFormat f : values()) {
      all.add(f.mediaType);
      all.addAll(f.otherMediaTypes);
    }
    return List.copyOf(all);
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    if (i < 0) {
      return j;
    }
    return j < 0 ? i : Math.min(i, j);
  }
}
