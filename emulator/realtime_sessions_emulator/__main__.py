"""`python -m realtime_sessions_emulator [--host H] [--port N]`: serve until Ctrl-C."""

from ._server import main

main()
