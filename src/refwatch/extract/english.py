"""PROVISIONAL placeholder until the English extraction lands."""
from refwatch.model import Document, Extraction


class EnglishExtractor:
    lang = "en"
    version = "en-rules@0.0.0"

    def extract(self, doc: Document) -> Extraction:
        return Extraction(document=doc, extractor=self.version)
