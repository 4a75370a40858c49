"""`python -m realtime_sessions_emulator`: serve on a free port of 127.0.0.1 until Ctrl-C."""

import functools

from . import serve

# Flushed lines, so that whoever reads a pipe (a test, a supervisor) learns the port at once.
serve(announce=functools.partial(print, flush=True))
