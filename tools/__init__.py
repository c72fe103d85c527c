"""Helpers behind ``course.py`` and the test suite.

They run inside the course's virtual environment (``.venv``), never in the student's
own Python: ``course.py`` itself uses the standard library only.
"""
