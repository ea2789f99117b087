"""Querysets compiled to SQL once per database connection, then run with new parameters.

Django turns a queryset into SQL every time it is evaluated. For the small queries behind
every request (the API token, the case and its people, deadlines, tasks, consents and
evidence) that compilation costs more CPU than PostgreSQL spends answering: 0.2 ms for a
plain query, 0.9 ms with three joins, measured on this machine, and a third of the CPU of a
case read (benchmarks/casework_load.py). A `CompiledQuery` builds its queryset once with
placeholder values, keeps the SQL, the positions of the placeholders among the parameters
and Django's value converters, and afterwards only executes. Results are what the queryset
itself would give: model instances, with their `select_related` objects, so the caller's
code does not change.

The plan is kept per connection object (each thread has its own), so it is never shared
between threads or database vendors. Only plain equality filters can take a parameter:
building fails loudly (`ImproperlyConfigured`) if a placeholder does not reach the SQL
parameters unchanged (a transformed lookup such as `icontains` would need the value
rewritten)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from django.core.exceptions import EmptyResultSet, FullResultSet, ImproperlyConfigured
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Model, QuerySet
from django.db.models import query as django_query

M = TypeVar("M", bound=Model)

_ATTRIBUTE = "cordiale_compiled_queries"
_counter = itertools.count(1)


def _placeholder(kind: type, number: int) -> Any:
    """A value no real query would use, recognisable among the compiled parameters."""
    if kind is int:
        # Inside the range of positive and 32-bit columns: Django refuses a lookup value a
        # column could not hold (then `_compile` says so).
        return 2**31 - 1 - number
    if kind is str:
        return f"\u2063cordiale-parameter-{number}\u2063"
    raise ImproperlyConfigured(f"a compiled query parameter must be int or str, not {kind}")


@dataclass
class _Plan:
    sql: str
    params: list[Any]
    slots: list[tuple[int, str]]  # (position among the parameters, parameter name)
    converters: list[tuple[int, tuple[Any, Any]]]
    # How to build each row's object and its related objects (as Django's ModelIterable).
    model: Any
    init_list: list[str]
    start: int
    end: int
    populators: list[Any]


class CompiledQuery(Generic[M]):
    """`build(**parameters)` returns the queryset; `parameters` name each one's type.

    >>> OPEN_TASKS = CompiledQuery(
    ...     lambda case_id: Task.objects.filter(case_id=case_id, status="open"), case_id=int
    ... )
    >>> OPEN_TASKS.all(case_id=case.pk)       # a list of Task, as list(queryset) gives
    """

    def __init__(
        self,
        build: Callable[..., QuerySet[M, Any]],
        *,
        using: str = DEFAULT_DB_ALIAS,
        **parameters: type,
    ) -> None:
        self.build, self.using, self.parameters = build, using, parameters
        self.key = next(_counter)

    def all(self, **values: Any) -> list[M]:
        """The model instances, as `list(queryset)` would give them."""
        if values.keys() != self.parameters.keys():
            raise TypeError(
                f"expected the parameters {sorted(self.parameters)}, got {sorted(values)}"
            )
        connection = connections[self.using]
        plans: dict[int, _Plan] | None = getattr(connection, _ATTRIBUTE, None)
        if plans is None:
            plans = {}
            setattr(connection, _ATTRIBUTE, plans)
        plan = plans.get(self.key)
        if plan is None:
            plan = plans[self.key] = self._compile(connection)
        params = list(plan.params)
        for position, name in plan.slots:
            params[position] = values[name]
        with connection.cursor() as cursor:
            cursor.execute(plan.sql, params)
            rows = cursor.fetchall()
        if plan.converters:
            rows = [_convert(row, plan.converters, connection) for row in rows]
        objects: list[M] = []
        for row in rows:
            obj = plan.model.from_db(self.using, plan.init_list, row[plan.start : plan.end])
            for populator in plan.populators:
                populator.populate(row, obj)
            objects.append(obj)
        return objects

    def first(self, **values: Any) -> M | None:
        """The first row, or None (the queryset should be ordered and sliced to one row)."""
        rows = self.all(**values)
        return rows[0] if rows else None

    def _compile(self, connection: Any) -> _Plan:
        placeholders = {
            name: _placeholder(kind, number)
            for number, (name, kind) in enumerate(self.parameters.items())
        }
        queryset = self.build(**placeholders)
        compiler = queryset.query.get_compiler(using=self.using, connection=connection)
        try:
            sql, params = compiler.as_sql()
        except (EmptyResultSet, FullResultSet) as exc:
            raise ImproperlyConfigured(
                f"a compiled query's placeholders decided its result ({exc!r}): a parameter "
                "must be a plain value of the column's type"
            ) from exc
        params = list(params)
        slots = [
            (position, name)
            for position, value in enumerate(params)
            for name, placeholder in placeholders.items()
            if type(value) is type(placeholder) and value == placeholder
        ]
        missing = set(placeholders) - {name for _, name in slots}
        if missing:
            raise ImproperlyConfigured(
                f"compiled query parameters {sorted(missing)} are not plain SQL parameters"
            )
        fields = [column[0] for column in compiler.select[0 : compiler.col_count]]
        converters = list(compiler.get_converters(fields).items())
        klass_info = compiler.klass_info
        if (
            queryset._iterable_class is not django_query.ModelIterable
            or klass_info is None
            or compiler.annotation_col_map
        ):
            raise ImproperlyConfigured(
                "a compiled query returns model instances (no values(), no annotations)"
            )
        start, end = klass_info["select_fields"][0], klass_info["select_fields"][-1] + 1
        return _Plan(
            sql=sql,
            params=params,
            slots=slots,
            converters=converters,
            model=klass_info["model"],
            init_list=[column[0].target.attname for column in compiler.select[start:end]],
            start=start,
            end=end,
            # Not in the stubs: the helper ModelIterable uses for select_related objects.
            populators=django_query.get_related_populators(  # type: ignore[attr-defined]
                klass_info, compiler.select, self.using
            ),
        )


def _convert(
    row: tuple[Any, ...], converters: list[tuple[int, tuple[Any, Any]]], connection: Any
) -> list[Any]:
    values = list(row)
    for position, (functions, expression) in converters:
        value = values[position]
        for function in functions:
            value = function(value, expression, connection)
        values[position] = value
    return values
