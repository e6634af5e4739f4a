package org.debatescore.vocab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Access to the bundled files and the canonical IRIs. */
class DebatescoreVocabularyTest {

  @ParameterizedTest
  @EnumSource(VocabularyFile.class)
  void everyBundledFileIsOnTheClassPathInTheVocabPackage(VocabularyFile file) throws IOException {
    URL url = DebatescoreVocabulary.url(file);
    assertTrue(url.toString().endsWith(file.resourcePath()), url.toString());
    try (InputStream in = file.open()) {
      assertTrue(in.readAllBytes().length > 0, file.fileName() + " is empty");
    }
  }

  @Test
  void namedAccessorsOpenTheMatchingFile() throws IOException {
    Map<VocabularyFile, Supplier<InputStream>> accessors =
        Map.of(
            VocabularyFile.ONTOLOGY, DebatescoreVocabulary::ontology,
            VocabularyFile.CODE_LISTS, DebatescoreVocabulary::codeLists,
            VocabularyFile.ALIGNMENTS, DebatescoreVocabulary::alignments,
            VocabularyFile.SHAPES, DebatescoreVocabulary::shapes,
            VocabularyFile.CONTEXT, DebatescoreVocabulary::context,
            VocabularyFile.DOCUMENTATION_HTML, DebatescoreVocabulary::documentationHtml);
    assertEquals(VocabularyFile.values().length, accessors.size());
    for (Map.Entry<VocabularyFile, Supplier<InputStream>> e : accessors.entrySet()) {
      try (InputStream viaAccessor = e.getValue().get();
          InputStream viaEnum = e.getKey().open()) {
        assertArrayEquals(viaEnum.readAllBytes(), viaAccessor.readAllBytes(), e.getKey().name());
      }
    }
  }

  @Test
  void missingResourceRaisesAnIllegalStateExceptionThatNamesIt() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> VocabularyFile.locate("no-such-file.ttl", false));
    assertTrue(e.getMessage().contains("org/debatescore/vocab/no-such-file.ttl"), e.getMessage());
  }

  @Test
  void canonicalIrisHangOffTheOntologyIri() {
    assertEquals("https://w3id.org/debatescore/ns", DebatescoreVocabulary.ONTOLOGY_IRI);
    assertEquals("https://w3id.org/debatescore/ns/0.1.0", DebatescoreVocabulary.VERSION_IRI);
    assertEquals(
        "https://w3id.org/debatescore/ns/context.jsonld", DebatescoreVocabulary.CONTEXT_IRI);
    assertEquals("https://w3id.org/debatescore/shapes#", DebatescoreVocabulary.SHAPES_NS);
    assertEquals(DBS.NS, DebatescoreVocabulary.NS);
  }

  @Test
  void shippedClassesReferenceNoLibraryOutsideTheJdk() throws IOException, URISyntaxException {
    // The vocab jar promises zero runtime dependencies: no class may name a library package.
    Path dir = Path.of(DBS.class.getResource("DBS.class").toURI()).getParent();
    List<String> forbidden =
        List.of("org/apache/", "com/apicatalog/", "jakarta/", "org/slf4j/", "com/google/");
    try (Stream<Path> classes = Files.list(dir)) {
      for (Path c : classes.filter(p -> p.toString().endsWith(".class")).toList()) {
        String bytes = new String(Files.readAllBytes(c), StandardCharsets.ISO_8859_1);
        for (String f : forbidden) {
          assertTrue(!bytes.contains(f), c.getFileName() + " refers to " + f);
        }
      }
    }
  }
}
