"""The content plan: calendar reads, undoable changes, CSV import and export, rubrics,
posting times.

One convention throughout: a use case is a function whose first argument is the ``Store`` and
which opens its own short session, so a screen (on a worker thread), the CLI and the tests call it
the same way and never hold a session. Where use cases are composed inside one transaction (the
CSV import creates rubrics and queues posts while it writes them), the package's modules share
private ``_name(session, ...)`` twins; nothing outside ``services/plan`` imports those.
"""
