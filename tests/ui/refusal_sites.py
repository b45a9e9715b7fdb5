"""Every refusal raised in sync/, read from the source: its code, case and parameters.

A refusal site is a call `RuleViolation(code, message, params)`, `Problem(field, code,
message, params)`, or `MutationResult(..., code=..., params=...)`. A code or case given
through a helper's parameter (`_invalid(name, why, case)`) is followed to the helper's
calls in the same module; a code taken from a module's table of tuples
(`code, what = _FINAL[status]`) is read from the table.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "sync"

_SITES = {"RuleViolation": (0, 2), "Problem": (1, 3)}

Bound = dict[str, ast.expr | None] | None


@dataclass(frozen=True)
class Site:
    path: str
    line: int
    code: str
    case: str | None
    params: frozenset[str]

    @property
    def key(self) -> str:
        return f"{self.code}.{self.case}" if self.case else self.code


class _Module:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.tree = ast.parse(path.read_text(encoding="utf-8"))
        self.parents: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(self.tree):
            for child in ast.iter_child_nodes(node):
                self.parents[child] = node
        self.functions = {
            node.name: node
            for node in ast.walk(self.tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        }
        self.constants: dict[str, ast.expr] = {}
        for node in self.tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                if isinstance(target, ast.Name):
                    self.constants[target.id] = node.value

    def function_of(self, node: ast.AST) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                return node
        return None

    def bindings(self, node: ast.AST, used: set[str]) -> list[Bound]:
        """For a site in a helper whose `used` names are its parameters: at each of the
        helper's calls here, what those parameters are; else one unbound reading."""
        function = self.function_of(node)
        if function is None:
            return [None]
        names = {arg.arg for arg in function.args.args} & used
        calls = {name: self._arguments(function, name) for name in names}
        count = max((len(found) for found in calls.values()), default=0)
        if not names or count == 0 or len({len(found) for found in calls.values()}) > 1:
            return [None]
        return [{name: found[i] for name, found in calls.items()} for i in range(count)]

    def _arguments(
        self, function: ast.FunctionDef | ast.AsyncFunctionDef, name: str
    ) -> list[ast.expr | None]:
        """The expressions passed for `function`'s parameter `name` at each of its calls
        here (None where a call leaves it out)."""
        names = [arg.arg for arg in function.args.args]
        if name not in names:
            return []
        index = names.index(name) - (1 if names and names[0] == "self" else 0)
        found: list[ast.expr | None] = []
        for node in ast.walk(self.tree):
            if not isinstance(node, ast.Call):
                continue
            callee = node.func
            called = callee.id if isinstance(callee, ast.Name) else getattr(callee, "attr", None)
            if called != function.name:
                continue
            given = [kw.value for kw in node.keywords if kw.arg == name]
            found.append(node.args[index] if index < len(node.args) else next(iter(given), None))
        return found

    def strings(self, node: ast.expr | None, at: ast.AST, bound: Bound = None) -> set[str]:
        """The strings `node` (an expression found at `at`) can be."""
        if node is None:
            return set()
        if isinstance(node, ast.Name) and bound and node.id in bound:
            return self.strings(bound[node.id], bound[node.id] or at)
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return {node.value}
        if isinstance(node, ast.IfExp):
            return self.strings(node.body, at, bound) | self.strings(node.orelse, at, bound)
        if isinstance(node, ast.JoinedStr):
            results = {""}
            for part in node.values:
                if isinstance(part, ast.Constant):
                    results = {text + str(part.value) for text in results}
                elif isinstance(part, ast.FormattedValue):
                    options = self.strings(part.value, at, bound)
                    results = {text + option for text in results for option in options}
            return results
        if isinstance(node, ast.Name):
            function = self.function_of(at)
            if function is not None:
                passed = [arg for arg in self._arguments(function, node.id) if arg is not None]
                if passed:
                    return set().union(*(self.strings(arg, arg) for arg in passed))
                table = self._unpacked_from_table(function, node.id)
                if table:
                    return table
            if node.id in self.constants:
                return self.strings(self.constants[node.id], self.constants[node.id])
        return set()

    def _unpacked_from_table(
        self, function: ast.FunctionDef | ast.AsyncFunctionDef, name: str
    ) -> set[str]:
        """`name` from `a, b = TABLE[...]`, TABLE a module dict of constant tuples."""
        found: set[str] = set()
        for node in ast.walk(function):
            if not (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Tuple)):
                continue
            names = [getattr(element, "id", None) for element in node.targets[0].elts]
            value = node.value
            if name not in names or not isinstance(value, ast.Subscript):
                continue
            table = self.constants.get(getattr(value.value, "id", ""))
            if isinstance(table, ast.Dict):
                for row in table.values:
                    if isinstance(row, ast.Tuple):
                        found |= self.strings(row.elts[names.index(name)], row)
        return found

    def params(
        self, node: ast.expr | None, at: ast.AST, bound: Bound = None
    ) -> list[tuple[set[str], set[str]]]:
        """Each way `node` can be built: (its keys, the cases it can say)."""
        if node is None or (isinstance(node, ast.Constant) and node.value is None):
            return [(set(), set())]
        if isinstance(node, ast.Name) and bound and node.id in bound:
            return self.params(bound[node.id], bound[node.id] or at)
        if isinstance(node, ast.IfExp):
            return self.params(node.body, at, bound) + self.params(node.orelse, at, bound)
        if isinstance(node, ast.BoolOp):
            return self.params(node.values[0], at, bound)
        if isinstance(node, ast.Dict):
            keys: set[str] = set()
            cases: set[str] = set()
            for key, value in zip(node.keys, node.values, strict=True):
                if key is None:  # {**other, ...}
                    for more, more_cases in self.params(value, at, bound):
                        keys |= more
                        cases |= more_cases
                elif isinstance(key, ast.Constant):
                    keys.add(key.value)
                    if key.value == "case":
                        cases |= self.strings(value, at, bound)
            return [(keys, cases)]
        if isinstance(node, ast.Name):
            function = self.function_of(at)
            if function is None:
                return [(set(), set())]
            passed = self._arguments(function, node.id)
            if passed:
                return [way for arg in passed for way in self.params(arg, arg or at)]
            return [self._built_in(function, node.id)]
        return [(set(), set())]

    def _built_in(
        self, function: ast.FunctionDef | ast.AsyncFunctionDef, name: str
    ) -> tuple[set[str], set[str]]:
        """A dict `name` built in `function`: `name = {...}` and `name["key"] = value`."""
        keys: set[str] = set()
        cases: set[str] = set()
        for node in ast.walk(function):
            if isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name) and target.id == name and node.value:
                        for more, more_cases in self.params(node.value, node):
                            keys |= more
                            cases |= more_cases
                    if (
                        isinstance(target, ast.Subscript)
                        and getattr(target.value, "id", None) == name
                        and isinstance(target.slice, ast.Constant)
                    ):
                        keys.add(target.slice.value)
                        if target.slice.value == "case" and node.value is not None:
                            cases |= self.strings(node.value, node)
        return keys, cases


