#!/usr/bin/env python3
"""names.py COUNT FILE: COUNT distinct fictional full names made of syllables, sorted, one a line,
the same on every run (the protected terms of realistic.sh and terms.sh)."""
import random, sys

count, path = int(sys.argv[1]), sys.argv[2]
random.seed(23)
onsets = "b d f g h k l m n p r s t v w br ch sh st th tr".split()
vowels, codas = "a e i o u ai ea oo".split(), "n r l s t d m ck ng rd".split()
endings = "son ton ley field ford well wood by ham worth".split()
syllable = lambda: random.choice(onsets) + random.choice(vowels) + random.choice(codas)
names = set()
while len(names) < count:
    names.add(syllable().capitalize() + " " + (syllable() + random.choice(endings)).capitalize())
open(path, "w").write("\n".join(sorted(names)) + "\n")
