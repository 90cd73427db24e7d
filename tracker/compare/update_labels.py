"""The date of a version: "Last updated / Stand / Dernière mise à jour / Última
actualización" labels, and sentences that say when a text was updated.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from tracker.compare.dates import day_first_hint, find_dates, sentence_spans
from tracker.compare.effective_phrases import (
    _AND,
    _DOCUMENT,
    _NEGATIVE,
    _OWN_DOCUMENT,
    _REGULATION,
    _STRONG,
    _WEEKDAY,
)

# Labels that say "this version is of": anywhere near the head of a sentence ...
_LABEL_WORDS = (
    r"last\s+(?:updated|modified|revised|reviewed|amended|changed|update|revision)"
    r"(?:\s+(?:this|the)\s+\w+)?"
    r"|date\s+(?:of\s+)?last\s+(?:revision|update|modification|updated|modified|revised)"
    r"|revision\s+date|version\s+date|release\s+date|update\s+date|date\s+of\s+(?:this\s+)?version"
    r"|version\s+(?:dated|effective|of)"
    r"|zuletzt\s+(?:geändert|aktualisiert|überarbeitet|bearbeitet)|letzte\s+(?:aktualisierung"
    r"|änderung|überarbeitung)|aktualisiert\s+am|geändert\s+am|fassung\s+vom|version\s+vom"
    r"|datum\s+der\s+letzten\s+\w+"
    r"|dernière\s+(?:mise\s+à\s+jour|modification|révision|actualisation)|mise?s?\s+à\s+jour"
    r"(?:\s+le)?|modifiée?s?\s+(?:en\s+dernier\s+lieu\s+)?le|version\s+du|en\s+date\s+du"
    r"|date\s+de\s+(?:la\s+)?(?:dernière\s+)?mise\s+à\s+jour"
    r"|última\s+(?:actualización|modificación|revisión|atualização|alteração|revisão)"
    r"|actualizad[oa]s?(?:\s+(?:el|en|a))?|fecha\s+de\s+(?:la\s+)?(?:última\s+)?"
    r"(?:actualización|modificación|revisión)"
    r"|ultim[oa]\s+(?:aggiornamento|modifica|revisione)|aggiornat[oaie](?:\s+(?:il|al))?"
    r"|data\s+(?:dell['’]\s*)?ultim[oa]\s+(?:aggiornamento|modifica)"
    r"|atualizad[oa]s?(?:\s+em)?|data\s+da\s+última\s+(?:atualização|alteração)"
    r"|(?:voor\s+het\s+)?laatst\s+(?:bijgewerkt|gewijzigd|herzien|aangepast)(?:\s+op)?"
    r"|bijgewerkt\s+op|gewijzigd\s+op|versie\s+(?:van|d\.d\.)"
    r"|datum\s+(?:laatste\s+)?(?:wijziging|herziening|update)"
)
# ... and single words that are labels only before a colon, in brackets or at the head.
_LABEL_GENERIC = (
    r"updated(?:\s+on)?|modified|revised|amended|last\s+update|effective\s+date"
    r"|effective(?:\s+as\s+of|\s+from|\s+starting)?|version|date|edition|stand|versie"
    r"|datum|fecha|data|versión|versione|versão|édition|aktualisiert|geändert|actualizado"
    r"|atualizado|aggiornato|bijgewerkt|gewijzigd|mis\s+à\s+jour|herzien|revisión"
)
_LABEL = re.compile(
    r"\b(?:(?P<words>" + _LABEL_WORDS + r")|(?P<generic>" + _LABEL_GENERIC + r"))(?!\w)",
    re.I,
)
# Between a label and its date: "on", "in data", or a few words and a colon
# ("Stand der Datenschutzerklärung: 04.05.2024").
_LABEL_GAPS = (
    re.compile(
        r"^\s*(?:[:\-–—|(\[]\s*)?(?:(?:on|at|am|le|el|em|il|op|the|in\s+data|en\s+date\s+du"
        r"|du|del|de|vom|van|as\s+of|" + _WEEKDAY + r")[\s,]+)*(?:[:\-–—|(\[]\s*)?",
        re.I,
    ),
    re.compile(r"^\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*:\s*\[?", re.I),
    re.compile(r"^\s*(?:number\s+|nr\.?\s+|no\.?\s+)?v?\d+(?:\.\d+)*\s*[|,(:–—-]?\s*\(?", re.I),
)
_PUBLICATION = re.compile(
    r"publi|diffusion|posted|veröffentlich|pubblicazione|next|nächste|prochaine|próxima"
    r"|prossima|volgende|review|überprüfung|revisione\s+prevista|aviso|avis\b|notice"
    r"|hinweis|mitteilung|mededeling|bericht|avviso|comunicazione",
    re.I,
)
# A label after its date: "Dit privacystatement is op 28 juli 2017 het laatst gewijzigd."
_LABEL_AFTER = re.compile(
    r"^\s*(?:(?:het|zum|le|la)\s+)?(?:laatst\s+(?:gewijzigd|bijgewerkt|aangepast)"
    r"|zuletzt\s+(?:geändert|aktualisiert)|last\s+(?:updated|modified|revised)"
    r"|(?:aktualisiert|geändert|herzien|gewijzigd|bijgewerkt|überarbeitet)\b)",
    re.I,
)
_SENTENCE_WORDS = re.compile(
    r"\b(?:will|shall|is|are|was|were|be|on|at|as|from|we|you|wird|ist|sind|est|sont|será"
    r"|es|son|sarà|è|sono|é|são|wordt|zijn)\b",
    re.I,
)
_TITLE = re.compile(r"^\W*(?:[\w'’.&-]+\s+){1,8}?(?=\S*\d)", re.I)
_WORD = re.compile(r"\w+")


def _label_date(text: str, day_first: bool | None = None) -> tuple[dt.date, str] | None:
    """The "Last updated" date of `text` and the sentence that states it.

    The label may follow a title ("Terms of Service (Last modified: March 3, 2025)"), a
    month and year is its 1st, and a new sentence may follow the date; but a clause that
    merely mentions an update ("last updated on May 1, 2025 to add SMS rules") is
    content, not a label, and a publication or review date is not a version's date.
    Of several labels the latest date is the version's.
    """
    if day_first is None:
        day_first = day_first_hint([text])
    found = []
    for start, end in sentence_spans(text):
        sentence = text[start:end].strip()
        date = _label_in(sentence, day_first)
        if date:
            found.append((date, sentence))
    return max(found, key=lambda item: item[0], default=None)


def _label_place(sentence: str, match: re.Match[str]) -> bool:
    """Whether a label stands where labels stand: a phrase like "Last updated" near the
    head of a sentence; a bare word like "Version" or "Stand" at the head, after a bracket
    or a title, or before a colon."""
    head = sentence[: match.start()]
    words = _WORD.findall(head)
    if match.group("words"):
        return len(words) <= 14
    if re.match(r"\s*:", sentence[match.end() :]) or re.search(r"[(\[|–—-]\s*$|^\W*$", head):
        return True
    # after a title: a few words, none of a sentence's
    return len(words) <= 8 and not _SENTENCE_WORDS.search(head) and ". " not in head


def _label_in(sentence: str, day_first: bool | None) -> dt.date | None:
    for match in _LABEL.finditer(sentence):
        if not _label_place(sentence, match):
            continue
        rest = sentence[match.end() : match.end() + 80]
        mentions = find_dates(rest, day_first=day_first)
        if not mentions:
            continue
        gaps = [g.end() for p in _LABEL_GAPS if (g := p.match(rest))]
        if mentions[0].start not in gaps or _PUBLICATION.search(
            rest[: mentions[0].start] + match.group(0)
        ):
            continue
        tail = sentence[match.end() + mentions[0].end :]
        if len(_WORD.findall(tail)) <= 3 or re.match(r"\s*(?:[)\]|.;:,(·•*–—-]|[A-Z\d])", tail):
            return mentions[0].date
    mentions = find_dates(sentence, day_first=day_first)
    for mention in mentions:
        if _LABEL_AFTER.match(sentence[mention.end :]):
            return mention.date
    # A title and a date, nothing else: "Algemene Verkoop- en leveringsvoorwaarden 01-01-2021."
    if len(mentions) == 1 and mentions[0].day_known:
        head, tail = sentence[: mentions[0].start], sentence[mentions[0].end :]
        if (
            (re.fullmatch(r"[\s.)\]]*", tail) or not re.search(r"[a-z]", tail))
            and _TITLE.match(head + "0")
            and re.search(r"\b" + _DOCUMENT + r"\b", head, re.I)
            and not _NEGATIVE.search(head)
            and not _STRONG.search(head)
            and not _SENTENCE_WORDS.search(head)
        ):
            return mentions[0].date
    return None


def last_updated_in(text: str) -> dt.date | None:
    """The date of a "Last Updated: March 3, 2025" style label (or a head "Effective Date:")."""
    found = _label_date(text)
    return found[0] if found else None


def _first_label(texts: Sequence[str], day_first: bool | None) -> tuple[dt.date, str] | None:
    for text in texts:
        found = _label_date(text, day_first)
        if found:
            return found
    return None


# "Zoom updated its Terms of Service on March 31, 2023", "se actualizaron el 1 de
# septiembre de 2022": when a text was updated, said in a sentence rather than a label.
_UPDATED = re.compile(
    r"\b(?:updated|revised|amended|changed|modified|aktualisiert|geändert|actualiz(?:ó|aron|ad[oa]s?)"
    r"|atualiz(?:ou|aram|ad[oa]s?)|aggiornat[oaie]|bijgewerkt|gewijzigd|mis(?:es)?\s+à\s+jour"
    r"|modifiée?s?)\b(?:\s+[\w'’-]+){0,6}?\s+(?:on|am|le|el|em|il|op|on\s+the)\s+$",
    re.I,
)


def _update_dates(texts: Sequence[str], day_first: bool | None) -> list[tuple[dt.date, str]]:
    """Dates a text says it was updated on, in sentences (not labels), with "and" lists."""
    found = []
    for text in texts:
        for start, end in sentence_spans(text):
            sentence = text[start:end]
            previous = None
            for mention in find_dates(sentence, day_first=day_first):
                before = sentence[: mention.start]
                joined = previous is not None and _AND.match(sentence[previous.end : mention.start])
                law = _REGULATION.search(before[-90:]) and not _OWN_DOCUMENT.search(sentence)
                if mention.day_known and not law and (_UPDATED.search(before[-90:]) or joined):
                    found.append((mention.date, sentence.strip()))
                    previous = mention
                else:
                    previous = None
    return found
