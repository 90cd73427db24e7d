"""Help-centre noise inside the article: relative "Updated ..." lines and rotating CTAs.

Why: replaying weeks of daily snapshots of help-centre articles whose body never changed
gave 70 false alarms in 273 quiet checks.  Two kinds of text inside the <article> (not
furniture) change from one run to the next while both fetches of a run agree:

* a relative update time under the title or in the author line ("Updated 2 days ago",
  "Written by Ana · Updated over a week ago"), bucketed the way help centres print it,
  in several languages, sometimes in its absolute form ("Updated March 16, 2026") and
  sometimes missing for a run.  It follows a simulated `Clock` that moves between runs
  (a few hours to a few days), never between the two fetches of one run;
* a call to action inside the body showing one of 2-3 texts, picked at random on every
  request, so both fetches of a run sometimes agree on a text that is not the stored one.

`HelpCentreSource` serves a seed with the furniture of tests/pages.py, the typography
noise of tests/noise.py and either or both of these classes (opt-in, so tests built on
`NoisySource` are unaffected).  It logs what it served (`served`), so a benchmark can tell
which class a false alarm came from.  `HC_EDITS` are real edits that need the extra
clauses `with_extras` adds (a "Last updated" line, a table, a clause with a number).
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import random
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from tests.noise import perturb
from tests.pages import render_page, seed_blocks
from tests.server import Hit, LoopbackServer, Reply
from tracker.config import parse_config
from tracker.extract.normalize import canonical
from tracker.models import BlockDiff

Blocks = list[tuple[str, str]]

START = dt.datetime(2026, 4, 27, 9, 30, tzinfo=dt.UTC)


# ---------------------------------------------------------------- the simulated clock


class Clock:
    """Simulated time: `advance` moves it between runs (a few hours to a few days).

    The steps mix a 6-hourly cron, daily snapshots and gaps of up to four days; `run`
    counts the runs, so per-run choices (absolute form, missing line) stay the same for
    both fetches of one run.
    """

    def __init__(self, seed: int | str = 0, start: dt.datetime = START) -> None:
        self.now = start
        self.run = 0
        self.rng = random.Random(f"clock-{seed}")

    def step(self) -> dt.timedelta:
        roll = self.rng.random()
        if roll < 0.4:
            hours = 6 + self.rng.uniform(-0.5, 0.5)
        elif roll < 0.8:
            hours = 24 + self.rng.uniform(-1, 1)
        else:
            hours = self.rng.uniform(2, 96)
        return dt.timedelta(hours=hours)

    def advance(self, delta: dt.timedelta | None = None) -> None:
        self.now += self.step() if delta is None else delta
        self.run += 1


# ---------------------------------------------------------------- relative update times


@dataclass(frozen=True)
class Lang:
    """How one help centre prints an update time; each phrase is a full line."""

    code: str
    just_now: str
    minutes: Callable[[int], str]
    hours: Callable[[int], str]
    days: Callable[[int], str]
    today: str
    yesterday: str
    this_week: str
    over_week: str
    over_2_weeks: str
    about_month: str
    over_month: str
    months: Callable[[int], str]
    over_year: str
    absolute: Callable[[dt.date], str]
    written_by: str  # "Written by {}"
    lower_in_byline: bool = False  # "Verfasst von Ana · vor über einer Woche aktualisiert"


def _plural(one: str, many: str) -> Callable[[int], str]:
    return lambda n: one.format(n=n) if n == 1 else many.format(n=n)


_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")  # fmt: skip
_DE_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember")  # fmt: skip
_FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")  # fmt: skip
_ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip
_PT_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
              "setembro", "outubro", "novembro", "dezembro")  # fmt: skip
_IT_MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
              "agosto", "settembre", "ottobre", "novembre", "dicembre")  # fmt: skip
_NL_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december")  # fmt: skip


def _english(prefix: str) -> Lang:
    return Lang(
        code="en" if prefix == "Updated" else "en-colon",
        just_now=f"{prefix} just now",
        minutes=_plural(prefix + " {n} minute ago", prefix + " {n} minutes ago"),
        hours=_plural(prefix + " an hour ago", prefix + " {n} hours ago"),
        days=_plural(prefix + " a day ago", prefix + " {n} days ago"),
        today=f"{prefix} today",
        yesterday=f"{prefix} yesterday",
        this_week=f"{prefix} this week",
        over_week=f"{prefix} over a week ago",
        over_2_weeks=f"{prefix} over 2 weeks ago",
        about_month=f"{prefix} about a month ago",
        over_month=f"{prefix} over a month ago",
        months=lambda n: f"{prefix} over {n} months ago",
        over_year=f"{prefix} over a year ago",
        absolute=lambda d: f"{prefix} {_EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
        written_by="Written by {}",
    )


LANGS: dict[str, Lang] = {
    "en": _english("Updated"),
    "en-colon": _english("Updated:"),
    "de": Lang(
        code="de",
        just_now="Gerade eben aktualisiert",
        minutes=_plural("Aktualisiert vor 1 Minute", "Aktualisiert vor {n} Minuten"),
        hours=_plural("Aktualisiert vor einer Stunde", "Aktualisiert vor {n} Stunden"),
        days=_plural("Aktualisiert vor 1 Tag", "Aktualisiert vor {n} Tagen"),
        today="Heute aktualisiert",
        yesterday="Gestern aktualisiert",
        this_week="Diese Woche aktualisiert",
        over_week="Vor über einer Woche aktualisiert",
        over_2_weeks="Vor über 2 Wochen aktualisiert",
        about_month="Vor etwa einem Monat aktualisiert",
        over_month="Vor über einem Monat aktualisiert",
        months=lambda n: f"Vor über {n} Monaten aktualisiert",
        over_year="Vor über einem Jahr aktualisiert",
        absolute=lambda d: f"Aktualisiert am {d.day}. {_DE_MONTHS[d.month - 1]} {d.year}",
        written_by="Verfasst von {}",
        lower_in_byline=True,
    ),
    "fr": Lang(
        code="fr",
        just_now="Mis à jour à l'instant",
        minutes=_plural("Mis à jour il y a 1 minute", "Mis à jour il y a {n} minutes"),
        hours=_plural("Mis à jour il y a une heure", "Mis à jour il y a {n} heures"),
        days=_plural("Mis à jour il y a 1 jour", "Mis à jour il y a {n} jours"),
        today="Mis à jour aujourd'hui",
        yesterday="Mis à jour hier",
        this_week="Mis à jour cette semaine",
        over_week="Mis à jour il y a plus d'une semaine",
        over_2_weeks="Mis à jour il y a plus de 2 semaines",
        about_month="Mis à jour il y a environ un mois",
        over_month="Mis à jour il y a plus d'un mois",
        months=lambda n: f"Mis à jour il y a plus de {n} mois",
        over_year="Mis à jour il y a plus d'un an",
        absolute=lambda d: f"Mis à jour le {d.day} {_FR_MONTHS[d.month - 1]} {d.year}",
        written_by="Écrit par {}",
    ),
    "es": Lang(
        code="es",
        just_now="Actualizado hace un momento",
        minutes=_plural("Actualizado hace 1 minuto", "Actualizado hace {n} minutos"),
        hours=_plural("Actualizado hace una hora", "Actualizado hace {n} horas"),
        days=_plural("Actualizado hace 1 día", "Actualizado hace {n} días"),
        today="Actualizado hoy",
        yesterday="Actualizado ayer",
        this_week="Actualizado esta semana",
        over_week="Actualizado hace más de una semana",
        over_2_weeks="Actualizado hace más de 2 semanas",
        about_month="Actualizado hace alrededor de un mes",
        over_month="Actualizado hace más de un mes",
        months=lambda n: f"Actualizado hace más de {n} meses",
        over_year="Actualizado hace más de un año",
        absolute=lambda d: f"Actualizado el {d.day} de {_ES_MONTHS[d.month - 1]} de {d.year}",
        written_by="Escrito por {}",
    ),
    "pt": Lang(
        code="pt",
        just_now="Atualizado agora mesmo",
        minutes=_plural("Atualizado há 1 minuto", "Atualizado há {n} minutos"),
        hours=_plural("Atualizado há uma hora", "Atualizado há {n} horas"),
        days=_plural("Atualizado há 1 dia", "Atualizado há {n} dias"),
        today="Atualizado hoje",
        yesterday="Atualizado ontem",
        this_week="Atualizado esta semana",
        over_week="Atualizado há mais de uma semana",
        over_2_weeks="Atualizado há mais de 2 semanas",
        about_month="Atualizado há cerca de um mês",
        over_month="Atualizado há mais de um mês",
        months=lambda n: f"Atualizado há mais de {n} meses",
        over_year="Atualizado há mais de um ano",
        absolute=lambda d: f"Atualizado em {d.day} de {_PT_MONTHS[d.month - 1]} de {d.year}",
        written_by="Escrito por {}",
    ),
    "it": Lang(
        code="it",
        just_now="Aggiornato proprio ora",
        minutes=_plural("Aggiornato 1 minuto fa", "Aggiornato {n} minuti fa"),
        hours=_plural("Aggiornato un'ora fa", "Aggiornato {n} ore fa"),
        days=_plural("Aggiornato 1 giorno fa", "Aggiornato {n} giorni fa"),
        today="Aggiornato oggi",
        yesterday="Aggiornato ieri",
        this_week="Aggiornato questa settimana",
        over_week="Aggiornato più di una settimana fa",
        over_2_weeks="Aggiornato più di 2 settimane fa",
        about_month="Aggiornato circa un mese fa",
        over_month="Aggiornato più di un mese fa",
        months=lambda n: f"Aggiornato più di {n} mesi fa",
        over_year="Aggiornato più di un anno fa",
        absolute=lambda d: f"Aggiornato il {d.day} {_IT_MONTHS[d.month - 1]} {d.year}",
        written_by="Scritto da {}",
    ),
    "nl": Lang(
        code="nl",
        just_now="Zojuist bijgewerkt",
        minutes=_plural("1 minuut geleden bijgewerkt", "{n} minuten geleden bijgewerkt"),
        hours=lambda n: f"{n} uur geleden bijgewerkt",
        days=_plural("1 dag geleden bijgewerkt", "{n} dagen geleden bijgewerkt"),
        today="Vandaag bijgewerkt",
        yesterday="Gisteren bijgewerkt",
        this_week="Deze week bijgewerkt",
        over_week="Meer dan een week geleden bijgewerkt",
        over_2_weeks="Meer dan 2 weken geleden bijgewerkt",
        about_month="Ongeveer een maand geleden bijgewerkt",
        over_month="Meer dan een maand geleden bijgewerkt",
        months=lambda n: f"Meer dan {n} maanden geleden bijgewerkt",
        over_year="Meer dan een jaar geleden bijgewerkt",
        absolute=lambda d: f"Bijgewerkt op {d.day} {_NL_MONTHS[d.month - 1]} {d.year}",
        written_by="Geschreven door {}",
        lower_in_byline=True,
    ),
}

# "buckets": today / yesterday / this week / over a week ago ... (Intercom);
# "counts": N minutes / hours / days ago (moment.js-style, Zendesk's "Updated: 21 days ago").
FAMILIES = ("buckets", "counts")
# (language, family): 15 formats, one per (seed, style) of the benchmark.
FORMATS: tuple[tuple[str, str], ...] = (
    ("en", "buckets"), ("en", "counts"), ("en-colon", "counts"), ("de", "buckets"),
    ("fr", "counts"), ("es", "buckets"), ("pt", "counts"), ("it", "buckets"),
    ("nl", "counts"), ("de", "counts"), ("fr", "buckets"), ("es", "counts"),
    ("pt", "buckets"), ("it", "counts"), ("nl", "buckets"),
)  # fmt: skip
PLACEMENTS = ("own-p", "byline", "own-div")


def relative_phrase(lang: Lang, family: str, age: dt.timedelta) -> str:
    """The update line a help centre prints for an article updated `age` ago."""
    seconds = max(age.total_seconds(), 0)
    days = seconds / 86400
    if seconds < 60:
        return lang.just_now
    if family == "counts":
        if seconds < 3600:
            return lang.minutes(int(seconds // 60))
        if seconds < 86400:
            return lang.hours(int(seconds // 3600))
        if days < 30:
            return lang.days(int(days))
    elif days < 1:
        return lang.today
    elif days < 2:
        return lang.yesterday
    elif days < 7:
        return lang.this_week
    elif days < 14:
        return lang.over_week
    elif days < 30:
        return lang.over_2_weeks
    if days < 45:
        return lang.about_month
    if days < 60:
        return lang.over_month
    if days < 365:
        return lang.months(int(days // 30))
    return lang.over_year


# ---------------------------------------------------------------- rotating calls to action

# "lead|link": the lead in bold, the link text after it.
CTA_SETS: tuple[tuple[str, ...], ...] = (
    ("Have a question?|Chat with sales.", "|Talk to a messaging expert",
     "Need help?|Contact support"),
    ("Ready to build?|Start your free trial", "|Get a personalised demo"),
    ("Still stuck?|Ask the community", "Questions about compliance?|Talk to our team",
     "|See plans and prices"),
)  # fmt: skip


def cta_text(variant: str) -> str:
    lead, link = variant.split("|")
    return f"{lead} {link}".strip()


def _cta_html(variant: str, rng: random.Random) -> str:
    lead, link = variant.split("|")
    href = html.escape(
        f"https://www.twilio.com/help/contact?utm_source=hc&utm_campaign={rng.randrange(10**6)}"
    )
    bold = f"<b>{html.escape(lead)}</b> " if lead else ""
    return (
        '<div class="intercom-interblocks-callout" style="background-color: #e8f0fe80">'
        f'<p>{bold}<a href="{href}" target="_blank">{html.escape(link)}</a></p></div>'
    )


# ---------------------------------------------------------------- extra clauses for edits

LAST_UPDATED = "Last updated: March 3, 2026"
REDATED = "Last updated: May 4, 2026"
NUMBER_CLAUSE = (
    "Call recordings made more than 30 days ago are deleted from our servers unless you "
    "export them or extend the retention period in the Console."
)
TABLE: Blocks = [
    ("row", "Use case | Daily message limit | Registration"),
    ("row", "Marketing | 2,000 | Required"),
    ("row", "Account notifications | 6,000 | Required"),
    ("row", "Two-factor authentication | 10,000 | Not required"),
]
NEW_ROW = ("row", "Charity donations | 2,000 | Required")


def _title_index(blocks: Sequence[tuple[str, str]]) -> int:
    """Where the article title is: the first heading among the first three blocks, else -1."""
    return next((i for i, (k, _) in enumerate(blocks[:3]) if k == "heading"), -1)


def with_extras(blocks: Blocks) -> Blocks:
    """The seed plus a "Last updated" line under the title, a clause with a number (near
    the end) and a table (at the end): what the extra edits of `HC_EDITS` change."""
    out = list(blocks)
    out.insert(_title_index(out) + 1, ("paragraph", LAST_UPDATED))
    out.append(("paragraph", NUMBER_CLAUSE))
    out.extend(TABLE)
    return out


# ---------------------------------------------------------------- the source


@dataclass
class Served:
    """What one request got: the run, the update line (None if missing) and the CTA text."""

    run: int
    line: str | None
    cta: str | None


_MARK = re.compile(
    r'(?:<p>|<div class="text-block"><span style="font-weight:400">)'
    r"(hcmark(?:line|cta))"
    r"(?:</p>|</span></div>)"
)


class HelpCentreSource:
    """A seed served as a help-centre article with in-article noise (see module doc).

    relative: the update line under the title or in the author line follows `clock`.
    rotating: a call to action in the body shows one of its texts, random per request.
    Between runs call `next_run()`.  `pin` forces one CTA text for every request (a run
    whose fetches agree); `mode` forces the update line's form for the next runs
    ("relative", "absolute", "absent"), else it is picked per run.
    """

    def __init__(
        self,
        server: LoopbackServer,
        name: str,
        style: str,
        seed: int,
        *,
        relative: bool = True,
        rotating: bool = True,
        fmt: tuple[str, str] | None = None,
        placement: str | None = None,
        age: dt.timedelta | None = None,
        ctas: Sequence[str] | None = None,
        extras: bool = False,
        clock: Clock | None = None,
    ) -> None:
        plan = random.Random(f"plan-{name}-{style}-{seed}")
        self.name = name
        self.style = style
        self.seed = seed
        self.id = f"{name}-{style}-{seed}"
        self.path = f"/hc/{self.id}"
        self.blocks: Blocks = seed_blocks(name)
        if extras:
            self.blocks = with_extras(self.blocks)
        self.relative = relative
        self.rotating = rotating
        self.clock = clock or Clock(seed)
        lang, self.family = fmt or plan.choice(FORMATS)
        self.lang = LANGS[lang]
        self.placement = placement or plan.choice(PLACEMENTS)
        self.author = plan.choice(("Ana", "Sam Patel", "Lena Müller", "João", "Chiara"))
        if age is None:
            age = plan.choice((
                dt.timedelta(seconds=plan.randrange(5, 50)),
                dt.timedelta(minutes=plan.randrange(2, 55)),
                dt.timedelta(hours=plan.uniform(1, 20)),
                dt.timedelta(days=plan.uniform(1, 6)),
                dt.timedelta(days=plan.uniform(6, 25)),
                dt.timedelta(days=plan.uniform(25, 70)),
                dt.timedelta(days=plan.uniform(70, 400)),
            ))  # fmt: skip
        self.updated_at = self.clock.now - age
        self.ctas = tuple(ctas or plan.choice(CTA_SETS))
        # Anchors: the block the update line follows and the block the CTA precedes: the
        # title, and the heading that ends the introduction (no edit touches a heading).
        title = _title_index(self.blocks)
        self._line_after = self.blocks[title] if title >= 0 else None
        cta_at = plan.choice(("intro", "end"))
        body = [i for i, (k, _) in enumerate(self.blocks) if i >= 3 and k == "heading"]
        self._cta_index = body[0] if cta_at == "intro" and body else len(self.blocks)
        self._cta_before = (
            self.blocks[self._cta_index] if self._cta_index < len(self.blocks) else None
        )
        self.pin: str | None = None
        self.mode: str | None = None
        self.served: list[Served] = []
        self.rng = random.Random(seed)  # typography and furniture, per request
        self.pick = random.Random(f"swap-{seed}")  # which text a swap pins
        self.counter = itertools.count(seed * 1000)
        server.routes[self.path] = self.handle

    # -- per run ------------------------------------------------------------------
    def next_run(self, delta: dt.timedelta | None = None) -> None:
        """Move to the next run: the clock advances (by `delta`, else a random step)."""
        self.clock.advance(delta)

    def run_mode(self) -> str:
        """The update line's form for the current run (the same for every fetch of it)."""
        if self.mode:
            return self.mode
        roll = random.Random(f"mode-{self.seed}-{self.clock.run}").random()
        return "absolute" if roll < 0.12 else "absent" if roll < 0.18 else "relative"

    def update_line(self, mode: str | None = None) -> str | None:
        """The update phrase shown this run (None when the line is missing)."""
        mode = mode or self.run_mode()
        if not self.relative or mode == "absent":
            return None
        if mode == "absolute":
            return self.lang.absolute(self.updated_at.date())
        return relative_phrase(self.lang, self.family, self.clock.now - self.updated_at)

    def line_text(self, phrase: str | None) -> str | None:
        """The whole block the update phrase sits in, as an extractor should read it."""
        if self.placement != "byline":
            return phrase
        author = self.lang.written_by.format(self.author)
        if phrase is None:
            return author
        return f"{author} · {self._in_byline(phrase)}"

    def _in_byline(self, phrase: str) -> str:
        return phrase[0].lower() + phrase[1:] if self.lang.lower_in_byline else phrase

    def step_line(self, limit: dt.timedelta = dt.timedelta(days=400)) -> None:
        """Next run, with the relative form guaranteed to read differently from the last
        one served (the clock moves on until it does; if the phrase no longer changes,
        the run shows the absolute form).  For an edit on the same run as a time step."""
        seen = {self.served[-1].line} if self.served else set()
        seen.add(next((s.line for s in reversed(self.served) if s.line), None))
        self.next_run()
        self.mode = "relative"
        moved = dt.timedelta()
        while self.line_text(self.update_line()) in seen and moved < limit:
            self.clock.now += dt.timedelta(hours=6)
            moved += dt.timedelta(hours=6)
        if self.line_text(self.update_line()) in seen:
            self.mode = "absolute"

    def swap_cta(self) -> str:
        """Pin, for every request until `pin` is reset, a CTA text other than the last one
        served: a run whose fetches all agree on a text that is not the stored one.  A
        text served before is preferred (a tracker may have seen it), else any other."""
        last = next((s.cta for s in reversed(self.served) if s.cta), None)
        shown = {s.cta for s in self.served}
        others = [v for v in self.ctas if cta_text(v) != last]
        choices = [v for v in others if cta_text(v) in shown] or others
        self.pin = self.pick.choice(choices)
        return self.pin

    def cta_for_request(self) -> str:
        """The CTA of the next request: the pinned one, else a random pick keyed by (run,
        request number in the run), so the first two fetches of a run show the same texts
        however many more fetches a tracker makes."""
        if self.pin:
            return self.pin
        n = sum(1 for s in self.served if s.run == self.clock.run)
        return random.Random(f"cta-{self.seed}-{self.clock.run}-{n}").choice(self.ctas)

    # -- texts the benchmark attributes alarms with ---------------------------------
    def noise_texts(self) -> dict[str, set[str]]:
        """Canonical texts of each class this source can show."""
        lines = {s.line for s in self.served if s.line}
        if self.relative:
            lines.add(self.line_text(self.lang.absolute(self.updated_at.date())) or "")
        ctas = {cta_text(v) for v in self.ctas} if self.rotating else set()
        return {
            "relative": {canonical(t) for t in lines if t},
            "rotating": {canonical(t) for t in ctas},
        }

    # -- HTTP -----------------------------------------------------------------------
    def handle(self, hit: Hit) -> Reply:
        page = perturb(self.blocks, self.rng)
        marks: dict[str, str] = {}
        line = cta = None
        line_at = self._index_of(self._line_after, -1) + 1
        if self.relative:
            phrase = self.update_line()
            line = self.line_text(phrase)
            page.insert(line_at, ("paragraph", "hcmarkline"))
            marks["hcmarkline"] = self._line_html(phrase)
        if self.rotating:
            variant = self.cta_for_request()
            cta = cta_text(variant)
            if self._cta_before is None:
                at = len(self.blocks)
            else:
                at = self._index_of(self._cta_before, self._cta_index)
            if self.relative and at >= line_at:
                at += 1
            page.insert(min(at, len(page)), ("paragraph", "hcmarkcta"))
            marks["hcmarkcta"] = _cta_html(variant, self.rng)
        self.served.append(Served(self.clock.run, line, cta))
        text = render_page(page, title=self.name, variant=next(self.counter), style=self.style)
        text, found = _MARK.subn(lambda m: marks[m.group(1)], text)
        if found != len(marks):
            raise AssertionError(f"{self.id}: {len(marks)} markers placed, {found} rendered")
        return Reply(200, text)

    def _index_of(self, block: tuple[str, str] | None, default: int) -> int:
        if block is None:
            return default
        try:
            return self.blocks.index(block)
        except ValueError:
            return min(default, len(self.blocks))

    def _line_html(self, phrase: str | None) -> str:
        iso = self.updated_at.strftime("%Y-%m-%dT%H:%M:%SZ")
        if self.placement == "byline":
            author = html.escape(self.lang.written_by.format(self.author))
            when = ""
            if phrase is not None:
                shown = html.escape(self._in_byline(phrase))
                when = f' · <span class="c__darker"><time datetime="{iso}">{shown}</time></span>'
            return (
                '<div class="avatar"><div class="avatar__info">'
                f'<span class="c__darker">{author}</span>{when}</div></div>'
            )
        if phrase is None:
            return ""
        if self.placement == "own-div":
            return f'<div class="article-updated"><span>{html.escape(phrase)}</span></div>'
        return f'<p class="updated-at"><time datetime="{iso}">{html.escape(phrase)}</time></p>'


