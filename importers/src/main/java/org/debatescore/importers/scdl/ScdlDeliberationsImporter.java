package org.debatescore.importers.scdl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.debatescore.core.model.Debate;
import org.debatescore.core.model.Decision;
import org.debatescore.core.model.Extensions;
import org.debatescore.core.model.PublicBody;
import org.debatescore.core.model.Tally;
import org.debatescore.core.model.TemporalValue;
import org.debatescore.core.model.VoteEvent;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.importers.ImportOptions;
import org.debatescore.importers.ImportReport;
import org.debatescore.importers.ImportSession;
import org.debatescore.importers.Importer;
import org.debatescore.importers.support.CsvTable;
import org.debatescore.importers.support.InputFile;
import org.debatescore.importers.support.Inputs;
import org.debatescore.importers.support.TextEncoding;
import org.debatescore.importers.support.Texts;
import org.debatescore.vocab.Codes;
import org.debatescore.vocab.Terms;

/**
 * Imports SCDL « Délibérations » CSV files (OpenDataFrance schema 2.1): the decisions of local
 * authorities with their council votes.
 *
 * <ul>
 *   <li>The authority ({@code COLL_NOM}, {@code COLL_SIRET}) is a public body, {@code
 *       <base>scdl/body/<SIRET>}; its deliberations form one debate, {@code
 *       <base>scdl/deliberations/<SIRET>} (process kind council-deliberation), which the body
 *       organises.
 *   <li>Each row is a decision {@code <base>scdl/decision/<SIRET>%2F<DELIB_ID>} (the two joined by
 *       {@code /}, percent-encoded as one segment), decided by the body, dated {@code DELIB_DATE},
 *       titled {@code DELIB_OBJET} (in French), outcome adopted (a published deliberation is one
 *       the council adopted), legal act {@code DELIB_URL}; subject, budget and prefecture columns
 *       are kept as statements in {@code <base>scdl/vocab#}.
 *   <li>The vote counts are a vote event on the decision, {@code <base>scdl/vote/...}, with tallies
 *       for, against and abstain; {@code VOTE_EFFECTIF} and {@code VOTE_REEL} are kept on it. The
 *       decision is based on that vote.
 *   <li>The schema's rules ({@link ScdlChecks}) are checked on every row: a row that breaks one is
 *       still imported and is flagged with the rule's French and English messages; {@link #check}
 *       gives them as a validation report without importing. A row without SIRET, DELIB_ID or
 *       DELIB_OBJET, or whose date cannot be read, cannot be a decision and is skipped.
 *   <li>What producers really write is read: {@code ,} or {@code ;}, UTF-8 or windows-1252, a BOM,
 *       every value quoted with unescaped inner quotes ({@link LenientCsv}), columns in the 2.0
 *       order or with extra ones (kept as statements, reported once).
 * </ul>
 */
public final class ScdlDeliberationsImporter implements Importer {

  private static final String PLATFORM = "scdl";

  @Override
  public String name() {
    return "scdl-deliberations";
  }

  @Override
  public String description() {
    return "SCDL « Délibérations » CSV (decisions of French local authorities and their votes)";
  }

  @Override
  public ImportReport run(List<Path> inputs, ImportOptions options, RdfSink sink) {
    List<InputFile> files = Inputs.expand(inputs, options);
    try (ImportSession session = new ImportSession(name(), PLATFORM, options, sink)) {
      Run run = new Run(session);
      for (InputFile f : files) {
        run.file(f, null);
      }
      return session.finish();
    }
  }

  /**
   * The schema's findings for {@code inputs} as a validation report, without importing: focus nodes
   * are the decision IRIs the import would mint (the file itself for header findings).
   */
  public static ValidationReport check(List<Path> inputs, ImportOptions options) {
    List<InputFile> files = Inputs.expand(inputs, options);
    ValidationReport.Builder report = ValidationReport.builder().engine("scdl-deliberations-2.1");
    List<String> names = new ArrayList<>();
    try (ImportSession session =
        new ImportSession(
            "scdl-deliberations",
            PLATFORM,
            options,
            new RdfSink() {
              @Override
              public void triple(org.debatescore.core.rdf.Triple triple) {}
            })) {
      Run run = new Run(session);
      for (InputFile f : files) {
        names.add(f.name());
        run.file(f, report);
      }
    }
    return report.inputs(names).build();
  }

  /** One import: the bodies and debates already written. */
  private static final class Run {
    private final ImportSession s;
    private final Set<String> bodies = new HashSet<>();

