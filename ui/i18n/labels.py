"""Interface labels for codes stored in the data (status, confidence, branches, relation families,
change statuses), translated where they are shown.

The tables in models/ stay English and Qt-free (the CLI's JSON uses them); these give the same
codes' labels through Qt's translator. QT_TRANSLATE_NOOP marks each literal for pyside6-lupdate.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STATUS = {
    "proposed": QT_TRANSLATE_NOOP("Labels", "Proposed"),
    "adopted": QT_TRANSLATE_NOOP("Labels", "Adopted"),
    "in-force": QT_TRANSLATE_NOOP("Labels", "In force"),
    "superseded": QT_TRANSLATE_NOOP("Labels", "Superseded"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
    "person": QT_TRANSLATE_NOOP("Labels", "Person"),
}
CONFIDENCE = {
    "H": QT_TRANSLATE_NOOP("Labels", "High"),
    "M": QT_TRANSLATE_NOOP("Labels", "Medium"),
    "L": QT_TRANSLATE_NOOP("Labels", "Low"),
}
STANCE = {
    "positive": QT_TRANSLATE_NOOP("Labels", "positive"),
    "mixed": QT_TRANSLATE_NOOP("Labels", "mixed"),
    "critical": QT_TRANSLATE_NOOP("Labels", "critical"),
}
BRANCH = {
    "executive": QT_TRANSLATE_NOOP("Labels", "Executive"),
    "legislative": QT_TRANSLATE_NOOP("Labels", "Legislative"),
    "judicial": QT_TRANSLATE_NOOP("Labels", "Judicial"),
    "oversight": QT_TRANSLATE_NOOP("Labels", "Oversight"),
    "local": QT_TRANSLATE_NOOP("Labels", "Local government"),
    "consultative": QT_TRANSLATE_NOOP("Labels", "Consultative bodies"),
    "citizens": QT_TRANSLATE_NOOP("Labels", "Citizens"),
}
# Relation families in the power graph's legend.
RELATION_GROUP = {
    "appoint": QT_TRANSLATE_NOOP("Labels", "appoints / nominates"),
    "elect": QT_TRANSLATE_NOOP("Labels", "elects"),
    "consent": QT_TRANSLATE_NOOP("Labels", "consents / approves"),
    "remove": QT_TRANSLATE_NOOP("Labels", "dismisses / dissolves / no confidence"),
    "access": QT_TRANSLATE_NOOP("Labels", "applies to (access)"),
    "advise": QT_TRANSLATE_NOOP("Labels", "proposes / recommends"),
    "oversee": QT_TRANSLATE_NOOP("Labels", "summons / oversees"),
}
# A relation's change between two dates (compare mode): short form for tables, long for tooltips.
CHANGE = {
    "gained": QT_TRANSLATE_NOOP("Labels", "gained"),
    "lost": QT_TRANSLATE_NOOP("Labels", "lost"),
    "changed": QT_TRANSLATE_NOOP("Labels", "changed"),
    "unclear": QT_TRANSLATE_NOOP("Labels", "unclear"),
    "same": QT_TRANSLATE_NOOP("Labels", "unchanged"),
}
CHANGE_LONG = {
    "gained": QT_TRANSLATE_NOOP("Labels", "gained"),
    "lost": QT_TRANSLATE_NOOP("Labels", "lost"),
    "changed": QT_TRANSLATE_NOOP("Labels", "changed conditions"),
    "unclear": QT_TRANSLATE_NOOP("Labels", "unclear: the sources cannot tell"),
    "same": QT_TRANSLATE_NOOP("Labels", "unchanged"),
}


# Kinds of indicator points (models/indicators.py KIND_LABELS).
POINT_KIND = {
    "actual": QT_TRANSLATE_NOOP("Labels", "Actual"),
    "target": QT_TRANSLATE_NOOP("Labels", "Target"),
    "estimate": QT_TRANSLATE_NOOP("Labels", "Estimate"),
    "forecast": QT_TRANSLATE_NOOP("Labels", "Forecast"),
    "claim": QT_TRANSLATE_NOOP("Labels", "Claim (unverified)"),
}

# Kinds of sources (db/data/sources.toml `kind`), shown beside a source's publisher and date.
SOURCE_KIND = {
    "analysis": QT_TRANSLATE_NOOP("Labels", "analysis"),
    "article": QT_TRANSLATE_NOOP("Labels", "article"),
    "commentary": QT_TRANSLATE_NOOP("Labels", "commentary"),
    "legal-analysis": QT_TRANSLATE_NOOP("Labels", "legal analysis"),
    "legal-text": QT_TRANSLATE_NOOP("Labels", "legal text"),
    "news": QT_TRANSLATE_NOOP("Labels", "news"),
    "ngo-report": QT_TRANSLATE_NOOP("Labels", "NGO report"),
    "official": QT_TRANSLATE_NOOP("Labels", "official"),
    "rating": QT_TRANSLATE_NOOP("Labels", "rating"),
    "reference": QT_TRANSLATE_NOOP("Labels", "reference"),
    "statistics": QT_TRANSLATE_NOOP("Labels", "statistics"),
}


def label(table: dict[str, str], code: str) -> str:
    """The code's label in the interface language; an unknown code is shown as it is."""
    text = table.get(code)
    return QCoreApplication.translate("Labels", text) if text else code


def status(code: str) -> str:
    return label(STATUS, code)


def confidence(code: str) -> str:
    return label(CONFIDENCE, code)
