#!/usr/bin/env python3
"""Self-check of the tradekg gazetteer TSV files (run by build.py; also standalone).

    python3 data/gazetteer/check.py [--dir data/gazetteer] [--aliases ../shared/eval/aliases.tsv]

Fails (exit 1, every problem listed) when
  * a file does not have the expected header / number of cells, or a cell has stray
    whitespace, an empty or duplicated value in a '|' list;
  * a Wikidata id is malformed, or two rows share one id;
  * a reference dangles: country capital -> places.tsv, place country / capital_of ->
    countries.tsv, organisation country -> countries.tsv, person country -> countries.tsv,
    person organization -> organizations.tsv; or an organisation kind is unknown, or an
    international body / bloc has a country;
  * one surface form (canonical name, alias or adjective, compared case-insensitively) is
    claimed by two different entities -- recognition would be ambiguous.  Deliberate
    exceptions must be listed in curated/allowed_overlaps.tsv with a reason;
  * an organisation alias is a person's title ("U.S. Trade Representative");
  * a person alias is a bare surname or starts with a title ("President Trump");
  * a canonical name of the scorer's aliases.tsv is missing, carries another Wikidata id,
    or lacks one of its aliases (persons: bare surnames and title+surname forms are
    deliberately left to the code's surname rules and only reported).
"""
import argparse
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))

COLUMNS = {
    "countries.tsv": ["name", "wikidata", "dbpedia", "aliases", "adjectives", "capital"],
    "places.tsv": ["name", "wikidata", "dbpedia", "aliases", "country", "capital_of"],
    "organizations.tsv": ["name", "wikidata", "dbpedia", "aliases", "country", "kind"],
    "persons.tsv": ["name", "wikidata", "dbpedia", "aliases", "country", "organization"],
}
MULTI = {"aliases", "adjectives", "capital_of"}
KINDS = {"ministry", "agency", "legislature", "party", "bloc", "international", "company",
         "outlet", "central-bank", "court", "other"}
QID = re.compile(r"Q[1-9][0-9]*")
# city-states: the country is its own capital, so it has no capital row in places.tsv
NO_CAPITAL_OK = {"Singapore", "Monaco", "Vatican City", "Palestine"}
TITLE_WORDS = (r"Representative|Secretary|Minister|President|Vice President|Chairman|Chairwoman|"
               r"Chair|Governor|Commissioner|Chancellor|Premier|Ambassador|Envoy|Negotiator|"
               r"Director-General|Director General|Spokesman|Spokeswoman|Speaker|Senator|"
               r"Under Secretary|Undersecretary|Deputy")
ORG_TITLE = re.compile(r"(?:[\w.'&-]+\s+){0,3}(?:%s)" % TITLE_WORDS)
PERSON_TITLE_START = re.compile(r"(?:President|Prime Minister|Premier|Vice|Secretary|Minister|"
                                r"Chancellor|Governor|Senator|Chairman|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|"
                                r"Treasury|Commerce|Trade|Finance|Foreign)\b")
MONONYMS_OK = {"Lula", "AMLO", "Jokowi", "Suharto", "Soeharto", "Subroto"}


def load(path, columns, errors):
    rows = []
    name = os.path.basename(path)
    if not os.path.exists(path):
        errors.append("%s: missing" % name)
        return rows
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != "#" + "\t".join(columns):
        errors.append("%s: header must be %r" % (name, "#" + "\t".join(columns)))
        return rows
    for i, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        if len(cells) != len(columns):
            errors.append("%s:%d: %d cells, expected %d" % (name, i, len(cells), len(columns)))
            continue
        row = {}
        for col, val in zip(columns, cells):
            if val != val.strip():
                errors.append("%s:%d: stray whitespace in %s %r" % (name, i, col, val))
            if col in MULTI:
                vals = val.split("|") if val else []
                if any(not v.strip() for v in vals):
                    errors.append("%s:%d: empty value in %s" % (name, i, col))
                if len(set(vals)) != len(vals):
                    errors.append("%s:%d: repeated value in %s" % (name, i, col))
                row[col] = [v.strip() for v in vals]
            else:
                row[col] = val.strip()
        row["_line"] = i
        if not row["name"]:
            errors.append("%s:%d: empty name" % (name, i))
        rows.append(row)
    return rows


def load_overlaps():
    allowed = {}
    path = os.path.join(HERE, "curated", "allowed_overlaps.tsv")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip() and not line.startswith("#"):
                    form, entities, reason = (line.rstrip("\n").split("\t") + ["", ""])[:3]
                    if not reason.strip():
                        raise SystemExit("allowed_overlaps.tsv: %s has no reason" % form)
                    allowed[form.casefold()] = set(entities.split("|"))
    return allowed


