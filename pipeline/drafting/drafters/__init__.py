"""Drafters: one Protocol, an extractive and an LLM implementation, built only by ``build_drafter``."""
