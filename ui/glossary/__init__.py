"""The Glossary view: terms with definitions, spellings and the entries that use them."""
