"""Benchmarks of Guideline Drafter: ingest throughput, re-ingest, search latency. Entry point: bench/run_all.py."""
