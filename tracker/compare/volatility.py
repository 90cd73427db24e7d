"""What varies on a page while the policy stays the same, learned per source.

Three kinds of noise get past the furniture filters because they sit inside the article:

* **counters and tokens** that differ between two fetches of one run ("42 of 57 found
  this helpful"): the confirming fetch sees them, and their *shape* (canonical text with
  numbers blanked) is remembered and ignored from then on;
* **relative times** ("Updated 2 days ago", "Aktualisiert vor 3 Tagen", "il y a plus
  d'une semaine"): both fetches of a run agree, the next run does not.  A short line
  whose only news is such a time is never content; once a source has printed one, the
  same line with an absolute date ("Updated March 16, 2026") is the same line;
* **rotating variants**: a call-to-action that shows one of a few texts per request or
  per day.  A replacement seen against the stored version is fetched again until the old
  text shows up (the slot rotates) or the limit is hit; a text that was replaced away
  and comes back (A, B, A) is a variant too.

Everything learned is kept in the `volatile` table as a string per source: a bare shape,
``time: <label>`` for a line that printed a relative time, ``gone: <shape>`` for a short
text a recorded change replaced.  Canonical text never holds ": ", so the prefixes
cannot collide with a shape.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from tracker.compare.dates import find_dates
from tracker.extract.normalize import canonical, clean
from tracker.models import Block

_HAS_DIGIT = re.compile(r"\d")
TIME = "time: "
GONE = "gone: "
META_WORDS = 8  # a line with at most this many words besides its time is a metadata line
VARIANT_WORDS = 15  # only texts this short are taken for rotating variants

_TOKENISH = re.compile(r"\b(?=[a-z0-9_-]*\d)[a-z0-9_-]{6,}\b")
_DIGITS = re.compile(r"\d+")
_MARK = "timemark"
# The words of a bare update-time label ("Last updated", "Aktualisiert am", "Mis à jour").
_UPDATE_WORDS = frozenset(
    "last updated update edited modified revised aktualisiert bearbeitet geändert mis à jour"
    " modifié actualizado modificado atualizado aggiornato modificato bijgewerkt gewijzigd"
    " laatst zuletzt".split()
)
_DATE_FILLERS = frozenset(
    "on at am um le el em il op the of de del du do da vom van ab since seit".split()
)

# Relative times in the languages of the catalog's readers.  Counted forms ("3 days ago",
# "vor über einer Woche") count anywhere in a short line; bare day words ("today",
# "gestern") only next to an update label, since policies use them as ordinary words.
_EN_NUM = (r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
           r"|a\s+few|few|several|a\s+couple\s+of|couple\s+of)")
_EN_UNIT = (r"(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|wks?|months?|mos?"
            r"|years?|yrs?)")
_EN_QUAL = (r"(?:(?:over|about|around|almost|nearly|more\s+than|less\s+than|under"
            r"|approximately|roughly|just\s+over|a\s+little\s+over)\s+)?")
_COUNTED = [
    rf"\b{_EN_QUAL}{_EN_NUM}\s*{_EN_UNIT}\s+ago\b",
    r"\b\d+\s*(?:s|m|h|d|w|mo|y)\s+ago\b",
    r"\b(?:just\s+now|moments?\s+ago|a\s+moment\s+ago|gerade\s+eben|soeben|à\s+l['’]instant"
    r"|ahora\s+mismo|hace\s+(?:un\s+)?momentos?|agora\s+mesmo|há\s+(?:um\s+)?momentos?"
    r"|poco\s+fa|proprio\s+ora|un\s+attimo\s+fa|zojuist|net\s+nu)\b",
    r"\bun['’]ora\s+fa\b",
    # German: vor 3 Tagen, vor über einer Woche, vor einem Monat
    r"\bvor\s+(?:(?:über|mehr\s+als|etwa|ungefähr|fast|knapp|rund)\s+)?"
    r"(?:\d+|einer?|einem|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|wenigen"
    r"|ein\s+paar)\s+(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?"
    r"|jahr(?:en)?)\b",
    # French: il y a 2 jours, il y a plus d'une semaine, il y a environ un mois
    r"\bil\s+y\s+a\s+(?:plus\s+d['’]\s*|plus\s+de\s+|environ\s+|près\s+d['’]\s*"
    r"|moins\s+d['’]\s*|moins\s+de\s+|presque\s+)?(?:\d+|une?|deux|trois|quelques)\s*"
    r"(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?|années?)\b",
    # Spanish: hace 3 días, hace más de una semana
    r"\bhace\s+(?:(?:más\s+de|aproximadamente|alrededor\s+de|casi|cerca\s+de)\s+)?"
    r"(?:\d+|una?|dos|tres|unos?|unas|unos\s+pocos|unas\s+pocas|pocos|pocas)\s+"
    r"(?:segundos?|minutos?|horas?|días?|dias?|semanas?|mes(?:es)?|años?)\b",
    # Portuguese: há 2 dias, há mais de uma semana, 2 dias atrás
    r"\bh[áa]\s+(?:(?:mais\s+de|cerca\s+de|quase|aproximadamente)\s+)?"
    r"(?:\d+|uma?|dois|duas|três|alguns|algumas)\s+"
    r"(?:segundos?|minutos?|horas?|dias?|semanas?|mês|meses|anos?)\b",
    r"\b(?:\d+|uma?|dois|duas|três)\s+(?:segundos?|minutos?|horas?|dias?|semanas?|mês|meses"
    r"|anos?)\s+atrás\b",
    # Italian: 3 giorni fa, più di una settimana fa
    r"\b(?:(?:più\s+di|circa|quasi|oltre)\s+)?(?:\d+|una?|due|tre|pochi|qualche)\s+"
    r"(?:second[oi]|minut[oi]|or[ae]|giorn[oi]|settiman[ae]|mes[ei]|ann[oi])\s+fa\b",
    # Dutch: 3 dagen geleden, meer dan een week geleden
    r"\b(?:(?:meer\s+dan|ongeveer|bijna|ruim|over)\s+)?(?:\d+|een|één|twee|drie|enkele"
    r"|paar)\s+(?:seconden?|minuten|minuut|uur|uren|dagen|dag|weken|week|maanden|maand"
    r"|jaren|jaar)\s+geleden\b",
]
_LABEL = (r"(?:last\s+updated|updated|edited|modified|revised|published|posted|written"
          r"|aktualisiert|bearbeitet|geändert|mis\s+à\s+jour|modifié|actualizado|modificado"
          r"|atualizado|aggiornato|modificato|bijgewerkt|gewijzigd)")
_DAY = (r"(?:today|yesterday|this\s+week|last\s+week|this\s+month|last\s+month|heute|gestern"
        r"|diese\s+woche|letzte\s+woche|aujourd['’]hui|hier|cette\s+semaine|hoy|ayer"
        r"|esta\s+semana|hoje|ontem|oggi|ieri|questa\s+settimana|vandaag|gisteren"
        r"|deze\s+week|vorige\s+week)")
RELATIVE = re.compile("|".join(_COUNTED), re.IGNORECASE)
LABELLED_DAY = re.compile(
    rf"\b{_LABEL}\W{{1,3}}(?:(?:on|am|le|el|em|il|op)\s+)?(?P<day>{_DAY})\b"
    rf"|\b(?P<day2>{_DAY})\s+{_LABEL}\b",
    re.IGNORECASE,
)


def shape(text: str) -> str:
    """A block's shape: canonical text with numbers and token-like words blanked.

    "42 of 57 found this helpful" and "43 of 58 found this helpful" share a shape, so a
    counter that changed between two fetches is remembered once and ignored afterwards.
    """
    key = _TOKENISH.sub("#", canonical(text))
    return _DIGITS.sub("#", key)


def _relative_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in RELATIVE.finditer(text)]
    spans += [m.span("day") if m.group("day") else m.span("day2")
              for m in LABELLED_DAY.finditer(text)]
    return spans


@dataclass(frozen=True)
class TimeLine:
    """A short metadata line about when the page changed: its label, and whether the time
    it prints is relative ("2 days ago") rather than a calendar date."""

    label: str
    relative: bool


def time_line(text: str) -> TimeLine | None:
    """The line as a TimeLine when it is a short line carrying a time, else None."""
    text = clean(text)
    if len(text) > 240:
        return None
    spans = _relative_spans(text)
    relative = bool(spans)
    spans += [(m.start, m.end) for m in find_dates(text)]
    if not spans:
        return None
    masked, last = [], 0
    for start, end in sorted(spans):
        if start < last:
            continue
        masked.append(text[last:start])
        masked.append(f" {_MARK} ")
        last = end
    masked.append(text[last:])
    words = [w for w in canonical("".join(masked)).split() if w != _MARK]
    if len(words) > META_WORDS:
        return None
    # The same line in its relative and absolute forms orders its words differently
    # ("3 dagen geleden bijgewerkt" / "Bijgewerkt op 25 april 2026"): the label is the
    # set of its words, less the little words that introduce a date.
    return TimeLine(" ".join(sorted(set(words) - _DATE_FILLERS)), relative)


@dataclass
class Noise:
    """What is known to vary on one source: block shapes, time-line labels, gone texts."""

    shapes: set[str] = field(default_factory=set)
    time_labels: set[str] = field(default_factory=set)
    gone: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, stored: Iterable[str] | Noise) -> Noise:
        """Parse the strings kept in the `volatile` table (or pass a Noise through)."""
        if isinstance(stored, Noise):
            return stored
        noise = cls()
        for item in stored:
            if item.startswith(TIME):
                noise.time_labels.add(item.removeprefix(TIME))
            elif item.startswith(GONE):
                noise.gone.add(item.removeprefix(GONE))
            else:
                noise.shapes.add(item)
        return noise

    def is_noise(self, block: Block) -> bool:
        if self.shapes and shape(block.text) in self.shapes:
            return True
        line = time_line(block.text) if _may_be_time(block.text) else None
        if line is not None:
            return line.relative or line.label in self.time_labels
        return bool(self.time_labels) and self._bare_label(block.text)

    def _bare_label(self, text: str) -> bool:
        """A relative-time line printed without its time ("Written by Ana" where the
        byline usually reads "Written by Ana · Updated 3 days ago")."""
        if len(text) > 120:
            return False
        words = set(canonical(text).split()) - _DATE_FILLERS
        if not words or len(words) > META_WORDS:
            return False
        return any(words <= set(label.split()) for label in self.time_labels)

    def comparable(self, blocks: Iterable[Block]) -> list[Block]:
        """The blocks that count when two versions are compared."""
        return [b for b in blocks if not self.is_noise(b)]

    def learn_time_labels(self, *versions: Sequence[Block]) -> dict[str, str]:
        """Labels of relative-time lines not known yet, as `volatile` rows to keep."""
        fresh: dict[str, str] = {}
        for blocks in versions:
            short = "\n".join(b.text for b in blocks if len(b.text) <= 240)
            if not _HINT.search(short):
                continue
            for block in blocks:
                if not _may_be_relative(block.text):
                    continue
                line = time_line(block.text)
                if line and line.relative and line.label not in self.time_labels:
                    self.time_labels.add(line.label)
                    fresh[TIME + line.label] = block.text
        return fresh

    def learn_dropped_times(self, old: Sequence[Block], new: Sequence[Block]) -> None:
        """Update times that come and go: a line that shows its update time in one version
        and not in the other ("Written by Ana · Updated April 27, 2026" / "Written by
        Ana"), or a bare "Updated April 27, 2026" line that one version has and the other
        has no line like it.  Their labels join the time labels of this comparison.  A
        line re-dated in both versions is not touched: that is a date-only change."""
        for one, other in ((old, new), (new, old)):
            keys = {canonical(b.text) for b in one}
            bare = [b for b in other if len(b.text) <= 120 and canonical(b.text) not in keys]
            other_labels = {
                line.label for b in other
                if _may_be_time(b.text) and (line := time_line(b.text)) is not None
            }  # fmt: skip
            for block in one:
                line = time_line(block.text) if _may_be_time(block.text) else None
                if line is None or line.label in self.time_labels:
                    continue
                label = set(line.label.split())
                if label <= _UPDATE_WORDS and line.label not in other_labels:
                    self.time_labels.add(line.label)
                    continue
                for candidate in bare:
                    words = set(canonical(candidate.text).split()) - _DATE_FILLERS
                    if words and words < label:
                        self.time_labels.add(line.label)
                        break


# Words one of which every relative time above contains: one C-level search over a whole
# page's short lines spares the full expressions on nearly every page.
_HINT = re.compile(
    r"\b(?:ago|vor|il\s+y\s+a|hace|h[áa]|fa|geleden|atrás|now|eben|soeben|instant|mismo"
    r"|mesmo|momentos?|ora|zojuist|nu|today|yesterday|week|month|heute|gestern|woche"
    r"|aujourd|hier|semaine|hoy|ayer|semana|hoje|ontem|oggi|ieri|settimana|vandaag"
    r"|gisteren)\b",
    re.IGNORECASE,
)


def _may_be_relative(text: str) -> bool:
    if len(text) > 240 or not _HINT.search(text):
        return False
    return bool(RELATIVE.search(text) or LABELLED_DAY.search(text))


def _may_be_time(text: str) -> bool:
    """Cheap pre-check: only short lines with a digit or a relative phrase are parsed."""
    if len(text) > 240:
        return False
    return _HAS_DIGIT.search(text) is not None or _may_be_relative(text)


def stable_blocks(first: Sequence[Block], second: Sequence[Block]) -> tuple[list[Block], dict]:
    """Blocks present in both fetches (in the second's order), and the shapes that varied."""
    counts = Counter(canonical(b.text) for b in first)
    stable: list[Block] = []
    varied: dict[str, str] = {}
    for block in second:
        key = canonical(block.text)
        if counts[key] > 0:
            counts[key] -= 1
            stable.append(block)
        else:
            varied[shape(block.text)] = block.text
    for block in first:
        key = canonical(block.text)
        if counts[key] > 0:
            counts[key] -= 1
            varied[shape(block.text)] = block.text
    return stable, varied


def _short(text: str) -> bool:
    return len(text.split()) <= VARIANT_WORDS


def _gaps(old: Sequence[Block], new: Sequence[Block]):
    """(old indexes, new indexes) of each stretch where two block lists differ."""
    matcher = SequenceMatcher(
        None, [canonical(b.text) for b in old], [canonical(b.text) for b in new],
        autojunk=False,
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            yield range(i1, i2), range(j1, j2)


def looks_like_swap(old: Sequence[Block], new: Sequence[Block], noise: Noise) -> bool:
    """Whether what differs includes a short text in the place of another: the mark of a
    rotating variant, worth another fetch before it is believed.  The other text may be
    one already known to vary (a rotation's third text shows up next to it)."""
    for olds, news in _gaps(old, new):
        fresh_new = any(_short(new[j].text) and not noise.is_noise(new[j]) for j in news)
        if not fresh_new:
            continue
        if any(_short(old[i].text) or noise.is_noise(old[i]) for i in olds):
            return True
        if any(noise.is_noise(new[j]) for j in news):
            return True
    return False


def variants(old: Sequence[Block], new: Sequence[Block], noise: Noise) -> dict[str, str]:
    """Shapes of rotating variants that comparing `old` with `new` reveals.

    * a short old text in a stretch where the new page shows only known variants sat in
      the same slot: it is a variant too (a third text of a rotation);
    * a short new text that a recorded change replaced away before, now back in place of
      another short text (A, B, A): both are variants.
    """
    found: dict[str, str] = {}
    for olds, news in _gaps(old, new):
        if not olds:
            continue
        new_noise = [noise.is_noise(new[j]) for j in news]
        old_texts = [old[i].text for i in olds if not noise.is_noise(old[i])]
        if news and all(new_noise):
            found.update((shape(t), t) for t in old_texts if _short(t))
            continue
        back = [new[j].text for j, is_n in zip(news, new_noise, strict=True)
                if not is_n and _short(new[j].text) and shape(new[j].text) in noise.gone]
        if back and any(_short(t) for t in old_texts):
            found.update((shape(t), t) for t in back)
            found.update((shape(t), t) for t in old_texts if _short(t))
    return found


def gone_texts(removed: Iterable[str]) -> dict[str, str]:
    """`volatile` rows for short texts a recorded change replaced (to spot A, B, A)."""
    return {GONE + shape(t): t for t in removed if _short(t)}
