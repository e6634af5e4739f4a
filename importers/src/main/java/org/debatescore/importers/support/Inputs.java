package org.debatescore.importers.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.debatescore.core.LimitExceededException;
import org.debatescore.core.SourceLocation;
import org.debatescore.importers.ImportException;
import org.debatescore.importers.ImportOptions;

/**
 * Expands the paths given to an importer into the files to read: a folder gives its files (not
 * recursively, sorted by name), a {@code .zip} its entries, a {@code .gz} its content. Every stream
 * is limited to {@link ImportOptions#maxInputBytes()} bytes after decompression, and an archive to
 * {@link ImportOptions#maxArchiveEntries()} entries, against decompression bombs. Nothing is
 * extracted to disk.
 */
public final class Inputs {

  private Inputs() {}

  /** The files behind {@code paths}. */
  public static List<InputFile> expand(List<Path> paths, ImportOptions options) {
    List<InputFile> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> list = Files.list(path)) {
          list.filter(Files::isRegularFile).sorted().forEach(p -> addFile(files, p, options));
        } catch (IOException e) {
          throw new ImportException(path + ": cannot list the folder: " + e.getMessage(), e);
        }
      } else if (Files.isRegularFile(path)) {
        addFile(files, path, options);
      } else {
        throw new ImportException(path + ": no such file or folder");
      }
    }
    return files;
  }

  private static void addFile(List<InputFile> files, Path path, ImportOptions options) {
    String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".zip")) {
      files.addAll(zipEntries(path, options));
    } else {
      files.add(plain(path, options));
    }
  }

  /** A plain (or gzipped) file. */
  public static InputFile plain(Path path, ImportOptions options) {
    String name = path.toString();
    boolean gz = name.toLowerCase(Locale.ROOT).endsWith(".gz");
    String label = gz ? name.substring(0, name.length() - 3) : name;
    return new InputFile() {
      @Override
      public String name() {
        return label;
      }

      @Override
      public InputStream open() throws IOException {
        InputStream in = Files.newInputStream(path);
        if (gz) {
          in = new GZIPInputStream(in, 1 << 16);
        }
        return new LimitedInputStream(in, options.maxInputBytes(), name);
      }
    };
  }

  private static List<InputFile> zipEntries(Path zip, ImportOptions options) {
    List<InputFile> entries = new ArrayList<>();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      Enumeration<? extends ZipEntry> e = z.entries();
      int count = 0;
      while (e.hasMoreElements()) {
        ZipEntry entry = e.nextElement();
        if (++count > options.maxArchiveEntries()) {
          throw new LimitExceededException(
              SourceLocation.unknown(zip.toString()),
              "the archive has more than "
                  + options.maxArchiveEntries()
                  + " entries (the limit; raise it if the archive is genuine)");
        }
        if (entry.isDirectory()) {
          continue;
        }
        String entryName = entry.getName();
        String label = zip + "!" + entryName;
        entries.add(
            new InputFile() {
              @Override
              public String name() {
                return label;
              }

              @Override
              public InputStream open() throws IOException {
                ZipFile opened = new ZipFile(zip.toFile());
                ZipEntry again = opened.getEntry(entryName);
                InputStream in = opened.getInputStream(again);
                return new LimitedInputStream(in, options.maxInputBytes(), label) {
                  @Override
                  public void close() throws IOException {
                    try {
                      super.close();
                    } finally {
                      opened.close();
                    }
                  }
                };
              }
            });
      }
    } catch (IOException ex) {
      throw new ImportException(zip + ": not a readable zip archive: " + ex.getMessage(), ex);
    }
    return entries;
  }

  /** Opens {@code file}, turning an I/O failure into an {@link ImportException}. */
  public static InputStream open(InputFile file) {
    try {
      return file.open();
    } catch (IOException e) {
      throw new ImportException(file.name() + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Rethrows an I/O failure while reading {@code file} as an {@link ImportException}. */
  public static ImportException failure(InputFile file, IOException e) {
    return new ImportException(file.name() + ": cannot read: " + e.getMessage(), e);
  }
}
