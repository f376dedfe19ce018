"""The interface in English, Russian and Kazakh: languages, Qt translators, dates and numbers."""
