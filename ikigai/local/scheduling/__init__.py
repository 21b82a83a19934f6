"""Scheduled flows: cron expressions and the thread that starts runs on time."""
