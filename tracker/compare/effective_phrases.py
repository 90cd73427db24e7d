"""Effective-date statements: which words around a date make it the day rules bind from.

The vocabulary (strong and weak triggers, negatives, laws and regulations, conditions)
in seven languages, and the scoring of each date mention by its sentence; see
tracker.compare.effective for the rules as a whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tracker.compare.dates import DateMention, day_first_hint, find_dates, sentence_spans
from tracker.models import EffectiveDate

_WORD = re.compile(r"\w+")
_FILLER = (
    r"(?:on|from|as\s+of|as\s+from|starting|beginning|in|the|with\s+effect\s+from"
    r"|am|ab|zum|vom|dem|den|seit|per"
    r"|le|du|au|dès\s+le|à\s+compter\s+du|à\s+partir\s+du|depuis\s+le|à\s+la\s+date\s+du"
    r"|el|del|desde\s+el|a\s+partir\s+d[oae]l?|a\s+contar\s+del?|de"
    r"|il|dal|dall['’]|a\s+partire\s+dal|a\s+decorrere\s+dal|al"
    r"|em|a\s+partir\s+de|desde|do|da"
    r"|op|vanaf|met\s+ingang\s+van|van|of|(?:o\s+|el\s+|del\s+|il\s+|dal\s+|de\s+)?d[ií]a"
    r"|(?:il\s+|dal\s+)?giorno|de\s+dag)"
)
_WEEKDAY = (
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag"
    r"|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes"
    r"|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì"
    r"|sabato|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|maandag"
    r"|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
)
_FOR_WHOM = r"(?:(?:for|to|für|pour|para|per|voor)\s+(?:[\w-]+\s+){1,3}?)?"
_ADVERB = r"(?:\w+ly|automatisch|automatiquement|automáticamente|automaticamente|sofort)"
_LEAD = (
    r"\s*(?:[:\-–—,(]\s*)?" + _FOR_WHOM + r"(?:(?:" + _FILLER + "|" + _WEEKDAY + "|"
    + _ADVERB + r")[\s,]+)*(?:[:\-–—,(]\s*)?$"
)
_STRONG = re.compile(
    r"(?:\b(?:go(?:es|ing)?|went|gone|come[s]?|coming|came|put)\s+into\s+(?:effect|force)"
    r"|\b(?:take[sn]?|took|taking)\s+effect"
    r"|\benter(?:s|ed|ing)?\s+into\s+force"
    r"|\bin\s+(?:effect|force)"
    r"|\beffective(?:\s+and\s+binding)?(?:\s+date)?(?:\s+starting)?"
    r"|\bbinding|\bwith\s+effect(?:\s+(?:to|from|on|as\s+of))?"
    r"|\btake[sn]?\s+place|\btaking\s+place|\bbe(?:come)?\s+(?:implemented|applied)"
    r"|\bvalid(?:\s+(?:from|as\s+of|since))?|\bgo(?:es)?\s+to\s+effect"
    r"|\b(?:appl(?:y|ies|ied)|applicable)"
    # German
    r"|\bg(?:ü|ue)ltig(?:\s+ab|\s+seit)?|\bgilt\s+ab|\bgelten\s+ab|\bwirksam(?:\s+ab)?"
    r"|\bin\s+kraft(?:\s+(?:ab|seit|getreten\s+am|treten\s+am))?|\binkrafttreten"
    r"|\bmit\s+wirkung\s+(?:zum|vom|ab)|\bdatum\s+des\s+inkrafttretens"
    # French
    r"|\ben\s+vigueur|\bentr(?:e|ent|era|eront|ée|é)\s+en\s+vigueur"
    r"|\bentrée\s+en\s+vigueur|\bprend(?:ra|ront|re)?\s+effet|\bapplicables?"
    r"|\bs['’]appliqu(?:e|ent|era|eront)|\beffective?s?\s+(?:à\s+compter|à\s+partir|dès)"
    # Spanish
    r"|\bvigentes?|\ben\s+vigor|\bentra(?:n|rá|rán)?\s+en\s+vigor|\bentrada\s+en\s+vigor"
    r"|\baplicables?|\bse\s+aplicar(?:á|án)|\bvigencia|\befectiv[oa]s?"
    r"|\bsurtir(?:á|án)\s+efecto|\bcon\s+efectos?"
    # Italian
    r"|\bin\s+vigore|\bentra(?:no|rà|ranno)?\s+in\s+vigore|\bentrata\s+in\s+vigore"
    r"|\befficac[ie]|\bapplicabil[ei]|\bsi\s+applic(?:a|ano|herà|heranno)|\bcon\s+effetto"
    r"|\bvalid[oaie]|\bdecorrenza|\bcom\s+efeitos?|\bcon\s+efectos?"
    # Portuguese
    r"|\bem\s+vigor|\bentra(?:m|rá|rão)?\s+em\s+vigor|\bvigor(?:a|ará|arão)|\bvigente"
    r"|\bválid[oa]s?|\baplicáve(?:l|is)|\bproduz(?:irá|irão)?\s+efeitos?"
    # Dutch
    r"|\bvan\s+kracht|\bin\s+werking(?:\s+getreden)?|\btreedt\s+in\s+werking|\bgeldig"
    r"|\bingangsdatum|\bvan\s+toepassing|\bvigerend|\bmet\s+ingang\s+van"
    r"|\b(?:worden\s+)?doorgevoerd)" + _LEAD,
    re.I,
)
# A trigger right after the date: "am 1. Juli 2025 in Kraft", "op 1 juli 2025 in werking".
_AFTER = re.compile(
    r"^\W{0,3}(?:\w+\s+){0,3}?(?:in\s+kraft|in\s+werking|en\s+vigueur|en\s+vigor"
    r"|in\s+vigore|em\s+vigor|wirksam|van\s+kracht)\b",
    re.I,
)
_WEAK = re.compile(
    r"\b(?P<word>on\s+or\s+after|as\s+of|as\s+from|starting(?:\s+on|\s+from|\s+in)?|beginning(?:\s+on|\s+in)?"
    r"|commencing(?:\s+on)?|from|on|ab(?:\s+dem|\s+sofort)?|seit|zum|vom|à\s+compter\s+du"
    r"|à\s+partir\s+du|dès\s+le|depuis\s+le|a\s+partir\s+del?|desde\s+el|a\s+contar\s+del?"
    r"|a\s+partire\s+dal|a\s+decorrere\s+dal|dal|a\s+partir\s+de|desde|vanaf|per"
    r"|met\s+ingang\s+van)\s+(?:the\s+)?(?:(?:" + _WEEKDAY + r")[\s,]+)?$",
    re.I,
)
_RULES = re.compile(
    r"\b(?:must|shall|required?|requirements?|apply|applies|applicable|no\s+longer|may\s+not"
    r"|prohibited|not\s+(?:be\s+)?(?:allowed|permitted)|mandatory|need\s+to|enforce\w*"
    r"|muss|müssen|gilt|gelten|verboten|erforderlich|doit|doivent|interdit|obligatoire"
    r"|debe|deben|prohibido|obligatorio|deve|devono|vietato|obbligatorio|devem|proibido"
    r"|moet|moeten|verboden|verplicht|gelden|geldt)\b",
    re.I,
)
_POLICY = re.compile(
    r"\b(?:terms|policy|policies|agreement|addendum|changes?|updates?|updated|rules?"
    r"|guidelines|fees?|prices?|pricing|rates?|effective|binding|will|notice"
    r"|agree(?:s|ing)?|accept(?:s|ing)?|revisions?|revised"
    r"|bedingungen|richtlinie|vereinbarung|datenschutz\w*|änderungen|conditions|politique"
    r"|contrat|modifications|términos|condiciones|política|acuerdo|cambios|termini"
    r"|condizioni|informativa|modifiche|termos|política|alterações|voorwaarden|beleid"
    r"|overeenkomst|wijzigingen|versie|version|fassung|\w+voorwaarden|\w+bedingungen)\b",
    re.I,
)
_SENTENCE_TRIGGER = re.compile(
    r"\b(?:(?:take[sn]?|took|taking)\s+effect|(?:go(?:es)?|went|come[s]?|came)\s+into"
    r"\s+(?:effect|force)|enter(?:s|ed)?\s+into\s+force|in\s+(?:effect|force)"
    r"|bec(?:ome|omes|ame)\s+effective|(?:is|are|be|been)\s+(?:\w+\s+)?effective"
    r"|effective\s+date|(?:will|shall)\s+(?:\w+\s+)?apply"
    r"|in\s+kraft|wirksam|en\s+vigueur|prend\w*\s+effet|en\s+vigor|in\s+vigore|em\s+vigor"
    r"|in\s+werking|van\s+kracht)\b",
    re.I,
)
_NEGATIVE = re.compile(
    r"\b(?:before|prior\s+to|until|till|through|thru|by|(?<!or\s)(?<!and\s)after|following"
    r"|no\s+later\s+than|not\s+later\s+than|deadline(?:\s+is)?|due(?:\s+on|\s+by)?"
    r"|expir\w*(?:\s+on)?|through|ending"
    r"|end(?:s|ed|ing)?(?:\s+on)?|end\s+of\s+life(?:\s+on)?|eol(?:\s+on)?"
    r"|sunset\w*(?:\s+on)?|announced(?:\s+on)?|published(?:\s+on)?|posted(?:\s+on)?"
    r"|dated|created(?:\s+on)?|copyright|e\.g\.?|for\s+example|such\s+as|format"
    r"|between|clos(?:ed|es|ing)(?:\s+as\s+of|\s+on)?|next\s+review(?:\s+date)?|review\s+date|reviewed\s+(?:on|by)|founded(?:\s+on)?"
    r"|vor\s+dem|bis(?:\s+zum|\s+spätestens)?|spätestens(?:\s+am|\s+zum)?|vor"
    r"|avant\s+le|jusqu['’]au|au\s+plus\s+tard\s+le|publiée?\s+le"
    r"|antes\s+del?|hasta\s+el|a\s+más\s+tardar\s+el|publicad[oa]\s+el"
    r"|prima\s+del|entro\s+il|fino\s+al|pubblicat[oa]\s+il"
    r"|até|antes\s+de|publicad[oa]\s+em"
    r"|vóór|voor|tot|uiterlijk(?:\s+op)?|gepubliceerd\s+op"
    r"|publication\s+date|date\s+de\s+(?:diffusion|publication)|fecha\s+de\s+publicación"
    r"|data\s+di\s+pubblicazione|data\s+de\s+publicação|veröffentlicht(?:\s+am)?"
    r"|datum\s+van\s+publicatie)\W*(?:the\s+|le\s+|el\s+|il\s+)?$"
    r"|©\s*$",
    re.I,
)
# A sentence about a law or regulation coming into force, not about this document.
_REGULATION = re.compile(
    r"\b(?:GDPR|DSGVO|RGPD|LGPD|CCPA|CPRA|UK\s+GDPR|regulation|directive|act|law|statute"
    r"|verordnung|gesetz|richtlinie\s+\(eu\)|règlement|loi|reglamento|ley|regolamento"
    r"|legge|decreto|regulamento|lei|verordening|richtlijn|wet|provvedimento|ordinance|bill"
    r"|government|ministry|authority|commission|parliament|regulator|board\s+of|customs"
    r"|notification\s+increasing|art(?:icle|ikel|ículo|icolo|igo)?\.?\s*\d+)\b",
    re.I,
)
_DOCUMENT = (
    r"(?:terms|policy|agreement|addendum|notice|conditions|version|aup|dpa|statement"
    r"|\w*bedingungen|\w*richtlinien?|\w*erklärung|\w*vereinbarung|agb|politique|contrat"
    r"|déclaration|avis|términos|condiciones|política|acuerdo|aviso|declaración|termini"
    r"|condizioni|informativa|accordo|termos|condições|acordo|declaração|\w*voorwaarden"
    r"|beleid|\w*overeenkomst|\w*verklaring|privacystatement)"
)
_OWN_DOCUMENT = re.compile(
    r"\b(?:these|this|our|the\s+updated|the\s+revised|the\s+new|updated|revised|diese[rsn]?"
    r"|unsere[rsn]?|les\s+présentes|présentes|cette|ces|nos|notre|estos|estas|esta|este"
    r"|nuestr[oa]s?|questi|queste|questa|questo|nostr[aei]|nossos|nossas|nossa|deze|dit"
    r"|onze)\s+(?:[\w-]+\s+){0,2}?" + _DOCUMENT + r"\b",
    re.I,
)
# A condition ("If your plan started from 9 December 2020, ...") is not a statement.
_CONDITION = re.compile(r"\b(?:if|wenn|falls|si|se|als|indien)\b[^,;:.]{0,70}$", re.I)
_EFFECT_AFTER = re.compile(
    r"\b(?:into|in)\s+(?:effect|force)\s+(?:on\s+or\s+)?after\s*$"
    r"|\bnot\s+(?:be\s+|become\s+)?(?:effective|binding|in\s+effect|apply|take\s+effect)"
    r"\s+until\s*$",
    re.I,
)


@dataclass(frozen=True)
class _Candidate:
    score: int
    position: int
    mention: DateMention
    sentence: str


def _score(sentence: str, mention: DateMention, passage: str) -> int:
    """How surely the words around `mention` make it the date a rule starts to apply.

    `passage` is the text the sentence comes from (a block, or the blocks a change
    added): a heading above says what a bare "A partire dal 31 ottobre 2022:" is about.
    """
    before = sentence[: mention.start]
    if _EFFECT_AFTER.search(before[-60:]):
        return 3  # "coming into effect after March 28, 2024"
    if _NEGATIVE.search(before[-48:]) or _CONDITION.search(before[-80:]):
        return 0
    if (
        _REGULATION.search(passage)
        and not _OWN_DOCUMENT.search(passage)
        and not _RULES.search(sentence)
    ):
        return 0
    if _STRONG.search(before[-80:]):
        return 3
    if _AFTER.search(sentence[mention.end : mention.end + 60]):
        return 3
    weak = _WEAK.search(before[-40:])
    if weak:
        word = " ".join(weak.group("word").lower().split())
        rest = sentence[: weak.start()] + sentence[mention.end :]
        if len(_WORD.findall(rest)) <= 8:  # a bare "A partire dal ...:" under a heading
            rest += " " + passage.replace(sentence, " ")
        if word.startswith("as") and (_POLICY.search(rest) or _RULES.search(rest)):
            return 2
        if word == "on" and _RULES.search(rest):
            return 2
        if word not in ("on", "as of", "as from") and (
            _RULES.search(rest) or _POLICY.search(rest) or re.search(r"\bwill\b", rest, re.I)
        ):
            return 2
    if mention.day_known and _SENTENCE_TRIGGER.search(sentence):
        return 1
    return 0


_AND = re.compile(
    r"^[^.;]{0,60}?\b(?:and|or|und|oder|bzw\.?|beziehungsweise|et|ou|y|o|e|en|of)\s+"
    r"(?:(?:" + _FILLER + r")\s+)*$",
    re.I,
)


def _candidates(
    text: str, day_first: bool | None = None, passage: str | None = None
) -> list[_Candidate]:
    """Every date in `text` read as effective, with its score and sentence, in text order.

    A date joined to an effective date by "and"/"or" ("on September 14 for new users and
    on October 28 for all other users") is as effective as the first.
    """
    if day_first is None:
        day_first = day_first_hint([text])
    found: list[_Candidate] = []
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        previous: tuple[DateMention, int] | None = None
        for mention in find_dates(sentence, day_first=day_first):
            score = _score(sentence, mention, passage or text)
            if previous and previous[1] >= 2 and _AND.match(
                sentence[previous[0].end : mention.start]
            ):
                score = max(score, previous[1])
            previous = (mention, score)
            if score >= (1 if mention.day_known else 2):
                found.append(_Candidate(score, start + mention.start, mention, sentence.strip()))
    return found


def _best(found: Sequence[_Candidate]) -> _Candidate | None:
    """The surest candidate; among equals the latest date (then the first in the text)."""
    return max(found, key=lambda c: (c.score, c.mention.date, -c.position), default=None)


def effective_dates_in(text: str) -> list[EffectiveDate]:
    """Every effective date stated in `text`, in text order."""
    return [EffectiveDate(c.mention.date, c.sentence, "added") for c in _candidates(text)]


def effective_date_in(text: str) -> EffectiveDate | None:
    """The date `text` says something takes effect, with its sentence; None if it says none."""
    best = _best(_candidates(text))
    return EffectiveDate(best.mention.date, best.sentence, "added") if best else None
