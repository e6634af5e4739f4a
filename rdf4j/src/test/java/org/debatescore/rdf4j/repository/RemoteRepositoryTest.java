package org.debatescore.rdf4j.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.LangText;
import org.debatescore.core.model.Proposal;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.validation.Severity;
import org.debatescore.rdf4j.DebatescoreRdf4j;
import org.debatescore.rdf4j.TestPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DebateRepository#remote} against a real RDF4J Server, started in its own JVM (the server
 * web archive under Jetty, copied by the build into {@code target/rdf4j-server}), with a repository
 * configured as the documentation asks: a ShaclSail over a memory store.
 */
class RemoteRepositoryTest {

  private static final String BASE = "https://participer.belcourt-en-vallee.example/";
  private static final Iri DEBATE = Iri.of(BASE + "processes/place-du-marche");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  // One server repository for the tests: the first open of a repository sets its prefixes, one
  // request each, and this client often waits 3 s on one for this server's reply to
  // "Expect: 100-continue".
  private static final String REPOSITORY = "debates";

  // A ShaclSail over a memory store, in the configuration vocabulary the 4.x server reads.
  private static final String SHACL_REPOSITORY =
      """
      @prefix rep: <http://www.openrdf.org/config/repository#> .
      @prefix sr: <http://www.openrdf.org/config/repository/sail#> .
      @prefix sail: <http://www.openrdf.org/config/sail#> .
      [] a rep:Repository ;
         rep:repositoryID "%s" ;
         rep:repositoryImpl [
           rep:repositoryType "openrdf:SailRepository" ;
           sr:sailImpl [
             sail:sailType "rdf4j:ShaclSail" ;
             sail:delegate [ sail:sailType "openrdf:MemoryStore" ]
           ]
         ] .
      """;

  @TempDir static Path appData;

  private static Process server;
  private static String serverUrl;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void startServer() throws Exception {
    Path dir = Path.of(System.getProperty("debatescore.rdf4jServer.dir", "target/rdf4j-server"));
    Path war = dir.resolve("rdf4j-http-server.war");
    Path jetty = dir.resolve("jetty-runner.jar");
    assertTrue(Files.isRegularFile(war) && Files.isRegularFile(jetty), "server not copied: " + dir);
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    server =
        new ProcessBuilder(
                java,
                "-Xmx512m",
                "-Dorg.eclipse.rdf4j.appdata.basedir=" + appData,
                "-jar",
                jetty.toString(),
                "--host",
                "127.0.0.1",
                "--port",
                Integer.toString(port),
                "--path",
                "/rdf4j-server",
                war.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("server.log").toFile())
            .start();
    serverUrl = "http://127.0.0.1:" + port + "/rdf4j-server";
    awaitProtocol();
    createRepository(REPOSITORY);
  }

  @AfterAll
  static void stopServer() throws InterruptedException {
    if (server != null) {
      server.destroy();
      if (!server.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  private static void awaitProtocol() throws InterruptedException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      assertTrue(server.isAlive(), "the RDF4J server stopped; see target/rdf4j-server/server.log");
      try {
        HttpResponse<String> r =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(serverUrl + "/protocol")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // the server is still starting
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the RDF4J server did not start in " + START_TIMEOUT);
  }

  /** Creates a SHACL repository on the server, as an administrator would. */
  private static void createRepository(String id) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(serverUrl + "/repositories/" + id))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(SHACL_REPOSITORY.formatted(id)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(r.statusCode() / 100 == 2, r.statusCode() + " " + r.body());
  }

  @Test
  void aServerRepositoryGetsTheShapesStoresADebateAnswersTheQueriesAndRefusesAnInvalidCommit() {
    DebateData municipal =
        DebatescoreRdf4j.readData(TestPaths.examples().resolve("municipal-debate.ttl"));
    try (DebateRepository repo = DebateRepository.remote(serverUrl, REPOSITORY)) {
      assertTrue(repo.check().conforms(), "empty at first");
      repo.add(municipal);
      assertEquals(municipal.entities().size(), repo.export().entities().size());
      assertFalse(repo.debateWithProposals(DEBATE).orElseThrow().proposals().isEmpty());
      assertTrue(repo.check().conformsAt(Severity.VIOLATION));
    }
    try (DebateRepository repo = DebateRepository.remote(serverUrl, REPOSITORY)) {
      assertEquals(municipal.entities().size(), repo.export().entities().size(), "kept");
      long before = repo.size();
      Proposal untitled =
          Proposal.builder()
              .id(Iri.of("https://example.org/proposals/untitled"))
              .debate(DEBATE)
              .status(Iri.of("https://w3id.org/debatescore/code/proposal-status/submitted"))
              .buildUnchecked(); // no title: a MUST
      ShapeViolationException e =
          assertThrows(ShapeViolationException.class, () -> repo.add(untitled));
      assertTrue(
          e.report().results(Severity.VIOLATION).stream()
              .anyMatch(
                  r ->
                      r.focusNode().equals(untitled.id())
                          && "http://purl.org/dc/terms/title".equals(r.path())),
          e.getMessage());
      assertTrue(e.getMessage().startsWith("The change was refused"), e.getMessage());
      assertEquals(before, repo.size(), "nothing of the refused commit is stored");

      // The same proposal with its title is accepted.
      repo.add(untitled.toBuilder().title(LangText.of("en", "Plant trees")).build());
      assertEquals(List.of(), repo.check().results(Severity.VIOLATION));
    }
  }

  @Test
  void aBulkLoadTheServerRefusesIsRefusedWhole() {
    try (DebateRepository repo = DebateRepository.remote(serverUrl, REPOSITORY)) {
      long before = repo.size();
      Path negative = TestPaths.negativeDir().resolve("02-proposal-without-title.ttl");
      assertThrows(ShapeViolationException.class, () -> repo.load(negative));
      assertEquals(before, repo.size());
    }
  }
}
