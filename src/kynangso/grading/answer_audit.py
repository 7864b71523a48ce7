"""What an answer cell *does* to the grading, read from its code (Python's ``ast``), never from its spelling.

Answer cells and test cells share one kernel, so an answer could make the tests pass without being right. The
ways to do that are few, and each is an action the code takes, whatever the strings look like:

* rebinding what the tests call: the check helpers (``yeu_cau``, ``tra_loi``…) or a builtin made into a function;
* changing a module or ``builtins`` (``unicodedata.normalize = …``, ``setattr(builtins, …)``, ``sys.modules[…]``),
  ``globals()``, or an object given by the notebook rather than made by the learner's answers;
* hooking the interpreter or IPython (input transformers, events, trace and display hooks, custom exceptions);
* handing the tests an object that says yes to every comparison (``__eq__``, ``__bool__``… in a class);
* reaching the running frames or every live object (``f_globals``, ``sys._getframe``, ``gc``, ``ctypes``);
* running code the check cannot read: ``exec``/``eval``/``compile``/``__import__`` of a computed string, or
  ``setattr``/``delattr`` with a computed name. Code given as a plain string is read like the rest.

Reading ``__name__``, a string such as ``"bao_cao.py"``, ``eval("1 + 1")`` or ``import os`` is none of these.
What learner code can do to the machine and to other learners' work is stopped by the sandbox
(:mod:`kynangso.grading.isolation`), not here.
"""

from __future__ import annotations

import ast
import builtins
import re
from collections.abc import Iterable

CHECK_HELPERS = frozenset({"yeu_cau", "tra_loi", "kiem_tra", "ChuaDat", "friendly_error", "get_ipython"})
_BUILTINS = frozenset(name for name in dir(builtins) if not name.startswith("_"))
_COMPARISONS = frozenset({"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__bool__", "__len__",
                          "__contains__", "__hash__", "__instancecheck__", "__subclasscheck__", "__getattr__",
                          "__getattribute__"})
_HOOKS = frozenset({"input_transformers_post", "input_transformers_cleanup", "ast_transformers", "events",
                    "set_custom_exc", "set_hook", "register_magic_function", "register_magics", "settrace",
                    "setprofile", "displayhook", "excepthook", "meta_path", "path_hooks", "path_importer_cache",
                    "user_ns", "user_global_ns", "f_globals", "f_locals", "f_back", "f_builtins", "tb_frame",
                    "gi_frame", "cr_frame", "_getframe", "currentframe", "get_referrers", "get_objects",
                    "__globals__", "__code__", "__closure__", "__builtins__", "__subclasses__", "__dict__"})
_INTERPRETER = frozenset({"ctypes", "gc", "IPython", "ipykernel", "_testcapi", "traitlets", "zmq"})
# What answer cells may import from the kit (old paths of the learner API included: shims of released notebooks).
_LEARNER_PARTS = ("kynangso.widgets", "kynangso.data", "kynangso.rules", "kynangso.learner", "kynangso.answers",
                  "kynangso.kiem_tra", "kynangso.selfcheck", "kynangso.text", "kynangso.i18n")
_MUTATORS = frozenset({"update", "pop", "setdefault", "clear", "__setitem__", "__delitem__", "popitem"})
_DYNAMIC = {"exec": 0, "eval": 0, "compile": 0, "__import__": 0, "import_module": 0}
_SOLUTION_MARK = re.compile(r"^\s*### (BEGIN|END) SOLUTION\s*$", re.MULTILINE)


def _root(node: ast.AST) -> ast.AST:
    """Where an attribute/subscript/call chain starts (``a`` in ``a.b[0].c()``)."""
    while isinstance(node, ast.Attribute | ast.Subscript | ast.Call | ast.Starred):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node