def _calls(module: _Module) -> Iterator[tuple[ast.Call, ast.expr | None, ast.expr | None]]:
    for node in ast.walk(module.tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else None
        keywords = {kw.arg: kw.value for kw in node.keywords}
        if name in _SITES:
            code_at, params_at = _SITES[name]
            code = node.args[code_at] if len(node.args) > code_at else keywords.get("code")
            params = node.args[params_at] if len(node.args) > params_at else keywords.get("params")
            yield node, code, params
        elif name == "MutationResult" and "code" in keywords:
            yield node, keywords["code"], keywords.get("params")
        elif name == "ApiError" and "params" in keywords:
            yield node, node.args[1], keywords["params"]


def refusal_sites(root: Path = ROOT) -> list[Site]:
    """Every refusal site under `root`, one per code and case it can raise."""
    sites: list[Site] = []
    for path in sorted(root.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        module = _Module(path)
        for node, code_node, params_node in _calls(module):
            if isinstance(code_node, ast.Attribute):  # Problem.violation(): self.code
                continue
            used = {
                name.id
                for part in (code_node, params_node)
                if part is not None
                for name in ast.walk(part)
                if isinstance(name, ast.Name)
            }
            for bound in module.bindings(node, used):
                for code in module.strings(code_node, node, bound):
                    for keys, cases in module.params(params_node, node, bound):
                        for case in cases or {None}:
                            where = str(path.relative_to(root.parent))
                            sites.append(Site(where, node.lineno, code, case, frozenset(keys)))
    return sites
