"""Effective dates: the day a policy change binds from, read from the policy's own words.

A page carries many dates (datelines, end-of-life notices, "accounts created before",
statistics, the day a law came into force); only some say when its rules start to apply.
Each date mention (tracker.compare.dates, any format) is judged by the words around it in its
sentence, in English, German, French, Spanish, Italian, Portuguese and Dutch:

* score 3, a strong trigger right before the date ("takes effect on", "effective and
  binding as of", "Effective Date:", "gültig ab", "en vigueur à compter du", "vigentes a
  partir del", "in vigore dal", "em vigor a partir de", "van kracht vanaf") or right
  after it ("am 1. Juli 2025 in Kraft");
* score 2, a weak trigger ("as of", "starting", "from", "ab", "à partir du", "a partir
  de", "dal", "vanaf") in a sentence that speaks of rules or of the document;
* score 1, the sentence has an effect phrase elsewhere ("On May 4, 2022, the policy will
  take effect").

A date is never an effective date when the words before it are "before", "until", "by",
"no later than", "announced on", "e.g." and their equivalents, nor when the sentence is
about a law or regulation coming into force rather than the document itself.

Separately, a "Last updated / Stand / Dernière mise à jour / Última actualización" label
gives the date of the version; it counts when nothing states an effective date.  Among
several effective dates of the same strength the latest binds (existing customers are
bound from the later date; the old version's date is the earlier).
"""

from __future__ import annotations

from tracker.compare.dates import day_first_hint, find_dates, sentences
from tracker.compare.effective_phrases import (
    _best,
    _candidates,
    effective_date_in,
    effective_dates_in,
)
from tracker.compare.update_labels import _first_label, _update_dates, last_updated_in
from tracker.extract.normalize import canonical as _canonical
from tracker.models import EffectiveDate

__all__ = [
    "effective_date_for_change",
    "effective_date_in",
    "effective_dates_in",
    "last_updated_in",
    "passage_date",
]


def effective_date_for_change(
    added: list[str],
    modified_after: list[str],
    old_texts: list[str],
    new_texts: list[str],
) -> EffectiveDate | None:
    """The date a change binds from.

    In order: a strong or rule-bound date in an added clause; one in a modified clause's
    new text that the old page did not have; a changed "Last updated" label; a weaker
    statement in an added clause; a modified clause restating an old date.  A sentence
    found word for word on the old page is not part of the change and is never read.
    """
    day_first = day_first_hint([*new_texts, *added])
    passage = " ".join(added)
    found = [c for text in added for c in _candidates(text, day_first, passage)]
    if not found and len(added) > 1:
        found = _candidates(passage, day_first)
    best = _best(found)
    if best and best.score >= 2:
        return EffectiveDate(best.mention.date, best.sentence, "added")
    old_dates = {m.date for text in old_texts for m in find_dates(text, day_first=day_first)}
    old_sentences = {_canonical(s) for text in old_texts for s in sentences(text)}
    fresh = [
        c
        for text in modified_after
        for c in _candidates(text, day_first)
        if _canonical(c.sentence) not in old_sentences
    ]
    new_dated = _best([c for c in fresh if c.mention.date not in old_dates])
    if new_dated and new_dated.score >= 2:
        return EffectiveDate(new_dated.mention.date, new_dated.sentence, "modified")
    old_label = _first_label(old_texts, day_first)
    new_label = _first_label([*added, *new_texts], day_first)
    updates = _update_dates(added, day_first)
    if new_label and (old_label is None or old_label[0] != new_label[0]):
        latest = max([new_label, *updates], key=lambda item: item[0])  # "(some terms
        return EffectiveDate(latest[0], latest[1], "last-updated")  # updated on ...)"
    if best:
        return EffectiveDate(best.mention.date, best.sentence, "added")
    best = new_dated or _best(fresh)
    if best:
        return EffectiveDate(best.mention.date, best.sentence, "modified")
    if updates:
        latest = max(updates, key=lambda item: item[0])
        return EffectiveDate(latest[0], latest[1], "added")
    return None


def passage_date(text: str) -> EffectiveDate | None:
    """The date a passage binds from: an effective statement, else its version label."""
    return effective_date_for_change([text], [], [], [text])
