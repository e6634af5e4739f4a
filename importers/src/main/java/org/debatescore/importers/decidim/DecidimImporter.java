package org.debatescore.importers.decidim;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.debatescore.core.DebatescoreException;
import org.debatescore.core.LimitExceededException;
import org.debatescore.core.model.Amendment;
import org.debatescore.core.model.Argument;
import org.debatescore.core.model.Comment;
import org.debatescore.core.model.Debate;
import org.debatescore.core.model.Extensions;
import org.debatescore.core.model.FollowUpItem;
import org.debatescore.core.model.Issue;
import org.debatescore.core.model.LangText;
import org.debatescore.core.model.Meeting;
import org.debatescore.core.model.OfficialResponse;
import org.debatescore.core.model.Organisation;
import org.debatescore.core.model.Proposal;
import org.debatescore.core.model.Provenance;
import org.debatescore.core.model.TemporalValue;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.importers.ImportOptions;
import org.debatescore.importers.ImportReport;
import org.debatescore.importers.ImportSession;
import org.debatescore.importers.Importer;
import org.debatescore.importers.support.CsvRow;
import org.debatescore.importers.support.CsvTable;
import org.debatescore.importers.support.InputFile;
import org.debatescore.importers.support.Inputs;
import org.debatescore.importers.support.Texts;
import org.debatescore.vocab.Codes;
import org.debatescore.vocab.Terms;

/**
 * Imports a Decidim open-data export: the ZIP {@code <host>-open-data.zip}, a folder of its CSV
 * files, or single CSV files. Entity files are recognised by name ({@code
 * <host>-open-data-<entity>.csv} or {@code <entity>.csv}); every other file is reported as skipped.
 *
 * <p>Mapping: each participatory space (process, assembly...) becomes one {@code dbs:Debate};
 * proposals and budget projects become {@code dbs:Proposal} (a proposal's answer an {@code
 * dbs:OfficialResponse}); comments become {@code dbs:Comment}, or {@code dbs:Argument} supporting
 * or attacking the proposal or project they are about when their alignment is 1 or -1; meetings
 * become {@code dbs:Meeting}; Decidim debates {@code dbs:Issue}; accountability results {@code
 * dbs:FollowUpItem} implementing the proposals they list. Rows are streamed: links between files
 * are IRIs computed from ids, so nothing is held but the set of spaces and participants written.
 */
public final class DecidimImporter implements Importer {

  /** The platform name, in IRIs and provenance. */
  public static final String PLATFORM = "decidim";

  static final String NOT_MAPPED = "not a Decidim entity this importer maps";

  @Override
  public String name() {
    return "decidim";
  }

  @Override
  public String description() {
    return "Decidim open data export (<host>-open-data.zip, or its ';'-separated CSV files)";
  }

  @Override
  public ImportReport run(List<Path> inputs, ImportOptions options, RdfSink sink) {
    List<InputFile> files = Inputs.expand(inputs, options);
    try (ImportSession session = new ImportSession(name(), PLATFORM, options, sink)) {
      Set<Entity> present = EnumSet.noneOf(Entity.class);
      for (InputFile f : files) {
        Entity e = Entity.of(f.fileName());
        if (e != null) {
          present.add(e);
        }
      }
      Run run = new Run(session, present);
      for (InputFile f : files) {
        if (DecidimLicence.isLicenceFile(f)) {
          run.licence(f); // before any record, so that every debate carries it
        }
      }
      for (InputFile f : files) {
        Entity e = Entity.of(f.fileName());
        if (DecidimLicence.isLicenceFile(f)) {
          continue;
        } else if (e == null) {
          session.read(f.name());
          session.skipped(f.name(), 0, null, NOT_MAPPED);
        } else {
          run.file(f, e);
        }
      }
      return session.finish();
    }
  }

  // -----------------------------------------------------------------------------------------

  /** The entity files of an export. */
  enum Entity {
    PROPOSALS("proposals", Kind.PROPOSAL),
    PROPOSAL_COMMENTS("proposal_comments", null),
    DEBATES("debates", Kind.DEBATE),
    DEBATE_COMMENTS("debate_comments", null),
    MEETINGS("meetings", Kind.MEETING),
    MEETING_COMMENTS("meeting_comments", null),
    RESULTS("results", Kind.RESULT),
    RESULT_COMMENTS("result_comments", null),
    PROJECTS("projects", Kind.PROJECT),
    PROJECT_COMMENTS("project_comments", null);

    private static final Pattern NAME =
        Pattern.compile(
            "(?:.*-open-data-)?([a-z_]+)(?:\\.[\\w-]+)?\\.csv", Pattern.CASE_INSENSITIVE);

    final String fileName;
    final Kind resource;

    Entity(String fileName, Kind resource) {
      this.fileName = fileName;
      this.resource = resource;
    }

