"""French and English text rendered from the engine's structured explanations."""

from cordiale.law.explain.render import Language, render, render_determination

__all__ = ["Language", "render", "render_determination"]
