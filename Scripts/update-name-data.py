#!/usr/bin/env python3
"""Regenerates the name data the draft check is built on (Sources/Confidant/DraftCheck/Data/):

- NicknameData.swift from the `nicknames` dataset (PyPI nicknames 1.0.1, names.csv, Apache-2.0,
  hand-curated by Carlton Northern and Nick Crews): each given name and its short forms.
- FirstNameData.swift from nam_dict.txt (PyPI gender-guesser 0.4.0; (c) 2007-2008 Joerg Michael,
  GNU Free Documentation License 1.2 or later): given names common in Great Britain or Ireland, or
  in the countries most of the UK's other communities come from; with the given names of the US
  1990 Census lists in PyPI names 0.3.0 (public domain). Names that are also lower-case English
  words in Debian's wbritish list are marked with a "*" (they count as a name only when written
  like one).
- SurnameData.swift from the same Census list of surnames (PyPI names 0.3.0, dist.all.last, public
  domain): the 20,000 most common, to tell a namesake ("Tom Jones" is not a client Mary Jones).

Run it by hand when a source changes (it downloads the two PyPI packages and needs Debian's
wbritish for /usr/share/dict/british-english); the build and the tests read only the generated
Swift files, which carry their sources' notices.
"""
import csv
import io
import os
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Sources", "Confidant", "DraftCheck", "Data")
NICKNAMES = "nicknames==1.0.1"
GENDER_GUESSER = "gender-guesser==0.4.0"
CENSUS = "names==0.3.0"
SURNAMES = 20000
WORDS = "/usr/share/dict/british-english"

# nam_dict.txt: one column a country, from column 30; a frequency 1-D (hex) means rare to very
# common. Great Britain and Ireland, any frequency; the others at 4 or more (about one person in
# 2,000 or commoner there).
GB, IE = 30, 31
OTHERS = {
    "Italy": 33, "Portugal": 35, "Spain": 36, "France": 37, "Germany": 42, "Lithuania": 51, "Poland": 52,
    "Czech Republic": 53, "Slovakia": 54, "Hungary": 55, "Romania": 56, "Bulgaria": 57, "Albania": 66,
    "Greece": 67, "Russia": 68, "Ukraine": 71, "Turkey": 76, "Arabia/Persia": 77, "India/Sri Lanka": 80,
    "other countries": 84,
}


def download(requirement, directory):
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", directory, requirement], check=True)
    [name] = [f for f in os.listdir(directory) if f.lower().startswith(requirement.split("==")[0].replace("-", "_"))]
    return os.path.join(directory, name)


def fold(name):
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def english_words():
    with open(WORDS, encoding="utf-8") as words:
        return {line.strip() for line in words if line.strip().islower() and "'" not in line}


def nicknames(wheel):
    with zipfile.ZipFile(wheel) as archive:
        rows = csv.DictReader(io.TextIOWrapper(archive.open("nicknames/names.csv"), encoding="utf-8"))
        forms = {}
        for row in rows:
            if row["relationship"] == "has_nickname":
                forms.setdefault(row["name1"].strip().lower(), []).append(row["name2"].strip().lower())
    return {name: sorted(set(short) - {name}) for name, short in forms.items()}


def first_names(wheel, words):
    with zipfile.ZipFile(wheel) as archive:
        text = archive.open("gender_guesser/data/nam_dict.txt").read().decode("iso-8859-1")
    names = set()
    for line in text.splitlines():
        if line.startswith("#") or len(line) < 31:
            continue
        name = line[3:29].strip()
        columns = line[GB:]
        def frequency(column):
            value = line[column] if column < len(line) else " "
            return int(value, 16) if value.strip() and value in "123456789ABCD" else 0
        common = frequency(GB) or frequency(IE) or any(frequency(column) >= 4 for column in OTHERS.values())
        if not common or "+" in name or " " in name:
            continue
        folded = fold(name)
        if len(folded) >= 3 and folded.isalpha() and folded.isascii():
            names.add(folded)
    return sorted(names), {name for name in names if name in words}


def census(archive):
    import tarfile
    with tarfile.open(archive) as tar:
        def names(member, limit=None):
            lines = tar.extractfile(f"names-0.3.0/names/{member}").read().decode("ascii").splitlines()
            return [fold(line.split()[0]) for line in lines[:limit] if line.strip()]
        return set(names("dist.male.first") + names("dist.female.first")), names("dist.all.last", SURNAMES)


def swift_string(lines):
    return "\n".join("    " + line for line in lines)


def main():
    words = english_words()
    with tempfile.TemporaryDirectory() as directory:
        short = nicknames(download(NICKNAMES, directory))
        names, everyday = first_names(download(GENDER_GUESSER, directory), words)
        census_first, surnames = census(download(CENSUS, directory))
        names = sorted(set(names) | {name for name in census_first if len(name) >= 3})
        everyday = {name for name in names if name in words}
    with open(os.path.join(OUT, "NicknameData.swift"), "w", encoding="utf-8") as out:
        out.write(f"""// Generated by Scripts/update-name-data.py from the `nicknames` dataset (PyPI {NICKNAMES},
// names.csv): Copyright Carlton Northern and Nick Crews, licensed under the Apache License 2.0
// (Data/LICENSE-nicknames beside this file). Reformatted, not otherwise changed. Do not edit by hand.

/// Given names and the short forms people use for them, from the hand-curated `nicknames`
/// dataset: one line a name, `name:short,short`.
enum NicknameData {{
    static let text = \"\"\"
{swift_string(f"{name}:{','.join(forms)}" for name, forms in sorted(short.items()) if forms)}
    \"\"\"
}}
""")
    with open(os.path.join(OUT, "FirstNameData.swift"), "w", encoding="utf-8") as out:
        out.write(f"""// Generated by Scripts/update-name-data.py. Derived from nam_dict.txt, distributed with PyPI
// {GENDER_GUESSER}: Copyright (c) 2007-2008 Joerg Michael, subject to the GNU Free Documentation
// License, Version 1.2 or any later version (Data/GFDL-1.2 beside this file). Modified 2026 by the
// Confidant maintainers: only names common in Great Britain or Ireland (any frequency) or, at
// frequency 4 or more, in {", ".join(OTHERS)}; folded to lower-case ASCII, three letters or more;
// genders and frequencies dropped; merged with the given names of the US 1990 Census (PyPI
// {CENSUS}, public domain); a "*" marks a name that is also a lower-case English word in
// Debian's wbritish list. Do not edit by hand.

/// Given names people in the UK have ({len(names)}), one a line, sorted (byte order); "*" marks an
/// everyday English word.
enum FirstNameData {{
    static let text = \"\"\"
{swift_string(name + ("*" if name in everyday else "") for name in names)}
    \"\"\"
}}
""")
    with open(os.path.join(OUT, "SurnameData.swift"), "w", encoding="utf-8") as out:
        out.write(f"""// Generated by Scripts/update-name-data.py from the US 1990 Census surname list in PyPI {CENSUS}
// (dist.all.last), which is in the public domain: the {SURNAMES:,} most common, folded to lower
// case, sorted; a "*" marks a surname that is also a lower-case English word in Debian's wbritish
// list. Do not edit by hand.

/// Common surnames, one a line, sorted (byte order); "*" marks an everyday English word.
enum SurnameData {{
    static let text = \"\"\"
{swift_string(name + ("*" if name in words else "") for name in sorted(set(surnames)))}
    \"\"\"
}}
""")
    print(f"{len(short)} names with short forms, {len(names)} first names ({len(everyday)} also English words)")


if __name__ == "__main__":
    main()
