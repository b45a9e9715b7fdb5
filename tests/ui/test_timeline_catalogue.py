"""Every kind of event sync/commands records has its templates in
desktop/customers/timeline_texts.py, and each template mentions only parameters that the
kind's call sites pass. Both sides are read from the source.

On the commands' side, a function recording an event (`timeline.record(...)`, or a call to
a function of its module that records one) contributes the keys of the dicts it gives as
parameters (a dict built by a helper of the module is read there) to every kind it names
(`timeline.SALE_COMPLETED`). On the desktop's side, a kind's templates are the literals of
the `tr`/`N_` calls in its renderer and the functions of the module it calls.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from desktop.customers import timeline_texts
from sync.commands import timeline

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = ROOT / "sync" / "commands"
TEXTS = ROOT / "desktop" / "customers" / "timeline_texts.py"


def _functions(tree: ast.Module) -> dict[str, ast.FunctionDef]:
    return {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}


def _calls(node: ast.AST) -> Iterator[ast.Call]:
    return (child for child in ast.walk(node) if isinstance(child, ast.Call))


def _is_record(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "record"
        and isinstance(func.value, ast.Name)
        and func.value.id == "timeline"
    )


def _local_name(call: ast.Call, functions: dict[str, ast.FunctionDef]) -> str | None:
    return call.func.id if isinstance(call.func, ast.Name) and call.func.id in functions else None


def _dict_keys(node: ast.AST, functions: dict[str, ast.FunctionDef]) -> set[str]:
    """The string keys of every dict literal in `node` and in the module's helpers it calls."""
    keys: set[str] = set()
    for child in ast.walk(node):
        if isinstance(child, ast.Dict):
            keys |= {
                key.value
                for key in child.keys
                if isinstance(key, ast.Constant) and isinstance(key.value, str)
            }
        elif isinstance(child, ast.Call) and (name := _local_name(child, functions)):
            keys |= {
                key.value
                for inner in ast.walk(functions[name])
                if isinstance(inner, ast.Dict)
                for key in inner.keys
                if isinstance(key, ast.Constant) and isinstance(key.value, str)
            }
    return keys


def _kinds(node: ast.AST) -> set[str]:
    return {
        getattr(timeline, child.attr)
        for child in ast.walk(node)
        if isinstance(child, ast.Attribute)
        and isinstance(child.value, ast.Name)
        and child.value.id == "timeline"
        and child.attr.isupper()
    }


def _module_params(tree: ast.Module) -> dict[str, set[str]]:
    functions = _functions(tree)
    recorders = {name for name, fn in functions.items() if any(_is_record(c) for c in _calls(fn))}
    while True:  # a function calling a recorder records too
        more = {
            name
            for name, fn in functions.items()
            if any(_local_name(c, functions) in recorders for c in _calls(fn))
        }
        if more <= recorders:
            break
        recorders |= more

    def keys(name: str, seen: frozenset[str]) -> set[str]:
        found: set[str] = set()
        for call in _calls(functions[name]):
            if _is_record(call):
                for keyword in call.keywords:
                    if keyword.arg == "params":
                        found |= _dict_keys(keyword.value, functions)
            elif (callee := _local_name(call, functions)) in recorders and callee not in seen:
                for argument in [*call.args, *(k.value for k in call.keywords)]:
                    if isinstance(argument, ast.Dict):
                        found |= _dict_keys(argument, functions)
                found |= keys(callee, seen | {callee})
        return found

    result: dict[str, set[str]] = defaultdict(set)
    for name in recorders:
        for kind in _kinds(functions[name]):
            result[kind] |= keys(name, frozenset({name}))
    return result


def recorded() -> dict[str, set[str]]:
    """Each kind the commands record: the parameter names its call sites pass."""
    result: dict[str, set[str]] = defaultdict(set)
    for path in sorted(COMMANDS.glob("*.py")):
        if path.name == "timeline.py":
            continue
        for kind, keys in _module_params(ast.parse(path.read_text(encoding="utf-8"))).items():
            result[kind] |= keys
    return dict(result)


def _every_dict_key() -> set[str]:
    """Every key of a dict literal in the commands (the items of a list parameter)."""
    keys: set[str] = set()
    for path in COMMANDS.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        keys |= _dict_keys(tree, {})
    return keys


def _is_translation(call: ast.Call) -> bool:
    return isinstance(call.func, ast.Name) and call.func.id in {"tr", "N_"}


def templates() -> dict[str, set[str]]:
    """Each kind's templates: the `tr`/`N_` literals its renderer reaches."""
    tree = ast.parse(TEXTS.read_text(encoding="utf-8"))
    functions = _functions(tree)

    def literals(name: str, seen: set[str]) -> set[str]:
        found: set[str] = set()
        for call in _calls(functions[name]):
            if _is_translation(call) and call.args and isinstance(call.args[0], ast.Constant):
                found.add(str(call.args[0].value))
            callee = _local_name(call, functions)
            if callee is not None and callee not in seen:
                seen.add(callee)
                found |= literals(callee, seen)
        return found

    return {
        kind: literals(render.__name__, {render.__name__})
        for kind, render in timeline_texts.RENDERERS.items()
    }


def test_the_source_reading_finds_what_the_commands_pass() -> None:
    kinds = recorded()
    assert {"number", "items", "store", "total", "currency"} <= kinds[timeline.SALE_COMPLETED]
    assert {"number", "note"} <= kinds[timeline.APPLICATION_APPROVED]  # through two helpers
    assert {"lines", "refunds", "due"} <= kinds[timeline.ORDER_CHANGED]  # a helper's dict
    assert {"cancelled", "until"} <= kinds[timeline.ORDER_EXPIRED]
    assert any("%n" in text for text in templates()[timeline.RETURN])


def test_every_kind_the_commands_record_has_templates() -> None:
    kinds = recorded()
    declared = {
        value for name, value in vars(timeline).items() if name.isupper() and isinstance(value, str)
    }
    assert set(kinds) == declared
    assert set(timeline_texts.RENDERERS) == declared
    assert all(templates()[kind] for kind in declared)


def test_a_templates_placeholders_are_among_its_kinds_parameters() -> None:
    kinds = recorded()
    wrong = {
        (kind, text): sorted(timeline_texts.placeholders(text) - kinds[kind])
        for kind, texts in templates().items()
        for text in texts
        if timeline_texts.placeholders(text) - kinds[kind]
    }
    assert wrong == {}


def test_the_items_of_a_list_parameter_are_among_what_the_commands_write() -> None:
    items = [
        *timeline_texts.REFUND_TO.values(),
        timeline_texts.REFUND_TO_OTHER,
        *timeline_texts.LINE_CHANGES.values(),
    ]
    keys = _every_dict_key()
    unknown = {text: timeline_texts.placeholders(text) - keys for text in items}
    assert {text: names for text, names in unknown.items() if names} == {}
    assert {"removed", "quantity", "added"} <= set(timeline_texts.LINE_CHANGES)


def test_a_count_is_said_with_the_languages_plural_forms() -> None:
    """A sentence with a count has it as `%n` (Qt's plural forms), never as `{items}`."""
    for texts in templates().values():
        for text in texts:
            assert not (timeline_texts.placeholders(text) & {"items", "units"}), text
            if "%n" in text:
                assert "(s)" in text, text
