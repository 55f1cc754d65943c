"""How news gives one person a second name ("Norman Cook - aka Fatboy Slim", "Fatboy Slim, real name Norman Cook").

`/quote` follows such a phrase from a name nobody is quoted under to the quoted person, and `check` treats a claim
under either name as a claim of the one person. Both read the same marks, so they live here once: a closed class of
English, not words read off a case.
"""

from __future__ import annotations

import re

# the marks of a second name ("aka", "also known as", "real name") ...
SECOND_NAME = r"(?:aka|a\.k\.a\.?|alias|(?:also\s+|better\s+|otherwise\s+)?known\s+as|real\s+name)"
# ... and of a birth name: "née Stahl", "born Stahl" give a family's surname, which a brother or a father bears too,
# so they make one person of two names only before a whole name ("born Mary Stahl")
ANY_NAME = rf"(?:{SECOND_NAME}|born|n[ée]e)"

# a possessive ending the name a mark leads to: "Ray Kemp, better known as Gail Brand's husband" names a relation of
# someone else, not a second name
OWNED = re.compile(r"['’]s\b")
