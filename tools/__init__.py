"""Helpers behind ``course.py`` and the test suite.

They run inside the course's virtual environment (``.venv``), never in the student's
own Python: ``course.py`` itself uses the standard library only. The one exception is
``reset.py`` (``python course.py reset``), which uses the standard library only too, so that
``course.py`` can run it without the environment.
"""
