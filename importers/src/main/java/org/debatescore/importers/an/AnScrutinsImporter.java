package org.debatescore.importers.an;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.importers.ImportOptions;
import org.debatescore.importers.ImportReport;
import org.debatescore.importers.ImportSession;
import org.debatescore.importers.Importer;
import org.debatescore.importers.support.InputFile;
import org.debatescore.importers.support.Inputs;

/**
 * Assemblée nationale « Scrutins » (data.assemblee-nationale.fr, Licence Ouverte v1.0): files
 * {@code VTANR5L17V<n>.json}, folders of them, or the official {@code Scrutins.json.zip} read in
 * place (8 434 entries for the XVIIe législature, within the default archive limit).
 *
 * <ul>
 *   <li>each scrutin is a {@code VoteEvent}: title {@code titre} (and {@code objet.libelle} as
 *       description when it differs), date {@code dateScrutin}, outcome from {@code sort.code}
 *       (adopté → adopted, rejeté → rejected: the vote event's own outcome, so no separate
 *       Decision), provenance its uid, its page on the AN site and the licence; the type
 *       (SPO/SPS/MOC), {@code sort.libelle}, {@code annonce}, the sitting, session and legislative
 *       dossier refs, {@code nombreVotants}... as statements of this importer's vocabulary;
 *   <li>its debate is the sitting ({@code seanceRef}), organised by the Assemblée;
 *   <li>tallies for the whole Assemblée ({@code syntheseVote.decompte}) and per political group
 *       ({@code decompteVoix}, the group an {@code Organisation} known by its PO id);
 *   <li>each listed voter of {@code decompteNominatif} is a {@code Vote}: the position is the name
 *       of the block ({@code pours}, {@code contres}, {@code abstentions}); a present deputy who
 *       did not vote ({@code nonVotants}) is kept with an option of this import, "non-votant",
 *       which is not a vote option of the code list, and with the cause ({@code causePositionVote}
 *       MG, PAN, PSE, decoded); {@code parDelegation} and the group are kept on the vote;
 *   <li>deputies are elected officials voting in public, yet they are pseudonymised by default like
 *       everyone else: the PA id, the mandate and the seat number appear only with {@code
 *       --keep-names} (then the PA id is the participant's IRI and identifier);
 *   <li>counts are checked: {@code nombreVotants = pour + contre + abstentions}, {@code
 *       suffragesExprimes = pour + contre}, groups add up to the whole, ballots listed match each
 *       count. A mismatch is reported; an overall count that differs from its ballots is kept as a
 *       statement instead of a tally (the shapes require tallies to equal the votes);
 *   <li>{@code miseAuPoint} (later corrections, any of its shapes) is kept as statements and never
 *       changes the outcome; {@code positionMajoritaire} is kept only for groups where someone
 *       voted; {@code nonVotantsVolontaires} is not a fifth position and is not read.
 * </ul>
 *
 * <p>Records: each scrutin and each ballot. Memory: one group at a time within a file, plus one id
 * per scrutin and per sitting across files.
 */
public final class AnScrutinsImporter implements Importer {

  @Override
  public String name() {
    return "an-scrutins";
  }

  @Override
  public String description() {
    return "Assemblée nationale « Scrutins » JSON (VTANR5L17V….json, folders, Scrutins.json.zip)";
  }

  @Override
  public ImportReport run(List<Path> inputs, ImportOptions options, RdfSink sink) {
    List<InputFile> files = Inputs.expand(inputs, options);
    try (ImportSession session = new ImportSession(name(), AnVocab.PLATFORM, options, sink)) {
      SharedEntities shared = new SharedEntities(session, new AnVocab(session));
      for (InputFile f : files) {
        session.source(f.name());
        if (!f.fileName().toLowerCase(Locale.ROOT).endsWith(".json")) {
          session.read(f.name());
          session.skipped(f.name(), -1, null, "not a .json file: not a scrutin");
          continue;
        }
        ScrutinReader.read(f, new ScrutinMapper(session, shared, f.name(), f.fileName()));
      }
      return session.finish();
    }
  }
}
