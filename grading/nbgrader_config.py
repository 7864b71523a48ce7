"""nbgrader settings of the course (and of every workshop folder made from it).

The kit loads this file explicitly. Paths are relative to the folder above ``grading/``, so the same
file works in the checkout and in a workshop folder with the same layout.

Note: ``solutions/`` holds nbgrader's *source* notebooks. nbgrader's own "solution" step
(output of ``nbgrader generate_solution``) is a different thing; it is sent to ``grading/solution``.
"""

import os

c = get_config()  # noqa: F821  (provided by traitlets when it runs this file)

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

c.CourseDirectory.root = root
c.CourseDirectory.course_id = "kynangso"
c.CourseDirectory.source_directory = "solutions"
c.CourseDirectory.release_directory = "exercises"
c.CourseDirectory.submitted_directory = os.path.join("grading", "submitted")
c.CourseDirectory.autograded_directory = os.path.join("grading", "autograded")
c.CourseDirectory.feedback_directory = os.path.join("grading", "feedback")
c.CourseDirectory.solution_directory = os.path.join("grading", "solution")
# The gradebook: SQLite inside grading/ for one machine; for a province-wide hub set KYNANGSO_DB_URL to a
# database server, e.g. postgresql+psycopg2://kynangso:<password>@db.example/kynangso (SQLAlchemy 2.1 reads a bare
# postgresql:// as psycopg 3; the kit ships psycopg2-binary in its "hub" extra).
c.CourseDirectory.db_url = os.environ.get("KYNANGSO_DB_URL") or "sqlite:///" + os.path.join(
    root, "grading", "gradebook.db")
# nbgrader's assignment list in the learner's JupyterLab reads this exchange; it lives with the course
# (one machine per learner). A shared workshop hub sets its own.
c.Exchange.root = os.path.join(root, "grading", "exchange")
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback", ".kynangso-answers.json"]

# A learner's answers file (question widgets) is theirs: a copy left in solutions/ by running a solution
# notebook must never overwrite it when grading (autograde copies the source folder's other files).
_solutions = os.path.join(root, "solutions")
c.Autograde.exclude_overwriting = {
    folder: [name[: -len(".ipynb")] + ".tra-loi.json" for name in os.listdir(os.path.join(_solutions, folder))
             if name.endswith(".ipynb")]
    for folder in (os.listdir(_solutions) if os.path.isdir(_solutions) else [])
    if os.path.isdir(os.path.join(_solutions, folder))
}

# What learners see where an answer goes: every graded answer is given in a widget, so the stub says what to do.
c.ClearSolutions.code_stub = {"python": "# ▶ Chạy ô này (Shift + Enter) rồi trả lời trong khung hiện ra: bấm chọn hoặc gõ vào ô."}
c.ClearSolutions.text_stub = "✍ Viết câu trả lời của bạn vào đây."

# A harmless warning on stderr must not zero a test (nbgrader scores any stderr output as 0).
c.IgnorePattern.enabled = True
c.IgnorePattern.pattern = r"\w*Warning\b"

# A learner who deletes a test cell gets it back (and is graded on it) instead of a silent manual grade.
c.OverwriteCells.add_missing_cells = True

# Old laptops are slow; an infinite loop still stops.
c.Execute.timeout = 60
c.Execute.interrupt_on_timeout = True

# Feedback never shows hidden tests or tracebacks that quote them. (Classes named, not imported: readers of this
# file such as the reports then do not load nbgrader and nbconvert.)
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "kynangso.grading.preprocessors.HideHiddenTests",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]
# The kernel warns about TCP on every start (one line per learner); only errors are worth showing.
c.Execute.extra_arguments = ["--IPKernelApp.log_level=ERROR"]