    Run(ImportSession s) {
      this.s = s;
    }

    void file(InputFile file, ValidationReport.Builder checks) {
      String source = file.name();
      s.source(source);
      Charset charset = TextEncoding.detect(file, Charset.forName("windows-1252"));
      char delimiter = CsvTable.sniffDelimiter(file, charset, ',', ';');
      CharsetDecoder decoder =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE);
      try (Reader in = new InputStreamReader(Inputs.open(file), decoder);
          LenientCsv csv = new LenientCsv(new BufferedReader(in, 1 << 16), delimiter)) {
        LenientCsv.Row header = csv.next();
        if (header == null) {
          s.note(source, 0, null, "empty file: no header line");
          return;
        }
        List<String> headers = new ArrayList<>();
        for (String h : header.cells()) {
          String name = h.strip();
          if (headers.isEmpty() && name.startsWith("\uFEFF")) {
            name = name.substring(1);
          }
          headers.add(name.toUpperCase(Locale.ROOT));
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
          columns.putIfAbsent(headers.get(i), i + 1);
        }
        if (delimiter == ';') {
          s.note(source, 1, null, "read with ';' as separator (the schema asks for ',')");
        }
        for (ScdlFinding f : ScdlChecks.checkHeader(headers)) {
          s.note(source, 1, null, f.text());
          if (checks != null) {
            checks.result(
                f.toResult(
                    Iri.of(
                        file.name().startsWith("/")
                            ? "file://" + file.name()
                            : "urn:file:" + ImportSession.segment(file.name())),
                    source));
          }
        }
        for (LenientCsv.Row row; (row = csv.next()) != null; ) {
          row(source, headers, columns, row, checks);
        }
      } catch (IOException e) {
        throw Inputs.failure(file, e);
      }
    }

    private void row(
        String source,
        List<String> headers,
        Map<String, Integer> columns,
        LenientCsv.Row row,
        ValidationReport.Builder checks) {
      s.read(source);
      long line = row.line();
      Map<String, String> cells = new LinkedHashMap<>();
      for (int i = 0; i < row.cells().size() && i < headers.size(); i++) {
        String v = Texts.clean(row.cells().get(i));
        if (v != null) {
          v = v.strip();
        }
        if (v != null && !v.isEmpty()) {
          cells.putIfAbsent(headers.get(i), v);
        }
      }
      String siret = cells.get("COLL_SIRET");
      String delibId = cells.get("DELIB_ID");
      if (row.cells().size() > headers.size()) {
        s.note(
            source,
            line,
            delibId,
            (row.cells().size() - headers.size()) + " cell(s) beyond the header ignored");
      }
      if (row.repaired()) {
        s.note(source, line, delibId, "unescaped quotes inside a quoted value read as text");
      }
      List<ScdlFinding> findings = ScdlChecks.checkRow(cells, columns, line);
      Iri decisionId =
          siret != null && delibId != null ? s.iri("decision", siret + "/" + delibId) : null;
      if (checks != null) {
        for (ScdlFinding f : findings) {
          checks.result(
              f.toResult(decisionId != null ? decisionId : Iri.of("urn:scdl:row:" + line), source));
        }
      }
      String objet = cells.get("DELIB_OBJET");
      String dateText = cells.get("DELIB_DATE");
      LocalDate date = dateText == null ? null : ScdlChecks.parseDate(dateText);
      String missing =
          siret == null
              ? "COLL_SIRET"
              : delibId == null
                  ? "DELIB_ID"
                  : objet == null ? "DELIB_OBJET" : date == null ? "DELIB_DATE" : null;
      if (missing != null) {
        s.skipped(
            source,
            line,
            delibId,
            "not a usable deliberation: "
                + missing
                + (dateText != null && missing.equals("DELIB_DATE")
                    ? " '" + dateText + "' is not a date"
                    : " is empty"));
        return;
      }
      for (ScdlFinding f : findings) {
        s.flagged(source, line, delibId, f.text());
      }
      write(siret, delibId, decisionId, cells, date, line, headers);
      s.mapped(source);
    }

