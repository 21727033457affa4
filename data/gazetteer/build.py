#!/usr/bin/env python3
"""Build the tradekg gazetteer (countries.tsv, places.tsv, organizations.tsv, persons.tsv).

How to re-run (from the repository root; Python 3.8+, standard library only):

    python3 data/gazetteer/build.py

This downloads two pinned npm packages with ``npm pack`` into a temporary directory
(world-countries@5.1.0 for names, official names, alternative spellings, demonyms and
capitals; @rapideditor/country-coder@5.6.1 for the Wikidata ids of countries and
territories and for the parent country of a territory), reads Debian's iso-codes
(/usr/share/iso-codes/json: ISO 3166-1 names, ISO 3166-3 former countries), merges the
hand-curated facts in data/gazetteer/curated/*.tsv, writes the four TSV files sorted by
name, and finally runs the self-check in check.py (exit status 1 when it fails).

Without network access to the npm registry, point the script at already fetched copies
(a directory, an unpacked package or the .tgz that ``npm pack`` produced):

    python3 data/gazetteer/build.py --world-countries /tmp/world-countries-5.1.0.tgz \\
        --country-coder /tmp/rapideditor-country-coder-5.6.1.tgz

Other options: --iso-codes DIR, --aliases PATH (the scorer's aliases.tsv, checked when
present; default ../shared/eval/aliases.tsv beside the repository), --out DIR.
Only ``check.py`` is needed to re-check committed files:  python3 data/gazetteer/check.py
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep data/gazetteer free of __pycache__
import check  # noqa: E402  (self-check, same directory)

WORLD_COUNTRIES = "world-countries@5.1.0"
COUNTRY_CODER = "@rapideditor/country-coder@5.6.1"
CURATED = os.path.join(HERE, "curated")

# ISO 3166-3 withdrawn codes whose (single) successor gets the old name as an alias.
# The successor is the last two letters of the alpha-4 code.  Historic states that are
# entities of their own (East Germany, USSR, ...) are rows in curated/countries.tsv.
FORMER_NAME_TO_SUCCESSOR = {"BUMM", "ZRCD", "DYBJ", "HVBF", "TPTL", "RHZW", "NHVU"}

# Territories of world-countries that are not worth a place row (uninhabited, or covered
# by a curated row under another name).
SKIP_TERRITORIES = {"AQ", "BV", "HM", "GS", "TF", "UM"}

# Organisations of a country whose generic names ("Finance Ministry") are also qualified
# with the predecessor state's name ("West German Finance Ministry").
PREDECESSOR = {"Germany": ["West Germany"]}


# --------------------------------------------------------------------------- helpers

def split_multi(value):
    return [v.strip() for v in value.split("|") if v.strip()] if value else []


def uniq(seq):
    seen, out = set(), []
    for s in seq:
        if s and s not in seen:
            seen.add(s)
            out.append(s)
    return out


def read_tsv(path, ncols):
    """Curated TSV: '#' lines are comments, the last comment line starting with '#name'
    or '#key' is the header.  Returns a list of dicts keyed by header names."""
    header, rows = None, []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("#"):
                cols = line[1:].split("\t")
                if len(cols) == ncols:
                    header = cols
                continue
            cells = line.split("\t")
            if header is None or len(cells) != ncols:
                raise SystemExit("%s:%d: expected %d tab-separated cells, got %d"
                                 % (path, lineno, ncols, len(cells)))
            rows.append({h: c.strip() for h, c in zip(header, cells)})
    return rows


def is_latin(text):
    for ch in text:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def reorder_comma_name(name):
    """'Korea, Republic of' -> 'Republic of Korea'; 'Virgin Islands, British' -> None."""
    if "(" in name:
        return None
    if ", " not in name:
        return name
    head, tail = name.split(", ", 1)
    if "," not in tail and re.search(r"\b(of|of the)$", tail):
        out = tail + " " + head
        return re.sub(r"^[Tt]he ", "", out)
    return None


def dbpedia_title(value, name):
    """Curated dbpedia cell: '-' = no article known, empty = derive from the name."""
    if value == "-":
        return ""
    return value or name.replace(" ", "_")


def plural(word):
    if re.search(r"(ese|s|sh|ch|z|a|o)$", word) or re.match(r"(I|Ni)-", word) or " or " in word:
        return None
    return word + "s"


# --------------------------------------------------------------------------- sources

def npm_fetch(spec, workdir):
    """npm pack SPEC into workdir and return the unpacked package directory."""
    print("fetching %s with npm pack" % spec, file=sys.stderr)
    out = subprocess.run(["npm", "pack", spec, "--silent"], cwd=workdir, check=True,
                         stdout=subprocess.PIPE, universal_newlines=True).stdout
    tgz = os.path.join(workdir, out.strip().splitlines()[-1])
    return unpack(tgz, workdir)


def unpack(path, workdir):
    if os.path.isdir(path):
        return os.path.join(path, "package") if os.path.isdir(os.path.join(path, "package")) else path
    dest = tempfile.mkdtemp(dir=workdir)
    with tarfile.open(path) as tar:
        for member in tar.getmembers():  # refuse path traversal
            target = os.path.realpath(os.path.join(dest, member.name))
            if not target.startswith(os.path.realpath(dest)):
                raise SystemExit("unsafe path in %s: %s" % (path, member.name))
        tar.extractall(dest)
    return os.path.join(dest, "package")


def find_file(root, *candidates):
    for c in candidates:
        p = os.path.join(root, c)
        if os.path.isfile(p):
            return p
    raise SystemExit("none of %s under %s" % (", ".join(candidates), root))


def load_sources(args, workdir):
    wc_dir = unpack(args.world_countries, workdir) if args.world_countries \
        else npm_fetch(WORLD_COUNTRIES, workdir)
    cc_dir = unpack(args.country_coder, workdir) if args.country_coder \
        else npm_fetch(COUNTRY_CODER, workdir)
    with open(find_file(wc_dir, "countries.json", "dist/countries.json"), encoding="utf-8") as fh:
        wc = json.load(fh)
    with open(find_file(cc_dir, "src/data/borders.json", "data/borders.json"), encoding="utf-8") as fh:
        borders = json.load(fh)
    with open(os.path.join(args.iso_codes, "iso_3166-1.json"), encoding="utf-8") as fh:
        iso1 = json.load(fh)["3166-1"]
    with open(os.path.join(args.iso_codes, "iso_3166-3.json"), encoding="utf-8") as fh:
        iso3 = json.load(fh)["3166-3"]
    cc = {}
    for feat in borders["features"]:
        p = feat["properties"]
        if p.get("iso1A2"):
            cc[p["iso1A2"]] = p
    return wc, cc, {x["alpha_2"]: x for x in iso1}, iso3


# --------------------------------------------------------------------------- countries

def build_countries(wc, cc, iso1, iso3, cur_countries, cur_capitals):
    curated = {r["key"]: r for r in cur_countries}
    capitals = {r["key"]: r for r in cur_capitals}
    former = {}
    for x in iso3:
        if x.get("alpha_4") in FORMER_NAME_TO_SUCCESSOR:
            succ = x["alpha_4"][2:]
            names = [x["name"].split(", ")[0], reorder_comma_name(x["name"])]
            former.setdefault(succ, []).extend(n for n in names if n)
    iso3_by4 = {x.get("alpha_4"): x for x in iso3}

    rows = {}          # key -> row dict
    for entry in wc:
        key = entry["cca2"]
        if not (entry.get("independent") is True or key in curated):
            continue
        cur = curated.get(key, {})
        iso = iso1.get(key, {})
        name = cur.get("name") or entry["name"]["common"]
        drop = set(split_multi(cur.get("drop")))
        gen_aliases = []
        for n in [iso.get("name"), iso.get("official_name"), iso.get("common_name"),
                  entry["name"]["official"]] + entry.get("altSpellings", []):
            if not n:
                continue
            n = reorder_comma_name(n)
            if n and n[0].isupper() and is_latin(n) and (" of " in n or n in (iso.get("name"), iso.get("common_name"))):
                gen_aliases.append(n)
        gen_aliases += former.get(key, [])
        gen_aliases = [a for a in gen_aliases if a not in drop]
        if cur.get("adjectives"):
            adjectives = split_multi(cur["adjectives"])
        else:
            adjectives = []
            dem = entry.get("demonyms", {}).get("eng", {})
            for form in uniq([dem.get("m", ""), dem.get("f", "")]):
                for w in re.split(r",\s*| or ", form):
                    w = w.strip()
                    if w and w != name:
                        adjectives.append(w)
                        if plural(w):
                            adjectives.append(plural(w))
            adjectives = [a for a in adjectives if a not in drop]
        aliases = uniq(split_multi(cur.get("aliases")) + sorted(set(gen_aliases)))
        aliases = [a for a in aliases if a != name and a not in adjectives]
        cap = capitals.get(key)
        if cur.get("capital"):
            capital = cur["capital"]
        elif cap is not None:
            capital = cap["name"]            # empty = deliberately none (city-states)
        else:
            capital = (entry.get("capital") or [""])[0]
        rows[key] = {
            "name": name,
            "wikidata": cur.get("wikidata") or cc.get(key, {}).get("wikidata", ""),
            "dbpedia": dbpedia_title(cur.get("dbpedia", ""), name),
            "aliases": aliases,
            "adjectives": uniq(adjectives),
            "capital": capital,
            "_src": cur.get("wd_source") or ("country-coder" if key in cc else ""),
        }
    for key, cur in curated.items():
        if not key.startswith("hist:"):
            if key not in rows:
                raise SystemExit("curated/countries.tsv: unknown ISO key %s" % key)
            continue
        iso = iso3_by4.get(key[5:], {})
        gen = [reorder_comma_name(iso["name"])] if iso.get("name") else []
        aliases = uniq(split_multi(cur["aliases"]) + [g for g in gen if g and g != cur["name"]])
        rows[key] = {
            "name": cur["name"], "wikidata": cur["wikidata"],
            "dbpedia": dbpedia_title(cur["dbpedia"], cur["name"]),
            "aliases": [a for a in aliases if a not in split_multi(cur.get("drop"))],
            "adjectives": split_multi(cur["adjectives"]), "capital": cur["capital"],
            "_src": cur["wd_source"],
        }
    return rows


# --------------------------------------------------------------------------- places

def build_places(wc, cc, countries, cur_capitals, cur_places):
    name_of_key = {k: r["name"] for k, r in countries.items()}
    capitals = {r["key"]: r for r in cur_capitals}
    places = {}

    def put(row, override=False):
        """Merge a row into places; curated rows (override) win over generated ones."""
        old = places.get(row["name"])
        if old is None:
            places[row["name"]] = row
            return
        for col in ("wikidata", "dbpedia", "country", "_src"):
            if row.get(col) or (override and col == "dbpedia"):
                if (old.get(col) and old[col] != row[col] and col != "_src"
                        and not override):
                    raise SystemExit("place %s: conflicting %s %s / %s"
                                     % (row["name"], col, old[col], row[col]))
                old[col] = row[col]
        old["aliases"] = uniq(old["aliases"] + row["aliases"])
        old["capital_of"] = uniq(old["capital_of"] + row["capital_of"])

    # capitals of current countries
    for key, crow in sorted(countries.items()):
        cap = capitals.get(key)
        if key.startswith("hist:") or not crow["capital"] or cap is None:
            continue
        if cap["name"] != crow["capital"]:
            continue  # capital named in countries.tsv is a curated place
        put({"name": cap["name"], "wikidata": cap["wikidata"],
             "dbpedia": dbpedia_title(cap["dbpedia"], cap["name"]),
             "aliases": split_multi(cap["aliases"]), "country": crow["name"],
             "capital_of": [], "_src": cap["wd_source"]})
    # dependent territories (world-countries entries that are not countries here)
    for entry in wc:
        key = entry["cca2"]
        if key in countries or key in SKIP_TERRITORIES:
            continue
        parent = cc.get(key, {}).get("country", "")
        put({"name": entry["name"]["common"], "wikidata": cc.get(key, {}).get("wikidata", ""),
             "dbpedia": entry["name"]["common"].replace(" ", "_"), "aliases": [],
             "country": name_of_key.get(parent, ""), "capital_of": [],
             "_src": "country-coder" if key in cc else ""})
    # curated places
    for r in cur_places:
        put({"name": r["name"], "wikidata": r["wikidata"],
             "dbpedia": dbpedia_title(r["dbpedia"], r["name"]),
             "aliases": split_multi(r["aliases"]), "country": r["country"],
             "capital_of": split_multi(r["capital_of"]), "_src": r["wd_source"]}, override=True)
    # capital_of from the countries' capital column
    for crow in countries.values():
        if crow["capital"] and crow["capital"] in places:
            p = places[crow["capital"]]
            p["capital_of"] = uniq(p["capital_of"] + [crow["name"]])
    for p in places.values():
        p["aliases"] = [a for a in p["aliases"] if a != p["name"]]
        p["capital_of"] = sorted(set(p["capital_of"]))
    return places


# --------------------------------------------------------------------------- orgs, persons

def qualified_forms(generic, country_row):
    """'Finance Ministry' for Japan -> Japanese Finance Ministry, Japan's Finance Ministry."""
    adjs = country_row["adjectives"]
    singular = [a for a in adjs if not any(a == b + "s" for b in adjs)]
    heads = singular + [country_row["name"] + "'s"]
    for al in country_row["aliases"]:
        if re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", al) and " of " not in al:
            heads.append(al + "'s")
        if al in ("U.S.", "U.K."):
            heads.append(al)
    return [h + " " + generic for h in uniq(heads)]


