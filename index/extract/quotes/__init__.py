"""Direct quotations and who said them, inside one document.

News prose attributes speech in a handful of shapes ("…," X said · X said: "…"
· said X · according to X · "…," he said · the alliance chief, saying "…"), and a
quotation that opens a paragraph with no attribution continues the previous
speaker.  The package keeps the jobs apart:

* :mod:`.spans` pairs the quotation marks of each paragraph;
* :mod:`.speech` tells speech from scare quotes, titles and nicknames;
* :mod:`.rules` is the attribution rule table, strongest cue first;
* :mod:`.resolver` turns a speaking mention into the fullest name the document gives;
* :mod:`.extract` runs them in order and carries speakers across a run of quotations.

Merging names across documents is :mod:`index.extract.registry`'s job.  It is
regex and dictionaries only: it runs over every document at build time.
"""

from index.extract.quotes.extract import extract_quotations

__all__ = ["extract_quotations"]
