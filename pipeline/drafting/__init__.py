"""Drafting: outline, evidence, drafters, the citation and support check, the LLM judge, the draft store and editing."""
