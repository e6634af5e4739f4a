package org.debatescore.importers.decidim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.debatescore.core.rdf.Iri;
import org.debatescore.importers.support.InputFile;

/**
 * The licences named in the {@code LICENSE.md} of a Decidim open-data ZIP. Decidim writes it from
 * its translations: a title, then one sentence naming the licence of the database and the licence
 * of its contents, each as {@code <name>: <link>} (ODbL and the Database Contents License on a
 * default install; organisations may change the texts). The links are read in order: the first is
 * the database's, the second the contents'.
 *
 * @param database the licence of the database (the export as a whole), or {@code null}
 * @param contents the licence of the individual contents (texts), or {@code null}
 * @param databaseName how the file names it, for the report, or {@code null}
 * @param contentsName how the file names it, for the report, or {@code null}
 */
record DecidimLicence(Iri database, Iri contents, String databaseName, String contentsName) {

  static final String FILE_NAME = "LICENSE.md";

  static final DecidimLicence NONE = new DecidimLicence(null, null, null, null);

  /** More than a licence file ever holds: a file larger than this is not one. */
  static final int MAX_BYTES = 64 * 1024;

  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"()\\[\\]]+");
  private static final Pattern MARKDOWN_NAME = Pattern.compile("\\[([^\\]\\n]{1,200})\\]\\($");
  // the words before "name: link" that are not part of the name
  private static final Pattern LEAD =
      Pattern.compile("(?is).*(?:[.;,\\n]|\\bunder\\b|\\bthe\\b|\\bla\\b|\\bel\\b)\\s*");

  static boolean isLicenceFile(InputFile f) {
    return f.fileName().equalsIgnoreCase(FILE_NAME);
  }

  /** Reads the licences of {@code file}; {@link #NONE} when it names no http(s) link. */
  static DecidimLicence read(InputFile file) {
    byte[] bytes;
    try (InputStream in = file.open()) {
      bytes = in.readNBytes(MAX_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parse(new String(bytes, StandardCharsets.UTF_8));
  }

  static DecidimLicence parse(String text) {
    List<Iri> links = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Matcher m = URL.matcher(text);
    while (m.find() && links.size() < 2) {
      // trailing sentence punctuation is not part of the link
      Iri iri = DecidimImporter.url(m.group().replaceAll("[.,;:!?]+$", ""));
      if (iri != null) {
        links.add(iri);
        names.add(name(text.substring(Math.max(0, m.start() - 200), m.start())));
      }
    }
    if (links.isEmpty()) {
      return NONE;
    }
    return new DecidimLicence(
        links.get(0),
        links.size() > 1 ? links.get(1) : null,
        names.get(0),
        links.size() > 1 ? names.get(1) : null);
  }

  /** The licence name just before its link: {@code [name](} or {@code ... the name: }. */
  private static String name(String before) {
    Matcher md = MARKDOWN_NAME.matcher(before);
    if (md.find()) {
      return md.group(1).strip();
    }
    String b = before.stripTrailing();
    if (!b.endsWith(":")) {
      return null;
    }
    String n = LEAD.matcher(b.substring(0, b.length() - 1)).replaceFirst("").strip();
    return n.isEmpty() || n.length() > 100 ? null : n;
  }

  /** For the report: {@code Open Database License <https://...>}. */
  static String describe(Iri licence, String name) {
    return (name != null ? name + " " : "") + "<" + licence.value() + ">";
  }
}
