"""Dates and numbers in the interface language: the one place that formats them for display.

QLocale gives the Russian long date right ("5 июня 2022 г."); for Kazakh its long format is
"2022 ж. 5 маусым, жексенбі", with the weekday and the abbreviation, while Kazakh prose writes
"2022 жылғы 5 маусым", so Kazakh uses an explicit pattern. Month-precision and year-precision
dates are built from the locale's month names (the stand-alone form for a month on its own:
"июнь 2022 г.", "2022 жылғы маусым").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from models.entry import is_possible_date
from ui.i18n import translations

_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


def format_date(date: str, lang: str | None = None) -> str:
    """'2022-06-05' -> '5 June 2022' / '5 июня 2022 г.' / '2022 жылғы 5 маусым'; '2022-06' and
    '2022' likewise at their precision. Text that is not an ISO date is returned as it is."""
    lang = lang or translations.current_language()
    parts = date.split("-") if date else []
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        return date
    if not numbers or len(numbers) > 3 or not 1 <= (numbers[1] if len(numbers) > 1 else 1) <= 12:
        return date
    year = numbers[0]
    locale = translations.locale_for(lang)
    if len(numbers) == 3:
        day = QDate(year, numbers[1], numbers[2])
        if not day.isValid():
            return date
        if lang == "ru":
            return f"{numbers[2]} {locale.monthName(numbers[1], QLocale.LongFormat)} {year} г."
        if lang == "kk":
            return f"{year} жылғы {numbers[2]} {locale.monthName(numbers[1], QLocale.LongFormat).lower()}"
        return f"{numbers[2]} {_EN_MONTHS[numbers[1] - 1]} {year}"
    if len(numbers) == 2:
        if lang == "ru":
            return f"{locale.standaloneMonthName(numbers[1], QLocale.LongFormat).lower()} {year} г."
        if lang == "kk":
            return f"{year} жылғы {locale.standaloneMonthName(numbers[1], QLocale.LongFormat).lower()}"
        return f"{_EN_MONTHS[numbers[1] - 1]} {year}"
    if lang == "ru":
        return f"{year} г."
    if lang == "kk":
        return f"{year} жыл"
    return str(year)


def format_data_date(date: str | None, lang: str | None = None) -> str:
    """A date read from the database: as `format_date`, but a missing or impossible one (a damaged
    or crafted database; `check` names it) and an unknown one ("" in the data: no source dates it)
    both read "date unknown" in the interface language: the reader cannot be given a date either way."""
    if is_possible_date(date):
        return format_date(date, lang)
    return QCoreApplication.translate("Dates", "date unknown")


def format_number(value: float | int, decimals: int = -1, lang: str | None = None) -> str:
    """A number with the language's digit grouping and decimal sign ("1 234,5" in ru and kk)."""
    locale = translations.locale_for(lang or translations.current_language())
    if isinstance(value, int) or (decimals < 0 and float(value).is_integer()):
        return locale.toString(int(value))
    if decimals < 0:
        return locale.toString(float(value), "g", 12)
    return locale.toString(float(value), "f", decimals)
