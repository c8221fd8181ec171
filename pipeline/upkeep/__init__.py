"""Upkeep: the workspace doctor and its repair."""