    private void write(
        String siret,
        String delibId,
        Iri decisionId,
        Map<String, String> c,
        LocalDate date,
        long line,
        List<String> headers) {
      Iri body = s.iri("body", siret);
      Iri debate = s.iri("deliberations", siret);
      String name = c.getOrDefault("COLL_NOM", siret);
      if (bodies.add(siret)) {
        s.write(
            PublicBody.builder().id(body).name(name).provenance(s.provenance(siret, null)).build());
        s.write(
            Debate.builder()
                .id(debate)
                .title("fr", "Délibérations — " + name)
                .title("en", "Deliberations — " + name)
                .processKind(Iri.of(Codes.ProcessKind.COUNCIL_DELIBERATION))
                .addOrganiser(body)
                .provenance(s.provenance(siret, null))
                .build());
      }
      String key = siret + "/" + delibId;
      Iri url = url(c.get("DELIB_URL"));
      Extensions.Builder ext = Extensions.builder();
      literal(ext, "matiereCode", c.get("DELIB_MATIERE_CODE"));
      literal(ext, "matiereNom", c.get("DELIB_MATIERE_NOM"));
      literal(ext, "budgetAnnee", c.get("BUDGET_ANNEE"));
      literal(ext, "budgetNom", c.get("BUDGET_NOM"));
      literal(ext, "prefId", c.get("PREF_ID"));
      String pref = c.get("PREF_DATE");
      LocalDate prefDate = pref == null ? null : ScdlChecks.parseDate(pref);
      if (prefDate != null) {
        ext.add(vocab("prefDate"), Literal.typed(prefDate.toString(), Terms.XSD.date));
      } else {
        literal(ext, "prefDate", pref);
      }
      for (String h : headers) {
        if (!ScdlChecks.COLUMNS.contains(h) && c.get(h) != null) {
          ext.add(vocab("column/" + ImportSession.segment(h)), Literal.string(c.get(h)));
        }
      }
      Decision.Builder d =
          Decision.builder()
              .id(decisionId)
              .debate(debate)
              .title("fr", c.get("DELIB_OBJET"))
              .date(TemporalValue.ofDate(date))
              .outcome(Iri.of(Codes.Outcome.ADOPTED))
              .addDecidedBy(body)
              .legalAct(url)
              .provenance(s.provenance(delibId, url))
              .extensions(ext.build());
      Long pour = ScdlChecks.parseInteger(c.get("VOTE_POUR"));
      Long contre = ScdlChecks.parseInteger(c.get("VOTE_CONTRE"));
      Long abst = ScdlChecks.parseInteger(c.get("VOTE_ABSTENTION"));
      if (pour != null || contre != null || abst != null) {
        Iri vote = s.iri("vote", key);
        VoteEvent.Builder ev =
            VoteEvent.builder()
                .id(vote)
                .debate(debate)
                .voteOn(decisionId)
                .title("fr", "Vote : " + c.get("DELIB_OBJET"))
                .startDate(TemporalValue.ofDate(date))
                .outcome(Iri.of(Codes.Outcome.ADOPTED))
                .provenance(s.provenance(delibId, null));
        Extensions.Builder vext = Extensions.builder();
        integer(vext, "voteEffectif", c.get("VOTE_EFFECTIF"));
        integer(vext, "voteReel", c.get("VOTE_REEL"));
        ev.extensions(vext.build());
        tally(ev, key, "for", Codes.VoteOption.FOR, pour);
        tally(ev, key, "against", Codes.VoteOption.AGAINST, contre);
        tally(ev, key, "abstain", Codes.VoteOption.ABSTAIN, abst);
        s.write(ev.build());
        d.addBasedOnVote(vote);
      }
      s.write(d.build());
    }

    private void tally(VoteEvent.Builder ev, String key, String local, String option, Long n) {
      if (n == null || n < 0) {
        return;
      }
      Iri id = s.iri("tally", key + "/" + local);
      ev.addTally(id).addAvailableOption(Iri.of(option));
      s.write(Tally.builder().id(id).option(Iri.of(option)).count(n).build());
    }

    private void literal(Extensions.Builder ext, String local, String value) {
      if (value != null) {
        ext.add(vocab(local), Literal.string(value));
      }
    }

    private void integer(Extensions.Builder ext, String local, String value) {
      Long n = ScdlChecks.parseInteger(value);
      if (n != null) {
        ext.add(vocab(local), Literal.typed(Long.toString(n), Terms.XSD.NS + "integer"));
      } else {
        literal(ext, local, value);
      }
    }

    private Iri vocab(String local) {
      return Iri.of(s.options().baseIri() + PLATFORM + "/vocab#" + local);
    }

    private static Iri url(String s) {
      return s != null && ScdlChecks.isWebUrl(s) ? Iri.of(s.replace(" ", "%20")) : null;
    }
  }
}