    boolean comments() {
      return resource == null;
    }

    static Entity of(String fileName) {
      Matcher m = NAME.matcher(fileName);
      if (!m.matches()) {
        return null;
      }
      String n = m.group(1).toLowerCase(Locale.ROOT);
      for (Entity e : values()) {
        if (e.fileName.equals(n)) {
          return e;
        }
      }
      return null;
    }
  }

  /** The kinds of commentable resources: IRI type, URL segment, Ruby class, RDF role. */
  enum Kind {
    PROPOSAL("proposal", "proposals", "Decidim::Proposals::Proposal", true, "proposals"),
    PROJECT("project", "projects", "Decidim::Budgets::Project", true, "projects"),
    MEETING("meeting", "meetings", "Decidim::Meetings::Meeting", false, "meetings"),
    DEBATE("debate", "debates", "Decidim::Debates::Debate", false, "debates"),
    RESULT("result", "results", "Decidim::Accountability::Result", false, "results"),
    COMMENT("comment", null, "Decidim::Comments::Comment", true, null);

    final String type;
    final String urlSegment;
    final String rubyClass;
    final boolean contribution;
    private final String fileName;

    Kind(String type, String urlSegment, String rubyClass, boolean contribution, String fileName) {
      this.type = type;
      this.urlSegment = urlSegment;
      this.rubyClass = rubyClass;
      this.contribution = contribution;
      this.fileName = fileName;
    }

    /** The entity file holding resources of this kind, or {@code null} (comments). */
    Entity file() {
      return fileName == null ? null : Entity.of(fileName + ".csv");
    }

    static Kind ofSegment(String segment) {
      for (Kind k : values()) {
        if (segment.equals(k.urlSegment)) {
          return k;
        }
      }
      return null;
    }

    static Kind ofRuby(String rubyClass) {
      for (Kind k : values()) {
        if (k.rubyClass.equals(rubyClass)) {
          return k;
        }
      }
      return null;
    }
  }

  /** A resource referred to by kind and id. */
  record Ref(Kind kind, String id) {}

  // -----------------------------------------------------------------------------------------

  private static final Pattern SPACE_URL =
      Pattern.compile(
          "^(https?://[^/?#]+)/(processes|assemblies|conferences|initiatives|participatory_processes)/([^/?#]+)");
  private static final Pattern RESOURCE_URL = Pattern.compile("/([a-z_]+)/(\\d+)/?(?:[?#].*)?$");
  private static final Pattern USER_GID =
      Pattern.compile("gid://[^/\\s]+/Decidim::(?:User|UserGroup|UserBaseEntity)/\\d+");
  private static final Pattern HASHTAG_GID =
      Pattern.compile("gid://[^/\\s]+/Decidim::Hashtag/\\d+/_?([\\p{L}\\p{N}_]+)");
  private static final Pattern OTHER_GID = Pattern.compile("gid://[^/\\s]+/Decidim::[\\w:]+/\\d+");
  private static final DateTimeFormatter RUBY_UTC =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'");
  private static final DateTimeFormatter RUBY_OFFSET =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xx");
  private static final DateTimeFormatter DB = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
  private static final Iri RELATION = Iri.of(Terms.DCT.NS + "relation");
  private static final Iri IS_PART_OF = Iri.of(Terms.DCT.NS + "isPartOf");

  /** Body text: HTML to text, Decidim global ids of people replaced, hashtags rendered. */
  static String text(String raw) {
    if (raw == null) {
      return "";
    }
    String t = raw;
    if (t.contains("gid://")) {
      t = USER_GID.matcher(t).replaceAll("@participant");
      t = HASHTAG_GID.matcher(t).replaceAll(m -> Matcher.quoteReplacement("#" + m.group(1)));
      t = OTHER_GID.matcher(t).replaceAll("");
    }
    String out = Texts.fromHtml(t);
    if ((out == null || out.isEmpty()) && t.contains("<!--")) {
      // only an HTML comment (seen in real exports: "<!--#EXEC cmd=...-->"): what the participant
      // typed is kept as literal text rather than dropped
      out = Texts.clean(t);
    }
    return out == null ? "" : out;
  }

  /**
   * The original markup of the {@code base/<locale>} cells that hold HTML, one language-tagged
   * {@code content:encoded} each, for a user who needs the formatting; people's global ids are
   * replaced and {@code redact} is applied as for the plain text. Never interpreted.
   */
  static Extensions markup(CsvRow row, String base, UnaryOperator<String> redact) {
    Extensions.Builder b = Extensions.builder();
    markup(row, base, redact, b);
    return b.build();
  }

