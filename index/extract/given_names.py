"""Whether a word is a given name: the evidence that "Robbie Keane" is a person and "Matchwinner Keane" is not.

The extractor's own lists (:data:`index.extract.names.MALE_FIRST`/``FEMALE_FIRST``) hold
about 300 common English first names; news quotes people from everywhere. The data
file of ``gender-guesser`` (some 48,000 given names of many countries, from Jörg
Michael's ``nam_dict``) answers "is this a first name anywhere?" far better than a
hand-kept list could. Only the names are read, once, on first use, so commands
that never extract quotations never pay for it.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

_NAME_COLUMNS = slice(3, 29)  # nam_dict.txt: a gender code, then the name in fixed columns


@cache
def _given_names() -> frozenset[str]:
    try:
        data = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return frozenset()  # an install without it falls back to the extractor's own lists
    names: set[str] = set()
    for line in data.decode("iso-8859-1").splitlines():
        if not line or line[0] in "#=":
            continue
        name = line[_NAME_COLUMNS].strip()
        if "<" in name:  # the file's escapes for letters outside Latin-1; those names are rare in English news
            continue
        for part in name.replace("+", " ").split():
            names.add(part.casefold())
    return frozenset(names)


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a given name in some country ("Robbie", "Sontaya" no, "Damien" yes)."""
    return word.casefold() in _given_names()


# nam_dict.txt's gender codes: "M"/"F" a male/female name, "1M"/"1F" male/female as a first name; the "?" codes
# (mostly one gender, or both) are left out, so a name any line calls unisex or mostly one gender has no gender here
_MALE_CODES = frozenset(("M", "1M"))
_FEMALE_CODES = frozenset(("F", "1F"))


@cache
def _genders() -> dict[str, str]:
    try:
        data = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return {}
    codes: dict[str, set[str]] = {}
    for line in data.decode("iso-8859-1").splitlines():
        if not line or line[0] in "#=":
            continue
        name = line[_NAME_COLUMNS].strip()
        if "<" in name or " " in name or "+" in name:
            continue
        codes.setdefault(name.casefold(), set()).add(line[:2].strip())
    out: dict[str, str] = {}
    for name, seen in codes.items():
        if seen <= _MALE_CODES:
            out[name] = "male"
        elif seen <= _FEMALE_CODES:
            out[name] = "female"
    return out


def given_name_gender(word: str) -> str | None:
    """"male" or "female" when every country's list gives ``word`` that gender only ("Martin", "Marla"); ``None``
    for a name any list calls unisex or mostly one gender ("Chris", "Jordan", "Kim") and for a word no list holds.

    A pronoun's antecedent must agree with it in gender; the extractor's own lists know a few hundred English names,
    and a "she" resolved to a man named outside them is a wrong name no other evidence catches.
    """
    return _genders().get(word.casefold())
