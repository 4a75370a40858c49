"""The realtime-sessions command line."""
