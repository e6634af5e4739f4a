package org.debatescore.importers.support;

import java.io.IOException;
import java.io.InputStream;

/**
 * One file to import: a plain file or an entry of an archive. {@link #name()} is what reports show;
 * it is only a label (archive entry names are never used as paths on disk).
 */
public interface InputFile {

  /** {@code proposals.csv}, or {@code export.zip!proposals.csv} for an archive entry. */
  String name();

  /** The last segment of the name, e.g. {@code proposals.csv}. */
  default String fileName() {
    String n = name();
    int cut = Math.max(n.lastIndexOf('/'), Math.max(n.lastIndexOf('!'), n.lastIndexOf('\\')));
    return n.substring(cut + 1);
  }

  /** A new stream over the (decompressed) bytes, limited to the options' input size. */
  InputStream open() throws IOException;
}
