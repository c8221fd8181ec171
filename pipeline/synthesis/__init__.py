"""Contribution synthesis: coverage, divergence and stance, scope proposals."""
