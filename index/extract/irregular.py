"""English verbs whose past is not the base plus "-ed", each written once: the one table every reader of an
irregular form derives from.

Why one table: the date reader (``answer.when``: "left" asks "leave") and the claim reader (``answer.claims``:
"Petrova heard Halvorsen say" — a verb before a name that ends neither in "-ed" nor "-ing") each kept a hand list
of such forms, and the lists overlapped without agreeing. A consumer picks the verbs it reads and derives the forms
it needs (:func:`lemma_of`, :func:`past`); which verbs it reads stays its own choice. The speech verbs among them
("said", "told", "wrote") stand in ``lexicon`` too, with the same lemma (a test holds the two to each other).
"""

from __future__ import annotations

from functools import cache

# lemma     past     participle
_TABLE = """
beat      beat     beaten
become    became   become
begin     began    begun
break     broke    broken
bring     brought  brought
build     built    built
buy       bought   bought
catch     caught   caught
choose    chose    chosen
come      came     come
draw      drew     drawn
fall      fell     fallen
fight     fought   fought
find      found    found
fly       flew     flown
get       got      got
give      gave     given
go        went     gone
hear      heard    heard
hit       hit      hit
hold      held     held
keep      kept     kept
know      knew     known
lead      led      led
leave     left     left
let       let      let
lose      lost     lost
make      made     made
meet      met      met
pay       paid     paid
quit      quit     quit
rise      rose     risen
run       ran      run
say       said     said
see       saw      seen
sell      sold     sold
send      sent     sent
shoot     shot     shot
sing      sang     sung
spend     spent    spent
split     split    split
stand     stood    stood
strike    struck   struck
take      took     taken
teach     taught   taught
tell      told     told
think     thought  thought
throw     threw    thrown
win       won      won
write     wrote    written
"""

# lemma -> (past, participle)
IRREGULAR: dict[str, tuple[str, str]] = {
    lemma: (past_form, participle) for lemma, past_form, participle in (line.split() for line in _TABLE.strip().splitlines())
}


def past(lemma: str) -> str:
    """The simple past of an irregular verb ("hear" -> "heard")."""
    return IRREGULAR[lemma][0]


@cache
def lemma_of() -> dict[str, str]:
    """Every past and participle of the table, to its lemma ("left" -> "leave", "taken" -> "take")."""
    return {form: lemma for lemma, forms in IRREGULAR.items() for form in forms}