def _root_name(node: ast.AST) -> str:
    root = _root(node)
    if isinstance(root, ast.Call) or (isinstance(root, ast.Name) and root.id in ("globals", "vars", "locals")):
        return ""
    return root.id if isinstance(root, ast.Name) else ""


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _called(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _module_banned(module: str) -> str:
    if module.split(".")[0] in _INTERPRETER:
        return module.split(".")[0]
    if module.split(".")[0] == "kynangso" and module != "kynangso" and not any(
            module == part or module.startswith(part + ".") for part in _LEARNER_PARTS):
        return module
    return ""


class _Audit(ast.NodeVisitor):
    def __init__(self, modules: set[str], made: set[str]) -> None:
        self.found: list[str] = []
        self.modules = modules  # names bound to modules or to what was imported from them
        self.made = made        # names bound to new objects by the learner's answers (may be changed in place)

    def flag(self, what: str) -> None:
        if what not in self.found:
            self.found.append(what)

    # --- what a name or an attribute is bound to ----------------------------------------------------------
    def _store(self, target: ast.AST, value: ast.AST | None) -> None:
        if isinstance(target, ast.Tuple | ast.List):
            values = value.elts if isinstance(value, ast.Tuple | ast.List) else []
            pairs = len(values) == len(target.elts)
            for index, element in enumerate(target.elts):  # `a, b = f, g` pairs up; `a, b = f()` is computed
                self._store(element, values[index] if pairs else value)
        elif isinstance(target, ast.Starred):
            self._store(target.value, None)
        elif isinstance(target, ast.Name):
            self._bind(target.id, value)
        elif isinstance(target, ast.Attribute | ast.Subscript):
            self._change(target)

    def _bind(self, name: str, value: ast.AST | None) -> None:
        if name in CHECK_HELPERS or name == "__builtins__":
            self.flag(name)
        elif (name in _BUILTINS and isinstance(value, ast.Lambda | ast.Name | ast.Attribute | None)) or (
                name in _BUILTINS and isinstance(value, ast.Call) and _called(value) in ("type", "partial")):
            self.flag(name)  # a builtin made into another function; `sum = 0` is only a bad variable name

    def _change(self, target: ast.Attribute | ast.Subscript) -> None:
        """An attribute or item set or deleted: allowed on what the learner's answers made."""
        root = _root(target)
        name = _root_name(target)
        if isinstance(target, ast.Attribute) and (target.attr in _HOOKS or target.attr in _COMPARISONS):
            self.flag(f".{target.attr} =")
        elif isinstance(root, ast.Call) and _called(root) in ("globals", "vars", "locals", "get_ipython"):
            self.flag(f"{_called(root)}()")
        elif name in ("builtins", "__builtins__", "sys") or name in self.modules or name not in self.made:
            self.flag(f"{name}.… =" if isinstance(target, ast.Attribute) else f"{name}[…] =")
        elif isinstance(target, ast.Subscript) and isinstance(target.value, ast.Attribute) and (
                target.value.attr == "modules"):
            self.flag("sys.modules[…] =")

    def visit_Assign(self, node: ast.Assign) -> None:
        for target in node.targets:
            self._store(target, node.value)
        self.generic_visit(node)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        self._store(node.target, node)  # a computed value, never an alias
        self.generic_visit(node)

    def visit_For(self, node: ast.For | ast.AsyncFor) -> None:
        self._store(node.target, node)
        self.generic_visit(node)

    visit_AsyncFor = visit_For

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        self._store(node.target, node.value)
        self.generic_visit(node)

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        self._bind(node.target.id, node.value)
        self.generic_visit(node)

    def visit_Delete(self, node: ast.Delete) -> None:
        for target in node.targets:
            self._store(target, None)
        self.generic_visit(node)

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self._bind(node.name, None)
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._bind(node.name, None)
        for item in node.body:
            names = [item.name] if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef) else [
                t.id for t in getattr(item, "targets", []) if isinstance(t, ast.Name)]
            for name in names:
                if name in _COMPARISONS:
                    self.flag(f"{node.name}.{name}")
        self.generic_visit(node)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if banned := _module_banned(alias.name):
                self.flag(f"import {banned}")
            self.modules.add(alias.asname or alias.name.split(".")[0])
            if alias.asname:
                self._bind(alias.asname, None)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        for alias in node.names:
            if node.level == 0 and (banned := _module_banned(f"{module}.{alias.name}")):
                self.flag(f"import {banned}")
            bound = alias.asname or alias.name
            self.modules.add(bound)
            if bound not in CHECK_HELPERS or alias.asname:  # importing the helpers themselves is what lessons do
                self._bind(bound, None)

    # --- calls ------------------------------------------------------------------------------------------------
    def visit_Call(self, node: ast.Call) -> None:
        name = _called(node)
        if name in _DYNAMIC and node.args:
            code = _literal(node.args[0])
            if code is None:
                self.flag(f"{name}(…)")
            elif name in ("exec", "eval", "compile"):
                self.found.extend(x for x in audit(code, self.modules, self.made) if x not in self.found)
            elif banned := _module_banned(code):
                self.flag(f"import {banned}")
        elif name in ("setattr", "delattr") and isinstance(node.func, ast.Name) and node.args:
            target = node.args[0]
            attr = _literal(node.args[1]) if len(node.args) > 1 else None
            owner = _root_name(target)
            if attr is None or attr in _HOOKS or attr in _COMPARISONS or attr in CHECK_HELPERS or owner in (
                    "builtins", "__builtins__", "sys") or owner in self.modules or owner not in self.made:
                self.flag(f"{name}(…)")
        elif isinstance(node.func, ast.Attribute):
            holder = node.func.value
            if name in _HOOKS or (isinstance(holder, ast.Attribute) and holder.attr in _HOOKS) or (
                    isinstance(holder, ast.Attribute) and holder.attr == "modules" and name in _MUTATORS):
                self.flag(f".{name}(…)")
            elif isinstance(holder, ast.Call) and _called(holder) in ("globals", "vars", "locals") and (
                    name in _MUTATORS):
                self.flag(f"{_called(holder)}().{name}")
        elif name == "type" and len(node.args) == 3:
            namespace = node.args[2]
            if not isinstance(namespace, ast.Dict) or any(
                    _literal(key) in _COMPARISONS or _literal(key) is None for key in namespace.keys):
                self.flag("type(…, {__eq__…})")
        self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if node.attr in ("f_globals", "f_locals", "f_back", "f_builtins", "tb_frame", "gi_frame", "cr_frame",
                         "_getframe", "currentframe", "get_referrers", "get_objects", "__globals__",
                         "__subclasses__", "__code__", "__closure__"):
            self.flag(f".{node.attr}")
        self.generic_visit(node)


