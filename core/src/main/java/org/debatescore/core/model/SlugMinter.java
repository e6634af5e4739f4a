package org.debatescore.core.model;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.debatescore.core.rdf.Iri;

/**
 * Mints readable IRIs from the class and label: {@code
 * <base>proposal/reduire-la-vitesse-a-30-km-h}. Accents are folded, other characters become
 * hyphens, slugs are cut at 60 characters; a slug already minted gets {@code -2}, {@code -3}... An
 * entity without label gets a number ({@code vote/1}). The same sequence of calls gives the same
 * ids, so repeated imports are stable. Thread-safe.
 */
public final class SlugMinter implements IdMinter {

  private static final int MAX_SLUG = 60;

  /** Latin letters that have no decomposition into a base letter and marks. */
  private static final Map<Character, String> FOLDS =
      Map.of(
          'ß', "ss", 'æ', "ae", 'œ', "oe", 'ø', "o", 'đ', "d", 'ł', "l", 'þ', "th", 'ð', "d", 'ı',
          "i");

  private final String base;
  private final Set<String> used = new HashSet<>();
  private final Map<String, Integer> unlabelled = new HashMap<>();

  /**
   * Mints under {@code baseIri} (a {@code /} is added unless it ends with {@code /} or {@code #}).
   */
  public SlugMinter(String baseIri) {
    this.base = IdMinter.normaliseBase(baseIri);
  }

  @Override
  public synchronized Iri mint(String type, String label) {
    String segment = IdMinter.typeSegment(type);
    String slug = label == null ? "" : slug(label);
    String path;
    if (slug.isEmpty()) {
      int n = unlabelled.merge(segment, 1, Integer::sum);
      path = segment + "/" + n;
      while (!used.add(path)) {
        n = unlabelled.merge(segment, 1, Integer::sum);
        path = segment + "/" + n;
      }
    } else {
      path = segment + "/" + slug;
      int n = 1;
      while (!used.add(path)) {
        path = segment + "/" + slug + "-" + (++n);
      }
    }
    return Iri.of(base + path);
  }

  /** The slug of a label: lower-case ASCII letters and digits separated by single hyphens. */
  public static String slug(String label) {
    String folded = Normalizer.normalize(label, Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(Math.min(folded.length(), MAX_SLUG + 16));
    boolean hyphen = false;
    for (int i = 0; i < folded.length() && b.length() < MAX_SLUG; i++) {
      char c = Character.toLowerCase(folded.charAt(i));
      String letters = FOLDS.get(c);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || letters != null) {
        if (hyphen && b.length() > 0) {
          b.append('-');
        }
        hyphen = false;
        if (letters != null) {
          b.append(letters);
        } else {
          b.append(c);
        }
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        hyphen = true;
      }
    }
    String s = b.toString();
    if (s.length() >= MAX_SLUG) {
      int cut = s.lastIndexOf('-', MAX_SLUG);
      s = cut > MAX_SLUG / 2 ? s.substring(0, cut) : s.substring(0, Math.min(s.length(), MAX_SLUG));
    }
    return s.toLowerCase(Locale.ROOT);
  }
}
