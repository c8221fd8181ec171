"""Re-import of reviewed Word exports (docs/export-format.md): read the file, store changed sections as revisions."""

from pipeline.word.review.importer import SectionImport, import_review, import_reviewed
from pipeline.word.review.reader import ReviewedDocument, ReviewFileError, read_review

__all__ = ["ReviewFileError", "ReviewedDocument", "SectionImport", "import_review", "import_reviewed", "read_review"]
