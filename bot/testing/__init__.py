"""Test doubles that ship with the bot, because `tarikh bench --telegram` drives them too."""