def hc_config(server: LoopbackServer, sources: Iterable[HelpCentreSource], **settings):
    """A config of these sources: confirm on (the default), confirm_delay 0."""
    text = "[settings]\nconfirm_delay = 0\ntimeout = 5\n"
    text += "".join(f"{k} = {v!r}\n" for k, v in settings.items())
    for s in sources:
        text += f'[[sources]]\nid = "{s.id}"\nname = "{s.name}"\nurl = "{server.url(s.path)}"\n'
    return parse_config(text, None)


# ---------------------------------------------------------------- reading changes


@dataclass
class Entry:
    """One entry of a change's diff: its kind and the texts it names."""

    kind: str  # added | removed | modified | moved | split | merged
    texts: list[str]
    label: str = field(default="")

    def __str__(self) -> str:
        return self.label or f"{self.kind} {self.texts!r}"


def _short(text: str, n: int = 70) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def entries(diff: BlockDiff) -> list[Entry]:
    """Every entry of a diff (added + removed + modified + moved + split + merged)."""
    out = [Entry("added", [t], f"added {_short(t)!r}") for t in diff.added]
    out += [Entry("removed", [t], f"removed {_short(t)!r}") for t in diff.removed]
    out += [
        Entry(
            "modified", [m.before, m.after], f"modified {_short(m.before)!r} -> {_short(m.after)!r}"
        )
        for m in diff.modified
    ]
    out += [Entry("moved", [m.text], f"moved {_short(m.text)!r}") for m in diff.moved]
    out += [Entry("split", [s.before, *s.after], f"split {_short(s.before)!r}") for s in diff.split]
    out += [
        Entry("merged", [*m.before, m.after], f"merged into {_short(m.after)!r}")
        for m in diff.merged
    ]
    return out


