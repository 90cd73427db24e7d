"""Compare: two versions' blocks -> changes.  Block alignment (diff) and word diffs
(words), learned noise (volatility), dates and effective dates (dates, effective,
effective_phrases, update_labels), changelog entries, facts of a change (facts/), and
the change records themselves (detect).  Imports fetch, extract and the base modules."""