def build_orgs(cur_orgs, countries_by_name):
    orgs = {}
    for r in cur_orgs:
        if r["name"] in orgs:
            raise SystemExit("organizations.tsv: duplicate %s" % r["name"])
        aliases = split_multi(r["aliases"])
        generic = split_multi(r["generic"])
        if generic:
            qualifiers = [r["country"]] + PREDECESSOR.get(r["country"], [])
            for cname in qualifiers:
                crow = countries_by_name.get(cname)
                if crow is None:
                    raise SystemExit("organizations.tsv: %s: unknown country %s" % (r["name"], cname))
                for g in generic:
                    aliases += qualified_forms(g, crow)
        orgs[r["name"]] = {"name": r["name"], "wikidata": r["wikidata"],
                           "dbpedia": "" if r["dbpedia"] == "-" else r["dbpedia"],
                           "aliases": [a for a in uniq(aliases) if a != r["name"]],
                           "country": r["country"], "kind": r["kind"], "_src": r["wd_source"]}
    return orgs


def build_persons(cur_persons):
    persons = {}
    for r in cur_persons:
        if r["name"] in persons:
            raise SystemExit("persons.tsv: duplicate %s" % r["name"])
        persons[r["name"]] = {"name": r["name"], "wikidata": r["wikidata"],
                              "dbpedia": "" if r["dbpedia"] == "-" else r["dbpedia"],
                              "aliases": [a for a in uniq(split_multi(r["aliases"])) if a != r["name"]],
                              "country": r["country"], "organization": r["organization"],
                              "_src": r["wd_source"]}
    return persons