def check(data, aliases_path, errors, notes):
    countries = {r["name"]: r for r in data["countries.tsv"]}
    places = {r["name"]: r for r in data["places.tsv"]}
    orgs = {r["name"]: r for r in data["organizations.tsv"]}
    persons = {r["name"]: r for r in data["persons.tsv"]}

    # unique names per file, Wikidata ids well-formed and unique
    ids = defaultdict(list)
    for fname, rows in data.items():
        seen = set()
        for r in rows:
            if r["name"] in seen:
                errors.append("%s: duplicate name %s" % (fname, r["name"]))
            seen.add(r["name"])
            if r["wikidata"]:
                if not QID.fullmatch(r["wikidata"]):
                    errors.append("%s: %s: malformed Wikidata id %r" % (fname, r["name"], r["wikidata"]))
                ids[r["wikidata"]].append("%s:%s" % (fname, r["name"]))
            if " " in r["dbpedia"]:
                errors.append("%s: %s: dbpedia title with spaces" % (fname, r["name"]))
    for qid, who in sorted(ids.items()):
        if len(who) > 1:
            errors.append("Wikidata id %s on several rows: %s" % (qid, ", ".join(who)))

    # references
    for r in countries.values():
        if r["capital"]:
            if r["capital"] not in places:
                errors.append("countries.tsv: %s: capital %s has no row in places.tsv" % (r["name"], r["capital"]))
            elif r["name"] not in places[r["capital"]]["capital_of"]:
                errors.append("places.tsv: %s: capital_of lacks %s" % (r["capital"], r["name"]))
        elif r["name"] not in NO_CAPITAL_OK:
            errors.append("countries.tsv: %s has no capital" % r["name"])
    for r in places.values():
        if r["country"] and r["country"] not in countries:
            errors.append("places.tsv: %s: unknown country %s" % (r["name"], r["country"]))
        for c in r["capital_of"]:
            if c not in countries:
                errors.append("places.tsv: %s: capital_of unknown country %s" % (r["name"], c))
    for r in orgs.values():
        if r["kind"] not in KINDS:
            errors.append("organizations.tsv: %s: unknown kind %r" % (r["name"], r["kind"]))
        if r["kind"] in ("international", "bloc") and r["country"]:
            errors.append("organizations.tsv: %s: %s with a country" % (r["name"], r["kind"]))
        if r["country"] and r["country"] not in countries:
            errors.append("organizations.tsv: %s: unknown country %s" % (r["name"], r["country"]))
    for r in persons.values():
        if r["country"] and r["country"] not in countries:
            errors.append("persons.tsv: %s: unknown country %s" % (r["name"], r["country"]))
        if r["organization"] and r["organization"] not in orgs:
            errors.append("persons.tsv: %s: unknown organization %s" % (r["name"], r["organization"]))
        if not r["country"] and not r["organization"]:
            errors.append("persons.tsv: %s: neither country nor organization" % r["name"])

    # ambiguity: one surface form, several entities
    claims = defaultdict(set)
    for fname, rows in data.items():
        kind = fname.split(".")[0]
        for r in rows:
            forms = [r["name"]] + r["aliases"] + r.get("adjectives", [])
            for f in forms:
                claims[" ".join(f.split()).casefold()].add("%s:%s" % (kind, r["name"]))
    allowed = load_overlaps()
    for form, who in sorted(claims.items()):
        if len(who) > 1:
            names = {w.split(":", 1)[1] for w in who}
            if form in allowed and names <= allowed[form]:
                notes.append("allowed overlap %r: %s" % (form, ", ".join(sorted(who))))
            else:
                errors.append("ambiguous form %r claimed by %s" % (form, ", ".join(sorted(who))))

    # organisation aliases that are person titles
    for r in orgs.values():
        for a in [r["name"]] + r["aliases"]:
            if ORG_TITLE.fullmatch(a):
                errors.append("organizations.tsv: %s: %r looks like a person's title" % (r["name"], a))
    # person aliases: no bare surnames, no titles
    for r in persons.values():
        for a in r["aliases"]:
            if " " not in a and a not in MONONYMS_OK:
                errors.append("persons.tsv: %s: alias %r is a single word (bare surname?)" % (r["name"], a))
            if PERSON_TITLE_START.match(a):
                errors.append("persons.tsv: %s: alias %r starts with a title" % (r["name"], a))

    # the scorer's canonical names and checked ids
    if aliases_path and os.path.exists(aliases_path):
        by_name = {}
        for fname, rows in data.items():
            for r in rows:
                by_name.setdefault(r["name"], []).append((fname, r))
        with open(aliases_path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip() or line.startswith("#"):
                    continue
                cells = (line.rstrip("\n").split("\t") + ["", ""])[:3]
                canon, others, qid = cells[0].strip(), cells[1].strip(), cells[2].strip()
                if canon not in by_name:
                    errors.append("aliases.tsv: canonical %r missing from the gazetteer" % canon)
                    continue
                if len(by_name[canon]) > 1:
                    errors.append("aliases.tsv: canonical %r in several files" % canon)
                fname, r = by_name[canon][0]
                if qid and r["wikidata"] != qid:
                    errors.append("aliases.tsv: %s has Wikidata %r, expected %s" % (canon, r["wikidata"], qid))
                have = {a.casefold() for a in r["aliases"] + r.get("adjectives", [])}
                for a in [x.strip() for x in others.split("|") if x.strip()]:
                    if a.casefold() in have:
                        continue
                    if fname == "persons.tsv" and (" " not in a or PERSON_TITLE_START.match(a)):
                        notes.append("aliases.tsv: %s: %r left to the surname/title rules" % (canon, a))
                    else:
                        errors.append("aliases.tsv: %s lacks alias %r" % (canon, a))
    else:
        notes.append("aliases.tsv not found (%s): scorer names not checked" % aliases_path)


def main(argv=None):
    repo_root = os.path.dirname(os.path.dirname(HERE))
    ap = argparse.ArgumentParser(description="check the gazetteer TSV files")
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--aliases", default=os.path.join(os.path.dirname(repo_root), "shared", "eval", "aliases.tsv"))
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    errors, notes = [], []
    data = {f: load(os.path.join(args.dir, f), cols, errors) for f, cols in COLUMNS.items()}
    if not errors:
        check(data, args.aliases, errors, notes)
    if not args.quiet:
        for n in notes:
            print("note: " + n, file=sys.stderr)
    for e in errors:
        print("ERROR: " + e, file=sys.stderr)
    counts = ", ".join("%s %d" % (f, len(rows)) for f, rows in data.items())
    if errors:
        print("gazetteer check FAILED: %d problem(s) (%s)" % (len(errors), counts), file=sys.stderr)
        return 1
    print("gazetteer check passed (%s)" % counts, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
