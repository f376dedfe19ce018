"""Texts of the power-balance view that models/power_balance.py writes in English: relation
labels, era presets, a relation's period and an institution's tally, in the interface language.

The model's own English string is the key given to the translator, so when the model's wording
changes the lookup simply finds nothing and the new English is shown (never a stale translation).
The QT_TRANSLATE_NOOP table below repeats the model's strings so that pyside6-lupdate sees them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.power_balance import RELATIONS, Era, Power, PowerInstitution, Tally
from ui.i18n.dates import format_date

translate = QCoreApplication.translate

_MODEL_STRINGS = (
    QT_TRANSLATE_NOOP("PowerModel", "appoints"), QT_TRANSLATE_NOOP("PowerModel", "appoints with consent"),
    QT_TRANSLATE_NOOP("PowerModel", "nominates"), QT_TRANSLATE_NOOP("PowerModel", "proposes"),
    QT_TRANSLATE_NOOP("PowerModel", "recommends"), QT_TRANSLATE_NOOP("PowerModel", "elects"),
    QT_TRANSLATE_NOOP("PowerModel", "consents to"), QT_TRANSLATE_NOOP("PowerModel", "approves"),
    QT_TRANSLATE_NOOP("PowerModel", "dismisses"), QT_TRANSLATE_NOOP("PowerModel", "dissolves"),
    QT_TRANSLATE_NOOP("PowerModel", "no confidence"), QT_TRANSLATE_NOOP("PowerModel", "vetoes"),
    QT_TRANSLATE_NOOP("PowerModel", "applies to"), QT_TRANSLATE_NOOP("PowerModel", "summons"),
    QT_TRANSLATE_NOOP("PowerModel", "oversees"),
    QT_TRANSLATE_NOOP("PowerModel", "After June 2022"), QT_TRANSLATE_NOOP("PowerModel", "After Sept. 2022"),
    QT_TRANSLATE_NOOP("PowerModel", "After July 2026"), QT_TRANSLATE_NOOP("PowerModel", "Today"),
    QT_TRANSLATE_NOOP("PowerModel", "The 1995 Constitution as amended up to 2019: 15 presidential senators, a "
                                    "Constitutional Council, regional akims appointed on the Prime Minister's "
                                    "proposal."),
    QT_TRANSLATE_NOOP("PowerModel", "The amendments approved in the referendum of 5 June 2022 (dated here "
                                    "8 June 2022)."),
    QT_TRANSLATE_NOOP("PowerModel", "The single seven-year presidential term, signed on 17 September 2022."),
    QT_TRANSLATE_NOOP("PowerModel", "The Constitutional Court starts work; citizens may apply to it."),
    QT_TRANSLATE_NOOP("PowerModel", "The 2026 Constitution: the unicameral Kurultai, a Vice-President, the "
                                    "Halyk Kenesi."),
    QT_TRANSLATE_NOOP("PowerModel", "The rules in force today, as far as the sources say."),
)


def model_text(text: str) -> str:
    """A string written by the power model, translated when the translation knows it."""
    return translate("PowerModel", text) if text else text


def relation_label(power: Power) -> str:
    return model_text(power.relation_label)


def relation_name(relation: str) -> str:
    kind = RELATIONS.get(relation)
    return model_text(kind.label) if kind else relation


def era_label(era: Era) -> str:
    return model_text(era.label)


def era_description(era: Era) -> str:
    return model_text(era.description)


def day(date: str) -> str:
    """A date in the power view: ISO in English, as the view always showed (its date fields are
    ISO too), and in the reader's words in Russian and Kazakh, where ISO reads as foreign."""
    from ui.i18n import translations
    if not date or translations.current_language() == "en":
        return date
    return format_date(date)


def period(power: Power) -> str:
    """'from 1 January 2019', '5 June 2022 – 1 July 2026', with '(unconfirmed from …)'."""
    start = day(power.valid_from) if power.valid_from else translate("PowerBalance", "before 2019")
    if power.valid_to:
        text = f"{start} \u2013 {day(power.valid_to)}"
    else:
        text = translate("PowerBalance", "from {start}").format(start=start)
    if power.unconfirmed_from:
        text += " " + translate("PowerBalance", "(unconfirmed from {date})").format(date=day(power.unconfirmed_from))
    return text


def _counts(pairs: tuple[tuple[str, int], ...]) -> str:
    return ", ".join(f"{relation_name(r)} {n}" for r, n in pairs)


def explanation(tally: Tally, institution: PowerInstitution) -> list[str]:
    """The tally in words (the model's Tally.explanation, in the interface language)."""
    from ui.i18n import translations
    if translations.current_language() == "en":
        return tally.explanation()  # the model's English, with its plurals
    name = institution.name
    lines = []
    if tally.held:
        over = len({p.target for p in tally.held})
        lines.append(translate("PowerBalance", "{name} holds powers: {count}, over institutions: {over}:").format(
            name=name, count=len(tally.held), over=over) + " " + _counts(tally.held_by_relation) + ".")
    else:
        lines.append(translate("PowerBalance", "{name} holds no recorded power over another institution.").format(
            name=name))
    if tally.checks:
        by = len({p.holder for p in tally.checks})
        lines.append(translate("PowerBalance", "Checks on it: {count}, from institutions: {by}:").format(
            count=len(tally.checks), by=by) + " " + _counts(tally.checks_by_relation) + ".")
    else:
        lines.append(translate("PowerBalance", "No recorded institution holds a power over it."))
    if tally.unconfirmed:
        lines.append(translate("PowerBalance", "Of these, {n} rest on earlier rules the newer sources do not "
                                               "mention.").format(n=tally.unconfirmed))
    if tally.disputed:
        lines.append(translate("PowerBalance", "Of these, {n} are disputed between sources.").format(n=tally.disputed))
    lines.append(translate("PowerBalance", "Counts are of recorded relations, not a measure of strength: one "
                                           "appointment may weigh more than several consents."))
    return lines