# --------------------------------------------------------------------------- output

def unchecked_ids(rows, what):
    """Ids whose source says CHECK are candidates nobody confirmed: never emit them."""
    n = 0
    for r in rows:
        if r.get("_src", "").upper() == "CHECK" and r.get("wikidata"):
            r["wikidata"] = ""
            n += 1
    if n:
        print("note: %d unconfirmed Wikidata candidates left out of %s" % (n, what), file=sys.stderr)


def write_tsv(path, columns, rows):
    rows = sorted(rows, key=lambda r: (r["name"].casefold(), r["name"]))
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("#" + "\t".join(columns) + "\n")
        for r in rows:
            cells = []
            for c in columns:
                v = r.get(c, "")
                if isinstance(v, list):
                    v = "|".join(v)
                if "\t" in v or "\n" in v:
                    raise SystemExit("%s: bad character in %r" % (path, v))
                cells.append(v)
            fh.write("\t".join(cells) + "\n")
    return len(rows)


def main(argv=None):
    repo_root = os.path.dirname(os.path.dirname(HERE))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--world-countries", help="world-countries package (dir or .tgz); default: npm pack %s" % WORLD_COUNTRIES)
    ap.add_argument("--country-coder", help="country-coder package (dir or .tgz); default: npm pack %s" % COUNTRY_CODER)
    ap.add_argument("--iso-codes", default="/usr/share/iso-codes/json")
    ap.add_argument("--aliases", default=os.path.join(os.path.dirname(repo_root), "shared", "eval", "aliases.tsv"))
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args(argv)

    workdir = tempfile.mkdtemp(prefix="gazetteer-")
    try:
        wc, cc, iso1, iso3 = load_sources(args, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    cur_countries = read_tsv(os.path.join(CURATED, "countries.tsv"), 9)
    cur_capitals = read_tsv(os.path.join(CURATED, "capitals.tsv"), 6)
    cur_places = read_tsv(os.path.join(CURATED, "places.tsv"), 7)
    cur_orgs = read_tsv(os.path.join(CURATED, "organizations.tsv"), 8)
    cur_persons = read_tsv(os.path.join(CURATED, "persons.tsv"), 7)

    countries = build_countries(wc, cc, iso1, iso3, cur_countries, cur_capitals)
    places = build_places(wc, cc, countries, cur_capitals, cur_places)
    by_name = {r["name"]: r for r in countries.values()}
    orgs = build_orgs(cur_orgs, by_name)
    persons = build_persons(cur_persons)
    for rows, what in ((countries.values(), "countries"), (places.values(), "places"),
                       (orgs.values(), "organizations"), (persons.values(), "persons")):
        unchecked_ids(rows, what)

    counts = {
        "countries.tsv": write_tsv(os.path.join(args.out, "countries.tsv"), check.COLUMNS["countries.tsv"], countries.values()),
        "places.tsv": write_tsv(os.path.join(args.out, "places.tsv"), check.COLUMNS["places.tsv"], places.values()),
        "organizations.tsv": write_tsv(os.path.join(args.out, "organizations.tsv"), check.COLUMNS["organizations.tsv"], orgs.values()),
        "persons.tsv": write_tsv(os.path.join(args.out, "persons.tsv"), check.COLUMNS["persons.tsv"], persons.values()),
    }
    for f, n in counts.items():
        print("wrote %-18s %4d rows" % (f, n), file=sys.stderr)
    return check.main(["--dir", args.out, "--aliases", args.aliases])


if __name__ == "__main__":
    sys.exit(main())
