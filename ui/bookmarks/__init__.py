"""Bookmarks with notes, and their export."""
