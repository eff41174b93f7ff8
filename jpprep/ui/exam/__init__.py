"""Exam runners: JLPT paper style and Prometric-style CBT (JFT-Basic, SSW), and the results view."""