  /** {@link #markup(CsvRow, String, UnaryOperator)}, added to {@code b}. */
  static void markup(CsvRow row, String base, UnaryOperator<String> redact, Extensions.Builder b) {
    LangText raw = row.localized(base, v -> v);
    for (int i = 0; i < raw.size(); i++) {
      String html = raw.text(i);
      if (Texts.looksLikeHtml(html)) {
        String t =
            html.contains("gid://") ? USER_GID.matcher(html).replaceAll("@participant") : html;
        t = OTHER_GID.matcher(t).replaceAll("");
        b.add(
            Iri.of(Terms.CONTENT.encoded),
            Literal.lang(redact.apply(Texts.clean(t)), raw.language(i)));
      }
    }
  }

  /** An http(s) URL as an IRI, or {@code null} when it is not a well-formed absolute URL. */
  static Iri url(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      URI u = new URI(value.strip());
      String scheme = u.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || u.getHost() == null) {
        return null;
      }
      return Iri.of(u.toASCIIString());
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** A Decidim timestamp: {@code 2017-10-16 07:18:14 UTC}, {@code 2019-05-02 18:00:00}, ISO. */
  static TemporalValue time(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    try {
      return TemporalValue.of(LocalDateTime.parse(v, RUBY_UTC).atOffset(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      // next form
    }
    try {
      return TemporalValue.of(OffsetDateTime.parse(v, RUBY_OFFSET));
    } catch (DateTimeParseException e) {
      // next form
    }
    try {
      return TemporalValue.of(LocalDateTime.parse(v, DB));
    } catch (DateTimeParseException e) {
      // next form
    }
    try {
      return TemporalValue.of(OffsetDateTime.parse(v));
    } catch (DateTimeParseException e) {
      // next form
    }
    try {
      return TemporalValue.of(LocalDateTime.parse(v));
    } catch (DateTimeParseException e) {
      // next form
    }
    try {
      return TemporalValue.ofDate(LocalDate.parse(v));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The resource a Decidim URL points to ({@code .../proposals/123}), or {@code null}. */
  static Ref resource(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = RESOURCE_URL.matcher(url.strip());
    if (!m.find()) {
      return null;
    }
    Kind k = Kind.ofSegment(m.group(1));
    return k == null ? null : new Ref(k, m.group(2));
  }

  // -----------------------------------------------------------------------------------------

  /** One import: the session, the spaces written, the entity files present. */
  private static final class Run {
    private final ImportSession s;
    private final Set<Entity> present;
    private final Set<String> spaces = new HashSet<>();
    private Iri fallbackSpace;
    // the language of texts that have no locale column (ImportOptions.language, else und)
    private final String lang;
    private final DecidimConcepts concepts;
    private final Set<String> groups = new HashSet<>();
    private DecidimLicence licence = DecidimLicence.NONE;
    // ids of the proposals of the file being read, when it holds amendments (see amendables)
    private Set<String> amendable = Set.of();

    Run(ImportSession s, Set<Entity> present) {
      this.s = s;
      this.lang = s.options().languageOr("und");
      this.concepts = new DecidimConcepts(s, lang);
      this.present = present;
    }

    /** Reads the export's LICENSE.md: the database licence on debates, the contents' on records. */
    void licence(InputFile f) {
      String source = f.name();
      s.read(source);
      DecidimLicence l = DecidimLicence.read(f);
      if (l.database() == null) {
        s.skipped(source, 0, null, "names no licence link (http or https URL)");
        return;
      }
      licence = l;
      s.mapped(source);
      s.note(
          source,
          0,
          null,
          "licence of the database "
              + DecidimLicence.describe(l.database(), l.databaseName())
              + " written on every debate"
              + (l.contents() == null
                  ? ""
                  : "; licence of the contents "
                      + DecidimLicence.describe(l.contents(), l.contentsName())
                      + " on every record"));
    }

    private Provenance spaceProvenance(String id, Iri page) {
      return s.provenance(id, page).toBuilder().license(licence.database()).build();
    }

    private Provenance provenance(String id, Iri page) {
      return s.provenance(id, page).toBuilder().license(licence.contents()).build();
    }

    void file(InputFile file, Entity entity) {
      String source = file.name();
      s.source(source);
      try (CsvTable table = CsvTable.open(file, ';', StandardCharsets.UTF_8)) {
        if (!table.has("id")) {
          s.read(source);
          s.skipped(
              source,
              1,
              null,
              table.error() != null
                  ? table.error() + "; the file was not read"
                  : "no 'id' column: not a Decidim " + entity.fileName + " export; not read");
          return;
        }
        FileContext ctx = new FileContext(source, table, entity);
        amendable =
            entity == Entity.PROPOSALS && table.has("is_amend") ? amendables(file) : Set.of();
        for (CsvRow row : table) {
          s.read(source);
          String id = row.get("id");
          if (id == null) {
            s.skipped(source, row.line(), null, "no id");
            continue;
          }
          try {
            if (row(ctx, row, id)) {
              s.mapped(source);
            }
          } catch (LimitExceededException e) {
            throw e;
          } catch (DebatescoreException | IllegalArgumentException e) {
            s.skipped(source, row.line(), id, "cannot be mapped: " + e.getMessage());
          }
        }
        if (table.error() != null) {
          s.read(source);
          s.skipped(
              source,
              table.errorLine(),
              null,
              table.error() + "; the rest of the file was not read");
        }
      }
    }

    /**
     * The ids of a proposals file, read in a first pass when it has amendments: an amendment links
     * to the proposal it amends only when that proposal is in the import (a link to a proposal not
     * written would make the output invalid). Memory: one id per proposal of this file.
     */
    private Set<String> amendables(InputFile file) {
      Set<String> ids = new HashSet<>();
      try (CsvTable t = CsvTable.open(file, ';', StandardCharsets.UTF_8)) {
        for (CsvRow row : t) {
          String id = row.get("id");
          if (id != null && !"true".equalsIgnoreCase(row.get("is_amend"))) {
            ids.add(id);
          }
        }
      }
      return ids;
    }

    /** Maps one row; {@code false} when it was skipped (and reported). */
    private boolean row(FileContext ctx, CsvRow row, String id) {
      return switch (ctx.entity) {
        case PROPOSALS -> proposal(ctx, row, id, false);
        case PROJECTS -> proposal(ctx, row, id, true);
        case MEETINGS -> meeting(ctx, row, id);
        case DEBATES -> debate(ctx, row, id);
        case RESULTS -> result(ctx, row, id);
        default -> comment(ctx, row, id);
      };
    }

    // ---- participatory spaces

    /** The debate of the space a row belongs to, written on first use. */
    private Iri space(FileContext ctx, CsvRow row, String... urls) {
      for (String u : urls) {
        String value = u == null ? null : row.get(u);
        if (value == null) {
          continue;
        }
        Matcher m = SPACE_URL.matcher(value.strip());
        if (m.find()) {
          String type = m.group(2);
          String slug = m.group(3);
          Iri iri = s.iri(type, slug);
          if (spaces.add(iri.value())) {
            Iri home = url(m.group(1) + "/" + type + "/" + slug);
            s.write(
                Debate.builder()
                    .id(iri)
                    .title(LangText.of("und", slug))
                    .homepage(home)
                    .provenance(spaceProvenance(slug, home))
                    .build());
          }
          return iri;
        }
      }
      String spaceId = row.get("participatory_space/id");
      if (spaceId != null) {
        Iri iri = s.iri("space", spaceId);
        if (spaces.add(iri.value())) {
          s.write(
              Debate.builder()
                  .id(iri)
                  .title(LangText.of("und", "Participatory space " + spaceId))
                  .provenance(spaceProvenance(spaceId, null))
                  .build());
        }
        return iri;
      }
      if (fallbackSpace == null) {
        fallbackSpace = s.iri("space", "unknown");
        s.write(
            Debate.builder()
                .id(fallbackSpace)
                .title(LangText.of("en", "Decidim participatory space (not given in the export)"))
                .provenance(spaceProvenance(null, null))
                .build());
      }
      if (!ctx.unknownSpaceNoted) {
        ctx.unknownSpaceNoted = true;
        s.note(
            ctx.source,
            row.line(),
            row.get("id"),
            "no participatory space URL or id: records of this kind are put in one placeholder"
                + " debate (first case; not repeated)");
      }
      return fallbackSpace;
    }

    // ---- people

    /**
     * The authors of a row: {@code author/id} and {@code author/name}, co-authors as lists; and the
     * user group the row was posted on behalf of ({@code user_group/id}), as an organisation.
     */
    private List<Iri> authors(FileContext ctx, CsvRow row) {
      List<Iri> out = new ArrayList<>();
      Iri group = userGroup(ctx, row);
      String ids = row.get("author/id");
      if (ids == null) {
        if (group != null) {
          out.add(group);
        }
        return out;
      }
      String[] idList = ids.split(",\\s*");
      String names = row.get("author/name");
      String[] nameList = names == null ? new String[0] : names.split(",\\s*");
      boolean aligned = nameList.length == idList.length;
      for (int i = 0; i < idList.length; i++) {
        String uid = idList[i].strip();
        if (uid.isEmpty()) {
          continue;
        }
        String name = aligned ? nameList[i] : idList.length == 1 ? names : null;
        out.add(s.participant(uid, name, null));
      }
      if (group != null) {
        out.add(group);
      }
      return out;
    }

    /**
     * The Decidim user group ({@code user_group/id}, {@code user_group/name} or, from rows without
     * a group, {@code user_group/name/<locale>}) as a {@code dbs:Organisation}, written on first
     * use. A user group is an organisation (an association, a collective) acting in its own name,
     * so its name is kept; its members are not in the export.
     */
    private Iri userGroup(FileContext ctx, CsvRow row) {
      String id = row.get("user_group/id");
      if (id == null) {
        return null;
      }
      Iri iri = s.iri("user-group", id);
      if (groups.add(id)) {
        String name = Texts.clean(row.get("user_group/name"));
        if (name == null || name.isEmpty()) {
          LangText names = row.localized("user_group/name", Texts::clean);
          name = names.isEmpty() ? "User group " + id : names.first();
        }
        s.write(
            Organisation.builder().id(iri).name(name).provenance(s.provenance(id, null)).build());
      }
      return iri;
    }

    /**
     * When pseudonymising, the row's own author names written in its texts (signatures such as "...
     * Mila") replaced by the author's pseudonym; the identity when names are kept.
     */
    private UnaryOperator<String> redactor(CsvRow row) {
      String ids = row.get("author/id");
      String names = row.get("author/name");
      if (s.options().keepNames() || ids == null || names == null) {
        return UnaryOperator.identity();
      }
      String[] idList = ids.split(",\\s*");
      String[] nameList = idList.length == 1 ? new String[] {names} : names.split(",\\s*");
      List<Pattern> patterns = new ArrayList<>();
      List<String> replacements = new ArrayList<>();
      for (int i = 0; i < idList.length && i < nameList.length; i++) {
        String name = nameList[i].strip();
        if (name.codePointCount(0, name.length()) >= 3) {
          patterns.add(
              Pattern.compile(
                  "(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
                  Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
          replacements.add(
              Matcher.quoteReplacement(
                  "Participant " + s.pseudonym(idList[i].strip()).substring(0, 8)));
        }
      }
      if (patterns.isEmpty()) {
        return UnaryOperator.identity();
      }
      return t -> {
        String out = t;
        for (int i = 0; i < patterns.size(); i++) {
          out = patterns.get(i).matcher(out).replaceAll(replacements.get(i));
        }
        return out;
      };
    }

    // ---- small values

    private TemporalValue date(FileContext ctx, CsvRow row, String column, boolean dateTime) {
      String v = row.get(column);
      if (v == null) {
        return null;
      }
      TemporalValue t = time(v);
      if (t == null || (dateTime && !t.isDateTime())) {
        s.note(
            ctx.source,
            row.line(),
            row.get("id"),
            column + ": unreadable date '" + v + "' left out");
        return null;
      }
      return t;
    }

    private TemporalValue firstDate(FileContext ctx, CsvRow row, boolean dateTime, String... cols) {
      for (String c : cols) {
        if (row.get(c) != null) {
          return date(ctx, row, c, dateTime);
        }
      }
      return null;
    }

    private Long count(FileContext ctx, CsvRow row, String... columns) {
      for (String c : columns) {
        String v = row.get(c);
        if (v != null) {
          try {
            long n = Long.parseLong(v);
            if (n >= 0) {
              return n;
            }
          } catch (NumberFormatException e) {
            // reported below
          }
          s.note(ctx.source, row.line(), row.get("id"), c + ": not a count '" + v + "', left out");
          return null;
        }
      }
      return null;
    }

    private LangText localized(CsvRow row, String base) {
      return localized(row, base, UnaryOperator.identity());
    }

    private LangText localized(CsvRow row, String base, UnaryOperator<String> redact) {
      LangText t = row.localized(base, v -> redact.apply(text(v)));
      if (t.isEmpty()) {
        String plain = row.get(base);
        if (plain != null) {
          String cleaned = redact.apply(text(plain));
          if (!cleaned.isEmpty()) {
            t = LangText.of(lang, cleaned);
          }
        }
      }
      return t;
    }

    private void linkNote(FileContext ctx, CsvRow row, Kind kind) {
      Entity file = kind.file();
      if (file != null && !present.contains(file) && ctx.outside.add(kind)) {
        s.note(
            ctx.source,
            row.line(),
            row.get("id"),
            "links to "
                + kind.urlSegment
                + " point to resources not in this import (no "
                + file.fileName
                + ".csv given); validated alone, the output reports them as untyped (first case;"
                + " not repeated)");
      }
    }

    // ---- proposals and projects

    private boolean proposal(FileContext ctx, CsvRow row, String id, boolean project) {
      LangText title = localized(row, "title");
      if (title.isEmpty()) {
        s.skipped(ctx.source, row.line(), id, "no title");
        return false;
      }
      Iri iri = s.iri(project ? "project" : "proposal", id);
      Iri debate = space(ctx, row, "participatory_space/url", "url");
      Iri page = url(row.get("url"));
      Extensions.Builder ext = Extensions.builder();
      markup(row, project ? "description" : "body", redactor(row), ext);
      concepts.classify(row, ext);
      Proposal.Builder b =
          Proposal.builder()
              .id(iri)
              .debate(debate)
              .title(title)
              .text(localized(row, project ? "description" : "body", redactor(row)))
              .contributionKind(Iri.of(Codes.ContributionKind.PROPOSAL))
              .provenance(provenance(id, page));
      authors(ctx, row).forEach(b::addAuthor);
      if (project) {
        b.endorsementCount(count(ctx, row, "confirmed_votes"));
        String selected = row.first("selected", "selected_at");
        b.status(
            Iri.of(
                selected != null && !selected.equalsIgnoreCase("false")
                    ? Codes.ProposalStatus.ACCEPTED
                    : Codes.ProposalStatus.SUBMITTED));
        b.created(date(ctx, row, "created_at", true));
      } else {
        b.endorsementCount(count(ctx, row, "votes", "supports", "proposal_votes_count"));
        b.created(firstDate(ctx, row, true, "published_at", "created_at"));
        b.modified(date(ctx, row, "updated_at", true));
        b.status(status(ctx, row, id));
      }
      if (!project && "true".equalsIgnoreCase(row.get("is_amend"))) {
        s.write(amendment(ctx, row, id, b.extensions(ext.build()).build(), ext));
      } else {
        s.write(b.extensions(ext.build()).build());
      }
      if (!project) {
        LangText answer = localized(row, "answer");
        if (!answer.isEmpty()) {
          s.write(
              OfficialResponse.builder()
                  .id(s.iri("answer", id))
                  .debate(debate)
                  .text(answer)
                  .extensions(markup(row, "answer", UnaryOperator.identity()))
                  .addRespondsTo(iri)
                  .contributionKind(Iri.of(Codes.ContributionKind.OFFICIAL_RESPONSE))
                  .created(firstDate(ctx, row, true, "answered_at", "state_published_at"))
                  .provenance(provenance(id, page))
                  .build());
        }
      }
      return true;
    }

    /**
     * A Decidim amendment (an "emendation": a proposal row with {@code is_amend} true) as a {@code
     * dbs:Amendment} of the proposal its {@code original_proposal/url} points to. The link is kept
     * only when that proposal is in the import; otherwise the URL stays as {@code dct:relation}.
     */
    private Amendment amendment(
        FileContext ctx, CsvRow row, String id, Proposal p, Extensions.Builder ext) {
      Amendment.Builder a =
          Amendment.builder()
              .id(p.id())
              .debate(p.debate())
              .title(p.title())
              .text(p.text())
              .authors(p.authors())
              .created(p.created())
              .modified(p.modified())
              .contributionKind(Iri.of(Codes.ContributionKind.AMENDMENT))
              .endorsementCount(p.endorsementCount())
              .status(p.status())
              .provenance(p.provenance());
      String originalUrl = row.get("original_proposal/url");
      Ref original = resource(originalUrl);
      if (original != null
          && original.kind() == Kind.PROPOSAL
          && amendable.contains(original.id())) {
        a.amends(s.iri("proposal", original.id()));
      } else {
        Iri u = url(originalUrl);
        if (u != null) {
          ext.add(RELATION, u);
        }
        s.note(
            ctx.source,
            row.line(),
            id,
            "amendment of a proposal not in this import"
                + (originalUrl == null ? " (no original_proposal/url)" : " (" + originalUrl + ")")
                + ": written without dbs:amends");
      }
      return a.extensions(ext.build()).build();
    }

    /** The row's category, scope and taxonomy links (see {@link DecidimConcepts}). */
    private Extensions classified(CsvRow row) {
      Extensions.Builder ext = Extensions.builder();
      concepts.classify(row, ext);
      return ext.build();
    }

    private Iri status(FileContext ctx, CsvRow row, String id) {
      String state = row.get("state");
      String withdrawnAt = row.get("withdrawn_at");
      String withdrawn = row.get("withdrawn");
      if ("withdrawn".equalsIgnoreCase(state)
          || withdrawnAt != null
          || "true".equalsIgnoreCase(withdrawn)) {
        s.flagged(ctx.source, row.line(), id, "withdrawn by its author");
        return Iri.of(Codes.ProposalStatus.WITHDRAWN);
      }
      if (state == null) {
        return Iri.of(Codes.ProposalStatus.SUBMITTED);
      }
      return switch (state.toLowerCase(Locale.ROOT)) {
        case "accepted" -> Iri.of(Codes.ProposalStatus.ACCEPTED);
        case "rejected" -> Iri.of(Codes.ProposalStatus.REJECTED);
        case "evaluating" -> Iri.of(Codes.ProposalStatus.UNDER_REVIEW);
        case "not_answered", "published" -> Iri.of(Codes.ProposalStatus.SUBMITTED);
        default -> {
          s.note(
              ctx.source,
              row.line(),
              id,
              "custom state '" + Texts.clean(state) + "' mapped to submitted");
          yield Iri.of(Codes.ProposalStatus.SUBMITTED);
        }
      };
    }

    // ---- meetings

    private boolean meeting(FileContext ctx, CsvRow row, String id) {
      Iri page = url(row.get("url"));
      Meeting.Builder b =
          Meeting.builder()
              .id(s.iri("meeting", id))
              .debate(space(ctx, row, "participatory_space/url", "url"))
              .title(localized(row, "title"))
              .description(localized(row, "description"))
              .startDate(date(ctx, row, "start_time", false))
              .endDate(date(ctx, row, "end_time", false))
              .participantCount(count(ctx, row, "attendees", "attendees_count"))
              .provenance(provenance(id, page));
      String address = row.get("address");
      if (address == null) {
        LangText loc = localized(row, "location");
        address = loc.isEmpty() ? null : loc.first();
      }
      if (address != null) {
        b.location(Texts.clean(address));
      }
      String type = row.get("type_of_meeting");
      if (type != null) {
        switch (type.toLowerCase(Locale.ROOT)) {
          case "in_person" -> b.addChannel(Iri.of(Codes.Channel.IN_PERSON_MEETING));
          case "online" -> b.addChannel(Iri.of(Codes.Channel.ONLINE_PLATFORM));
          case "hybrid" ->
              b.addChannel(Iri.of(Codes.Channel.IN_PERSON_MEETING))
                  .addChannel(Iri.of(Codes.Channel.ONLINE_PLATFORM));
          default -> {
            // unknown: left out
          }
        }
      }
      s.write(b.extensions(classified(row)).build());
      return true;
    }

    // ---- Decidim debates

    private boolean debate(FileContext ctx, CsvRow row, String id) {
      LangText title = localized(row, "title");
      LangText description = localized(row, "description");
      if (title.isEmpty() && description.isEmpty()) {
        s.skipped(ctx.source, row.line(), id, "no title and no description");
        return false;
      }
      Issue.Builder b =
          Issue.builder()
              .id(s.iri("debate", id))
              .debate(space(ctx, row, "participatory_space/url", "url"))
              .title(title)
              .created(firstDate(ctx, row, true, "created_at", "start_time"))
              .provenance(provenance(id, url(row.get("url"))));
      if (title.isEmpty()) {
        b.text(description);
      } else {
        b.description(description);
      }
      s.write(b.extensions(classified(row)).build());
      if (!localized(row, "conclusions").isEmpty()) {
        s.note(
            ctx.source,
            row.line(),
            id,
            "conclusions not mapped: an official response must respond to a contribution, and a"
                + " Decidim debate maps to an issue");
      }
      return true;
    }

    // ---- accountability results

    private boolean result(FileContext ctx, CsvRow row, String id) {
      LangText title = localized(row, "title");
      if (title.isEmpty()) {
        s.skipped(ctx.source, row.line(), id, "no title");
        return false;
      }
      FollowUpItem.Builder b =
          FollowUpItem.builder()
              .id(s.iri("result", id))
              .debate(space(ctx, row, "participatory_space/url", "url", "proposal_urls"))
              .title(title)
              .description(localized(row, "description"))
              .startDate(date(ctx, row, "start_date", false))
              .endDate(date(ctx, row, "end_date", false))
              .provenance(provenance(id, url(row.get("url"))));
      String progress = row.get("progress");
      if (progress != null) {
        try {
          BigDecimal p = new BigDecimal(progress);
          if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new NumberFormatException();
          }
          b.progress(p);
          b.implementationStatus(
              Iri.of(
                  p.signum() == 0
                      ? Codes.ImplementationStatus.NOT_STARTED
                      : p.compareTo(BigDecimal.valueOf(100)) == 0
                          ? Codes.ImplementationStatus.COMPLETED
                          : Codes.ImplementationStatus.IN_PROGRESS));
        } catch (NumberFormatException e) {
          s.note(
              ctx.source,
              row.line(),
              id,
              "progress: not a percentage '" + progress + "', left out");
        }
      }
      String urls = row.get("proposal_urls");
      if (urls != null) {
        for (String u : urls.split("[,\\s]+")) {
          Ref r = resource(u);
          if (r != null && r.kind() == Kind.PROPOSAL) {
            b.addImplements(s.iri("proposal", r.id()));
            linkNote(ctx, row, Kind.PROPOSAL);
          }
        }
      }
      Extensions.Builder ext = Extensions.builder();
      concepts.classify(row, ext);
      String parent = row.get("parent/id");
      if (parent != null && !parent.equals(id)) {
        // a sub-result (a project's actions under a goal...): nested under its parent result
        ext.add(IS_PART_OF, s.iri("result", parent));
      }
      s.write(b.extensions(ext.build()).build());
      return true;
    }

    // ---- comments

    private boolean comment(FileContext ctx, CsvRow row, String id) {
      LangText body;
      if (ctx.table.has("body")) {
        String text = redactor(row).apply(text(row.raw("body")));
        if (text.isEmpty()) {
          body = LangText.EMPTY;
        } else {
          String locale = row.get("locale");
          body = LangText.of(locale != null && LangText.isValidTag(locale) ? locale : lang, text);
        }
      } else {
        UnaryOperator<String> redact = redactor(row);
        body = row.localized("body", v -> redact.apply(text(v)));
      }
      if (body.isEmpty()) {
        s.skipped(ctx.source, row.line(), id, "empty body");
        return false;
      }
      String rootUrl = row.get("root_commentable_url");
      Ref root = resource(rootUrl);
      String parentType = row.get("commentable_type");
      String parentId = row.get("commentable_id");
      Kind parentKind = parentType == null ? null : Kind.ofRuby(parentType);
      Ref parent = parentKind != null && parentId != null ? new Ref(parentKind, parentId) : null;
      if (root == null && parent != null && parent.kind() != Kind.COMMENT) {
        root = parent;
      }
      if (root == null) {
        if (!ctx.noRootNoted) {
          ctx.noRootNoted = true;
          s.note(
              ctx.source,
              row.line(),
              id,
              "no root_commentable_url: comments linked to their parent only (first case; not"
                  + " repeated)");
        }
      }
      Iri debate = space(ctx, row, "root_commentable_url");
      Iri self = s.iri("comment", id);
      Iri parentIri =
          parent == null || !parent.kind().contribution
              ? null
              : s.iri(parent.kind().type, parent.id());
      if (parent != null && parent.kind().contribution) {
        if (parent.kind() == Kind.COMMENT && parent.id().equals(id)) {
          parentIri = null; // a comment replying to itself: link dropped
        } else {
          linkNote(ctx, row, parent.kind());
        }
      }
      Iri rootIri = root == null ? null : s.iri(root.kind().type, root.id());
      int alignment = alignment(row.get("alignment"));
      TemporalValue created = date(ctx, row, "created_at", true);
      List<Iri> authors = authors(ctx, row);
      Iri page = url(rootUrl);
      List<Extensions.Entry> ext = new ArrayList<>();
      Iri addresses = null;
      if (root != null && !root.kind().contribution) {
        if (root.kind() == Kind.DEBATE) {
          addresses = rootIri;
          linkNote(ctx, row, Kind.DEBATE);
        } else {
          ext.add(new Extensions.Entry(RELATION, rootIri));
        }
      }
      Iri kind = Iri.of(Codes.ContributionKind.COMMENT);
      if (alignment != 0 && root != null && root.kind().contribution) {
        linkNote(ctx, row, root.kind());
        Argument.Builder b =
            Argument.builder()
                .id(self)
                .debate(debate)
                .text(body)
                .created(created)
                .replyTo(parentIri)
                .contributionKind(kind)
                .stance(Iri.of(alignment > 0 ? Codes.Stance.FOR : Codes.Stance.AGAINST))
                .provenance(provenance(id, page));
        if (alignment > 0) {
          b.addSupports(rootIri);
        } else {
          b.addAttacks(rootIri);
        }
        authors.forEach(b::addAuthor);
        s.write(b.build());
      } else {
        Comment.Builder b =
            Comment.builder()
                .id(self)
                .debate(debate)
                .text(body)
                .created(created)
                .replyTo(parentIri)
                .addresses(addresses)
                .contributionKind(kind)
                .provenance(provenance(id, page))
                .extensions(Extensions.of(ext));
        if (alignment != 0) {
          b.stance(Iri.of(alignment > 0 ? Codes.Stance.FOR : Codes.Stance.AGAINST));
        }
        authors.forEach(b::addAuthor);
        s.write(b.build());
      }
      return true;
    }

    private static int alignment(String value) {
      if (value == null) {
        return 0;
      }
      return switch (value.strip()) {
        case "1" -> 1;
        case "-1" -> -1;
        default -> 0;
      };
    }
  }

  /** What is remembered while one file is read. */
  private static final class FileContext {
    final String source;
    final CsvTable table;
    final Entity entity;
    final Set<Kind> outside = EnumSet.noneOf(Kind.class);
    boolean unknownSpaceNoted;
    boolean noRootNoted;

    FileContext(String source, CsvTable table, Entity entity) {
      this.source = source;
      this.table = table;
      this.entity = entity;
    }
  }
}
