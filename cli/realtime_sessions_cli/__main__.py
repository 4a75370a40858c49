"""`python -m realtime_sessions_cli` runs the `realtime-sessions` command."""

from realtime_sessions_cli._start import main

main()
