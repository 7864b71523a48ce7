"""Isolation of learner code at grading: one sandboxed, memory-watched kernel per submission.

Owns the sandbox command (``sandbox``: bubblewrap or a plain limited process), the kernel manager that starts
kernels inside it (``kernel``), the launcher that applies limits in the child (``launcher``) and the memory
watch (``memory_watch``). It may import only the kit's top-level helpers; grading uses it, nothing else does.
"""
