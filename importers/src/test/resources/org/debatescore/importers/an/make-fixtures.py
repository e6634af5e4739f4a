#!/usr/bin/env python3
"""Writes the synthetic AN scrutin fixtures of AnScrutinsImporterTest (run from this folder).

Each follows the shape of the real VTANR5L17V5268.json (every number a string, one-or-many
`votant`, null blocks) with one quirk each; the ids (PA9000xx, PO9000xx) are invented.
"""
import json

def voter(n, cause=None, delegation="false"):
    v = {"acteurRef": "PA9000%02d" % n, "mandatRef": "PM9000%02d" % n,
         "parDelegation": delegation, "numPlace": "%03d" % n}
    if cause:
        v["causePositionVote"] = cause
    return v

def counts(pour, contre, abst, nv):
    return {"nonVotants": nv, "pour": pour, "contre": contre, "abstentions": abst,
            "nonVotantsVolontaires": abst}

def group(ref, members, top, decompte, pours=None, contres=None, abst=None, nv=None):
    return {"organeRef": ref, "nombreMembresGroupe": members, "vote": {
        "positionMajoritaire": top, "decompteVoix": decompte,
        "decompteNominatif": {"nonVotants": nv, "pours": pours, "contres": contres,
                              "abstentions": abst}}}

EMPTY_MAP = {"nonVotants": [None, None], "pours": None, "abstentions": [None, None],
             "nonVotantsVolontaires": [None, None], "contres": None,
             "dysfonctionnement": {"nonVotants": None, "pour": None, "contre": None,
                                   "abstentions": None, "nonVotantsVolontaires": None}}

def scrutin(n, groups, synthese, code="SPO", sort="adopté", map_=EMPTY_MAP):
    libelle = {"SPO": "scrutin public ordinaire", "MOC": "motion de censure"}[code]
    return {"scrutin": {
        "@xmlns": "http://schemas.assemblee-nationale.fr/referentiel",
        "uid": "VTANR5L17V%d" % n, "numero": str(n), "organeRef": "PO838901",
        "legislature": "17", "sessionRef": "SCR5A2026O1",
        "seanceRef": "RUANR5L17S2026IDS9%04d" % n, "dateScrutin": "2026-02-03",
        "quantiemeJourSeance": "1",
        "typeVote": {"codeTypeVote": code, "libelleTypeVote": libelle,
                     "typeMajorite": "Majorité absolue des suffrages exprimés"},
        "sort": {"code": sort, "libelle": "L'Assemblée nationale a " +
                 ("adopté" if sort == "adopté" else "n'a pas adopté")},
        "titre": "l'amendement n° %d de M. Exemple à l'article 2 <script>x</script>." % n,
        "demandeur": {"texte": "Président du groupe \"Exemple\"", "referenceLegislative": None},
        "objet": {"libelle": "l'amendement n° %d à l'article 2." % n,
                  "dossierLegislatif": {"dossierRef": "DLR5L17N9%04d" % n},
                  "referenceLegislative": None},
        "modePublicationDesVotes": "DecompteNominatif",
        "syntheseVote": synthese,
        "ventilationVotes": {"organe": {"organeRef": "PO838901",
                                        "groupes": {"groupe": groups}}},
        "miseAuPoint": map_,
        "lieuVote": "Hémicycle"}}

def synthese(votants, exprimes, decompte):
    return {"nombreVotants": votants, "suffragesExprimes": exprimes,
            "nbrSuffragesRequis": "1", "annonce": "L'Assemblée nationale a adopté",
            "decompte": decompte}

def write(name, doc):
    with open(name, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")

# One group given as a bare object (not a list), bare voters, null blocks, a non-voter (PSE).
write("single-voter.json", scrutin(9001,
    group("PO900001", "5", "pour", counts("1", "0", "1", "1"),
          pours={"votant": voter(1)}, abst={"votant": [voter(2, delegation="true")]},
          nv={"votant": voter(3, cause="PSE")}),
    synthese("2", "1", counts("1", "0", "1", "1"))))

# miseAuPoint with objects, lists with null elements, garbage, and a dysfonctionnement.
write("mise-au-point.json", scrutin(9002,
    [group("PO900001", "5", "contre", counts("0", "2", "0", "0"),
           contres={"votant": [voter(1), voter(2)]})],
    synthese("2", "2", counts("0", "2", "0", "0")), sort="rejeté",
    map_={"pours": {"votant": {"acteurRef": "PA900010", "mandatRef": "PM900010"}},
          "contres": [{"votant": [{"acteurRef": "PA900011"}]}, None],
          "abstentions": [None, "n'importe quoi"],
          "nonVotants": None, "nonVotantsVolontaires": [None, None],
          "dysfonctionnement": {"nonVotants": {"votant": {"acteurRef": "PA900012"}},
                                "pour": None, "contre": None}}))

# A dangling group reference PO0, beside a real group.
write("po0.json", scrutin(9003,
    [group("PO900001", "5", "pour", counts("1", "0", "0", "0"), pours={"votant": voter(1)}),
     group("PO0", "0", "pour", counts("1", "0", "0", "0"), pours={"votant": voter(2)})],
    synthese("2", "2", counts("2", "0", "0", "0"))))

# Counts that disagree: syntheseVote says 3 pour (2 listed), nombreVotants 10, group 1 pour.
write("mismatch.json", scrutin(9004,
    [group("PO900001", "5", "pour", counts("1", "1", "0", "0"),
           pours={"votant": [voter(1), voter(2)]}, contres={"votant": voter(3)})],
    synthese("10", "4", counts("3", "1", "0", "0"))))

# Counts that are not numbers: text, negative, huge, a decimal, an empty string.
write("non-numeric.json", scrutin(9005,
    [group("PO900001", "1e3", "pour", counts("deux", "", "0", "0"),
           pours={"votant": [voter(1), voter(2)]})],
    synthese("123456789012345678901234", "2", counts("2", "-1", "0.5", "0"))))

# A motion de censure: only 'pour' is recorded (contre 0 by construction).
write("moc.json", scrutin(9006,
    [group("PO900001", "5", "pour", counts("2", "0", "0", "0"),
           pours={"votant": [voter(1), voter(2)]}),
     group("PO900002", "4", "pour", counts("1", "0", "0", "0"), pours={"votant": voter(3)})],
    synthese("3", "3", counts("3", "0", "0", "0")), code="MOC", sort="rejeté"))
