package org.debatescore.importers.support;

import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the text of an export into clean plain text: HTML to text (block elements and {@code br} as
 * line breaks, entities decoded, scripts and styles dropped as markup, never run), control
 * characters removed, line ends normalised, trimmed. Hostile content stays data: a {@code <script>}
 * tag in a comment becomes nothing but its text.
 */
public final class Texts {

  private Texts() {}

  /** Plain text with control characters removed; {@code null} stays {@code null}. */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          continue;
        }
        b.append('\n');
      } else if (c == '\n' || c == '\t') {
        b.append(c);
      } else if (Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF') {
        continue;
      } else if (Character.isSurrogate(c)) {
        boolean pair =
            Character.isHighSurrogate(c)
                && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
        if (pair) {
          b.append(c).append(text.charAt(++i));
        }
      } else {
        b.append(c);
      }
    }
    return b.toString().strip();
  }

  private static final java.util.regex.Pattern ENTITY =
      java.util.regex.Pattern.compile("&[#a-zA-Z0-9]+;");

  /**
   * Whether {@code text} looks like HTML markup: a tag ({@code <} then a letter, {@code /} or
   * {@code !}, closed by a later {@code >}) or an entity. One pass over the text: a regular
   * expression for the tag backtracks quadratically on hostile input full of {@code <a}.
   */
  public static boolean looksLikeHtml(String text) {
    if (text == null) {
      return false;
    }
    int n = text.length();
    for (int i = 0; i + 1 < n; i++) {
      char next = text.charAt(i + 1);
      if (text.charAt(i) == '<'
          && (Character.isLetter(next) && next < 0x80 || next == '/' || next == '!')) {
        // if the first tag opening has no '>' after it, no later one has
        if (text.indexOf('>', i + 2) >= 0) {
          return true;
        }
        break;
      }
    }
    return text.indexOf('&') >= 0 && ENTITY.matcher(text).find();
  }

  /** The text content of an HTML fragment, with paragraphs and line breaks kept as new lines. */
  public static String fromHtml(String html) {
    if (html == null) {
      return null;
    }
    if (!looksLikeHtml(html)) {
      return clean(html);
    }
    Element body = Jsoup.parseBodyFragment(html).body();
    StringBuilder b = new StringBuilder();
    body.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof DataNode d) {
              b.append(d.getWholeData()); // script or style content: kept as inert text
            } else if (node instanceof TextNode t) {
              Node parent = t.parent();
              if (parent instanceof Element e
                  && (e.normalName().equals("script") || e.normalName().equals("style"))) {
                b.append(t.getWholeText());
              } else {
                b.append(t.text());
              }
            } else if (node instanceof Element e && e.normalName().equals("br")) {
              b.append('\n');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock() && b.length() > 0) {
              b.append('\n');
            }
          }
        });
    return clean(b.toString().replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\n{3,}", "\n\n"));
  }
}
