"""PROVISIONAL placeholder until the Korean extraction lands."""
from refwatch.model import Document, Extraction


class KoreanExtractor:
    lang = "ko"
    version = "ko-rules@0.0.0"

    def extract(self, doc: Document) -> Extraction:
        return Extraction(document=doc, extractor=self.version)
