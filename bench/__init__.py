"""Benchmarks, each a script with an importable `run()` (see the module docstrings)."""
