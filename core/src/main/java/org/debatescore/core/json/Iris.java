package org.debatescore.core.json;

/** IRI syntax helpers: absoluteness and RFC 3986 reference resolution, on strings. */
final class Iris {

  private Iris() {}

  /** Whether {@code s} starts with a scheme ({@code [A-Za-z][A-Za-z0-9+.-]*:}). */
  static boolean isAbsolute(String s) {
    int n = s.length();
    if (n == 0 || !isAlpha(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      if (c == ':') {
        return true;
      }
      if (!isAlpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
        return false;
      }
    }
    return false;
  }

  private static boolean isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Resolves {@code ref} against {@code base} (RFC 3986 section 5.2); base null gives ref. */
  static String resolve(String base, String ref) {
    if (base == null || isAbsolute(ref)) {
      return ref;
    }
    // Split the base.
    int colon = base.indexOf(':');
    String scheme = base.substring(0, colon);
    String rest = base.substring(colon + 1);
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      rest = rest.substring(0, hash);
    }
    String authority = null;
    if (rest.startsWith("//")) {
      int end = indexOfAny(rest, "/?", 2);
      authority = rest.substring(2, end);
      rest = rest.substring(end);
    }
    int q = rest.indexOf('?');
    String basePath = q >= 0 ? rest.substring(0, q) : rest;
    String baseQuery = q >= 0 ? rest.substring(q + 1) : null;

    // Split the reference.
    String fragment = null;
    int rh = ref.indexOf('#');
    if (rh >= 0) {
      fragment = ref.substring(rh + 1);
      ref = ref.substring(0, rh);
    }
    String query = null;
    int rq = ref.indexOf('?');
    if (rq >= 0) {
      query = ref.substring(rq + 1);
      ref = ref.substring(0, rq);
    }
    String path;
    if (ref.startsWith("//")) {
      int end = indexOfAny(ref, "/", 2);
      authority = ref.substring(2, end);
      path = removeDotSegments(ref.substring(end));
    } else if (ref.isEmpty()) {
      path = basePath;
      if (query == null) {
        query = baseQuery;
      }
    } else if (ref.startsWith("/")) {
      path = removeDotSegments(ref);
    } else {
      String merged;
      if (authority != null && basePath.isEmpty()) {
        merged = "/" + ref;
      } else {
        int slash = basePath.lastIndexOf('/');
        merged = (slash >= 0 ? basePath.substring(0, slash + 1) : "") + ref;
      }
      path = removeDotSegments(merged);
    }
    StringBuilder b = new StringBuilder(scheme).append(':');
    if (authority != null) {
      b.append("//").append(authority);
    }
    b.append(path);
    if (query != null) {
      b.append('?').append(query);
    }
    if (fragment != null) {
      b.append('#').append(fragment);
    }
    return b.toString();
  }

  private static int indexOfAny(String s, String chars, int from) {
    for (int i = from; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }

  static String removeDotSegments(String path) {
    if (path.indexOf('.') < 0) {
      return path;
    }
    StringBuilder out = new StringBuilder();
    String in = path;
    while (!in.isEmpty()) {
      if (in.startsWith("../")) {
        in = in.substring(3);
      } else if (in.startsWith("./")) {
        in = in.substring(2);
      } else if (in.startsWith("/./")) {
        in = in.substring(2);
      } else if (in.equals("/.")) {
        in = "/";
      } else if (in.startsWith("/../")) {
        in = in.substring(3);
        removeLast(out);
      } else if (in.equals("/..")) {
        in = "/";
        removeLast(out);
      } else if (in.equals(".") || in.equals("..")) {
        in = "";
      } else {
        int start = in.startsWith("/") ? 1 : 0;
        int next = in.indexOf('/', start);
        if (next < 0) {
          next = in.length();
        }
        out.append(in, 0, next);
        in = in.substring(next);
      }
    }
    return out.toString();
  }

  private static void removeLast(StringBuilder out) {
    int slash = out.lastIndexOf("/");
    out.setLength(Math.max(slash, 0));
  }
}