def _made(tree: ast.AST) -> set[str]:
    """Names bound to a new object (a call, a literal, a computation), not to an existing one (an alias)."""
    made: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            made.add(node.name)
        if not isinstance(node, ast.Assign | ast.AnnAssign) or node.value is None or isinstance(
                node.value, ast.Name | ast.Attribute | ast.Subscript):
            continue
        if isinstance(node.value, ast.Call) and _called(node.value) in _DYNAMIC:
            continue
        targets: list[ast.expr] = node.targets if isinstance(node, ast.Assign) else [node.target]
        for target in targets:
            elements = target.elts if isinstance(target, ast.Tuple | ast.List) else [target]
            made.update(element.id for element in elements if isinstance(element, ast.Name))
    return made


def _parse(source: str) -> ast.AST | None:
    try:
        return ast.parse(_SOLUTION_MARK.sub("", source))
    except (SyntaxError, ValueError):
        return None  # it fails when run, like any typo


def audit(source: str, modules: Iterable[str] = (), made: Iterable[str] = ()) -> list[str]:
    """What the code does to the grading (empty for an honest answer), in the order met.

    ``modules``: names the notebook's other cells bind to modules (or to what they import); ``made``: names the
    learner's other answer cells bind to new objects, which this cell may change in place.
    """
    tree = _parse(source)
    if tree is None:
        return []
    visitor = _Audit(set(modules), set(made) | _made(tree))
    visitor.visit(tree)
    return visitor.found


def bound_names(source: str) -> tuple[set[str], set[str]]:
    """``(modules, made)`` of a cell: names it binds to modules (or imported objects), names it makes."""
    tree = _parse(source)
    if tree is None:
        return set(), set()
    modules: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update(a.asname or a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            modules.update(a.asname or a.name for a in node.names)
    return modules, _made(tree) - modules


__all__ = ["CHECK_HELPERS", "audit", "bound_names"]
