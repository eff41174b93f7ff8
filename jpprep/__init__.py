"""jpprep: offline preparation for the JLPT, the JFT-Basic and the SSW sector tests."""

__version__ = "0.1.0"
