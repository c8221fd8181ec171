"""Word export of the drafted guidelines (docs/export-format.md): ``export_docx`` writes the review document."""

from pipeline.word.export.docx_writer import ExportSummary, NothingToExport, export_docx, select_sections

__all__ = ["ExportSummary", "NothingToExport", "export_docx", "select_sections"]
