"""The guideline pipeline: settings, embeddings, the workspace index, search and the command line."""