def expected_texts(expected: dict) -> set[str]:
    """Canonical texts an edit touched, from an edit function's return value."""
    texts: list[str] = []
    for key in ("added", "removed", "moved", "split"):
        texts += expected.get(key, [])
    for before, after in expected.get("modified", []):
        texts += [before, after]
    return {canonical(t) for t in texts}


def touches(entry: Entry, wanted: set[str]) -> bool:
    return any(canonical(t) in wanted for t in entry.texts)


def noise_class(entry: Entry, noise: dict[str, set[str]]) -> str:
    """Which noise class an entry shows: "relative", "rotating", or "other"."""
    for label in ("relative", "rotating"):
        known = noise.get(label, set())
        for text in entry.texts:
            key = canonical(text)
            if key in known or any(k and k in key for k in known if len(k) >= 8):
                return label
    return "other"


# ---------------------------------------------------------------- edits that need extras


def _longest_paragraph(blocks: Blocks) -> int:
    return max(
        (i for i, (k, t) in enumerate(blocks) if k == "paragraph" and t != NUMBER_CLAUSE),
        key=lambda i: len(blocks[i][1]),
    )


def change_number(blocks: Blocks) -> dict:
    """A number inside a clause: "more than 30 days ago" becomes "more than 90 days ago"."""
    i = blocks.index(("paragraph", NUMBER_CLAUSE))
    new = NUMBER_CLAUSE.replace("30 days", "90 days")
    blocks[i] = ("paragraph", new)
    return {"modified": [(NUMBER_CLAUSE, new)], "inserted": "90", "deleted": "30"}


