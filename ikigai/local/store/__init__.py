"""Persistence of the local platform: metadata in SQLite, contents in files under the data dir."""
