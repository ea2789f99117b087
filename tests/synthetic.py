"""The synthetic case generator of `benchmarks/synthetic.py` (benchmarks/ is not a package),
loaded once for the tests that use it."""

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

_NAME = "cordiale_benchmarks_synthetic"


def _load() -> ModuleType:
    if _NAME in sys.modules:
        return sys.modules[_NAME]
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "synthetic.py"
    spec = importlib.util.spec_from_file_location(_NAME, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


SYNTHETIC = _load()
