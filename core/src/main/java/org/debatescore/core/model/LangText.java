package org.debatescore.core.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A text in one or more languages, as titles and bodies are in a multilingual debate: an immutable
 * map from language tag to text, ordered by tag. A tag is kept exactly as given ({@code fr-CA}
 * stays {@code fr-CA}, and must be well-formed, see {@link #isValidTag}); {@link #get} falls back
 * to a case-insensitive match. One text per tag: a second text in the same language is not a field
 * value (readers keep it in the entity's extensions).
 */
public final class LangText {

  /** No text in any language. */
  public static final LangText EMPTY = new LangText(new String[0], new String[0]);

  // Parallel arrays sorted by tag: most texts have one or two languages.
  private final String[] tags;
  private final String[] texts;

  private LangText(String[] tags, String[] texts) {
    this.tags = tags;
    this.texts = texts;
  }

  /** A text in one language. */
  public static LangText of(String language, String text) {
    return new LangText(new String[] {checkTag(language)}, new String[] {checkText(text)});
  }

  /** A text in two languages. */
  public static LangText of(String language1, String text1, String language2, String text2) {
    return of(language1, text1).with(language2, text2);
  }

  /** A copy of a map from tag to text. */
  public static LangText of(Map<String, String> texts) {
    LangText result = EMPTY;
    for (Map.Entry<String, String> e : texts.entrySet()) {
      result = result.with(e.getKey(), e.getValue());
    }
    return result;
  }

  /** {@code text}, or {@link #EMPTY} if it is {@code null}. */
  public static LangText orEmpty(LangText text) {
    return text == null ? EMPTY : text;
  }

  /** This text with {@code text} in {@code language}, replacing any text with that exact tag. */
  public LangText with(String language, String text) {
    checkTag(language);
    checkText(text);
    int i = Arrays.binarySearch(tags, language);
    if (i >= 0) {
      if (texts[i].equals(text)) {
        return this;
      }
      String[] newTexts = texts.clone();
      newTexts[i] = text;
      return new LangText(tags, newTexts);
    }
    int at = -i - 1;
    String[] newTags = new String[tags.length + 1];
    String[] newTexts = new String[tags.length + 1];
    System.arraycopy(tags, 0, newTags, 0, at);
    System.arraycopy(texts, 0, newTexts, 0, at);
    newTags[at] = language;
    newTexts[at] = text;
    System.arraycopy(tags, at, newTags, at + 1, tags.length - at);
    System.arraycopy(texts, at, newTexts, at + 1, tags.length - at);
    return new LangText(newTags, newTexts);
  }

  /** This text without the given exact tag. */
  public LangText without(String language) {
    int i = Arrays.binarySearch(tags, language);
    if (i < 0) {
      return this;
    }
    if (tags.length == 1) {
      return EMPTY;
    }
    String[] newTags = new String[tags.length - 1];
    String[] newTexts = new String[tags.length - 1];
    System.arraycopy(tags, 0, newTags, 0, i);
    System.arraycopy(texts, 0, newTexts, 0, i);
    System.arraycopy(tags, i + 1, newTags, i, tags.length - i - 1);
    System.arraycopy(texts, i + 1, newTexts, i, tags.length - i - 1);
    return new LangText(newTags, newTexts);
  }

  /** The text with exactly this tag, or {@code null}. */
  public String getExact(String language) {
    int i = Arrays.binarySearch(tags, language);
    return i >= 0 ? texts[i] : null;
  }

  /** Whether there is a text with exactly this tag. */
  public boolean has(String language) {
    return Arrays.binarySearch(tags, language) >= 0;
  }

  /**
   * The text in {@code language}: the exact tag, else a tag equal ignoring case; {@code null} if
   * none.
   */
  public String get(String language) {
    int i = Arrays.binarySearch(tags, language);
    if (i >= 0) {
      return texts[i];
    }
    String lower = language.toLowerCase(Locale.ROOT);
    for (int j = 0; j < tags.length; j++) {
      if (tags[j].toLowerCase(Locale.ROOT).equals(lower)) {
        return texts[j];
      }
    }
    return null;
  }

  /** The text in the first of {@code languages} present, else the first text; null if empty. */
  public String preferred(String... languages) {
    for (String language : languages) {
      String text = get(language);
      if (text != null) {
        return text;
      }
    }
    return first();
  }

  /** The text with the smallest tag, or {@code null} if empty. */
  public String first() {
    return texts.length == 0 ? null : texts[0];
  }

  public boolean isEmpty() {
    return tags.length == 0;
  }

  /** Number of languages. */
  public int size() {
    return tags.length;
  }

  /** The tag at {@code index}, in tag order. */
  public String language(int index) {
    return tags[index];
  }

  /** The text at {@code index}, in tag order. */
  public String text(int index) {
    return texts[index];
  }

  /** An unmodifiable view as a map ordered by tag. */
  public Map<String, String> asMap() {
    TreeMap<String, String> map = new TreeMap<>();
    for (int i = 0; i < tags.length; i++) {
      map.put(tags[i], texts[i]);
    }
    return Collections.unmodifiableSortedMap(map);
  }

  private static String checkTag(String language) {
    Objects.requireNonNull(language, "language");
    if (!isValidTag(language)) {
      throw new IllegalArgumentException("not a language tag: '" + language + "'");
    }
    return language;
  }

  /**
   * Whether {@code tag} has the syntax RDF requires of language tags: letters, then subtags of
   * letters and digits, separated by hyphens ({@code [a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*}).
   */
  public static boolean isValidTag(String tag) {
    int n = tag.length();
    int i = 0;
    int start = 0;
    while (i < n && isAsciiLetter(tag.charAt(i))) {
      i++;
    }
    if (i == 0 || i > 8) {
      return false;
    }
    while (i < n) {
      if (tag.charAt(i) != '-') {
        return false;
      }
      start = ++i;
      while (i < n && (isAsciiLetter(tag.charAt(i)) || isAsciiDigit(tag.charAt(i)))) {
        i++;
      }
      if (i == start || i - start > 8) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String checkText(String text) {
    return Objects.requireNonNull(text, "text");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LangText other
        && Arrays.equals(tags, other.tags)
        && Arrays.equals(texts, other.texts);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(tags) + Arrays.hashCode(texts);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < tags.length; i++) {
      if (i > 0) {
        b.append(", ");
      }
      b.append(tags[i]).append('=').append('"').append(texts[i]).append('"');
    }
    return b.append('}').toString();
  }
}
