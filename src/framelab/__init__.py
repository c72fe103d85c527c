"""Framing Lab: read, clean and compare news articles in Dutch and Danish."""

__version__ = "0.1.0"