_MODAL = {"may": "must", "must": "may", "will": "may", "can": "cannot", "should": "must"}


def one_word(blocks: Blocks) -> dict:
    """One word in the longest clause: a modal verb flipped (may -> must), else a word
    two thirds of the way in replaced."""
    i = _longest_paragraph(blocks)
    kind, text = blocks[i]
    words = text.split(" ")
    at = next((j for j, w in enumerate(words) if w in _MODAL), None)
    if at is None:
        at = len(words) * 2 // 3
        words[at] = "never"
    else:
        words[at] = _MODAL[words[at]]
    new = " ".join(words)
    blocks[i] = (kind, new)
    return {"modified": [(text, new)]}


def add_row(blocks: Blocks) -> dict:
    """A new table row, before the table's last row."""
    i = blocks.index(TABLE[-1])
    blocks.insert(i, NEW_ROW)
    return {"added": [NEW_ROW[1]]}


def redate(blocks: Blocks) -> dict:
    """The "Last updated" line re-dated: one change, of kind date-only."""
    i = blocks.index(("paragraph", LAST_UPDATED))
    blocks[i] = ("paragraph", REDATED)
    return {"modified": [(LAST_UPDATED, REDATED)], "kind": "date-only"}


HC_EDITS: dict[str, Callable[[Blocks], dict]] = {
    "number": change_number,
    "one-word": one_word,
    "table-row": add_row,
    "re-dated": redate,
}
