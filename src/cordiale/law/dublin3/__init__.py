"""Regulation (EU) No 604/2013 (Dublin III): criteria, procedure and time limits."""

from cordiale.law.dublin3.engine import determine_dublin3

__all__ = ["determine_dublin3"]
