"""Exam blueprints: one JSON data file per exam (see jpprep.exams.blueprint)."""
