"""nbgrader configuration for Framing Lab (read by nbgrader when it runs in this folder).

The instructor writes notebooks in solutions/NAME/; `python course.py exercises` runs
`nbgrader generate_assignment NAME --force --no-db` for each NAME, which writes the student
version to exercises/NAME/. Grading (`nbgrader autograde`) keeps its gradebook in
gradebook.db here, which git ignores.
"""

import os

c = get_config()  # noqa: F821 - nbgrader provides get_config when it reads this file

c.CourseDirectory.root = os.path.dirname(os.path.abspath(__file__))
c.CourseDirectory.source_directory = "solutions"
c.CourseDirectory.release_directory = "exercises"
