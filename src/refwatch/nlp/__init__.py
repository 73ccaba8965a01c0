"""Language analysis shared by the extractors: models, time expressions, counts, countries."""
