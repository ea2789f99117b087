"""cordiale: responsibility and time limits for the joint French-British asylum team."""

__version__ = "0.1.0"
