"""Regulation (EU) 2024/1351 (AMMR): criteria, procedure and time limits.

`determine_ammr` is loaded on first use, so that importing the time limits
(`cordiale.law.ammr.deadlines`) does not import the criteria engine, which imports them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cordiale.law.ammr.engine import determine_ammr

__all__ = ["determine_ammr"]


def __getattr__(name: str) -> object:
    if name == "determine_ammr":
        from cordiale.law.ammr.engine import determine_ammr

        return determine_ammr
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
