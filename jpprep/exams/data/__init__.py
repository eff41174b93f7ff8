"""Data tables for the exam generators (built by jpprep.exams.build_readings)."""
