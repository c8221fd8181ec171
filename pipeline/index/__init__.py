"""The workspace index: manifest, vectors, lexical (BM25), embeddings, ingestion, search and retrieval evaluation."""
