"""`python -m realtime_sessions_cli` runs the `realtime-sessions` command."""

from realtime_sessions_cli.app import main

main()
