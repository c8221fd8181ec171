"""Reading contributions: one reader per format, metadata, chunking and the ingest run."""
